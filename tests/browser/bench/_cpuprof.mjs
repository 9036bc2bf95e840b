// CPU profile of a first load under 4x CPU throttle + network throttle. Usage: node cpuprof.mjs DIST ADDRESS
import { launch, serveCompressed } from './common.mjs';
import { writeFileSync } from 'node:fs';
const dist = process.argv[2]; const address = process.argv[3] ?? '#/p/mek';
const port = 8811;
const server = await serveCompressed(dist, port);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.addInitScript(() => {
  window.paints = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.paints.push([e.element?.className || '?', e.startTime]); }).observe({ type: 'largest-contentful-paint', buffered: true });
});
const t0 = Date.now();
await page.goto(`http://127.0.0.1:${port}/${address}`);
await page.waitForTimeout(5000);
const { profile } = await cdp.send('Profiler.stop');
const r = await page.evaluate(() => ({ paints: window.paints, files: performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), Math.round(e.startTime), Math.round(e.responseEnd)]), nav: performance.getEntriesByType('navigation')[0].responseEnd }));
console.log(JSON.stringify(r));
writeFileSync('/tmp/an/profile.cpuprofile', JSON.stringify(profile));
// self time by function
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas; let t = profile.startTime;
const firstTs = profile.startTime;
const timeline = [];
for (let i = 0; i < profile.samples.length; i++) {
  const n = byId.get(profile.samples[i]); const d = dt[i] ?? 0; t += d;
  const name = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`;
  self.set(name, (self.get(name) ?? 0) + d);
  if (n.callFrame.functionName !== '(idle)' && n.callFrame.functionName !== '(program)') timeline.push((t - firstTs) / 1000);
}
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40);
for (const [k, v] of top) console.log((v / 1000).toFixed(1).padStart(8), k.slice(0, 150));
// busy histogram per 50ms
const hist = new Map(); for (const x of timeline) { const b = Math.floor(x / 50) * 50; hist.set(b, (hist.get(b) ?? 0) + 1); }
console.log([...hist].sort((a, b) => a[0] - b[0]).map(([b, c]) => `${b}:${c}`).join(' '));
await browser.close(); server.kill();
