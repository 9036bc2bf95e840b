import { chromium } from 'playwright-core';
import { serveCompressed } from '/work/main/tests/browser/bench/common.mjs';
const [dist, port, page] = [process.argv[2], Number(process.argv[3]), process.argv[4]];
const server = await serveCompressed(dist, port);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
await p.goto(`http://127.0.0.1:${port}/${page}`);
await p.waitForTimeout(3000);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => `${(n.callFrame.functionName || '(anon)').replace(/\[[0-9a-f]{16}\]/g, '').slice(0, 120)} ${n.callFrame.url.split('/').pop().slice(0, 20)}`;
let t = profile.startTime; const bursts = []; let cur = null;
profile.samples.forEach((id, i) => { t += profile.timeDeltas[i]; const n = byId.get(id); const idle = n.callFrame.functionName === '(idle)';
  if (idle) { if (cur) { bursts.push(cur); cur = null; } return; }
  cur ??= { start: t, end: t, self: new Map(), incl: new Map() }; cur.end = t;
  const d = (profile.timeDeltas[i + 1] ?? 0) / 1000; cur.self.set(name(n), (cur.self.get(name(n)) ?? 0) + d);
  const seen = new Set(); for (let x = id; x !== undefined; x = parent.get(x)) { const k = name(byId.get(x)); if (!seen.has(k)) { seen.add(k); cur.incl.set(k, (cur.incl.get(k) ?? 0) + d); } } });
if (cur) bursts.push(cur);
const skip = /^(\(root\)|js-to-wasm|wasm-to-js|wasm_bindgen::convert|<js_sys::futures|<core::pin::Pin|c dossier|kc dossier|bc dossier|_ dossier|v_ dossier|u dossier)/;
for (const b of bursts.filter((b) => b.end - b.start > 8000)) {
  console.log(`\n== ${((b.start - profile.startTime) / 1000).toFixed(0)} ms +${((b.end - b.start) / 1000).toFixed(1)}`);
  console.log(' self:', [...b.self].sort((a, c) => c[1] - a[1]).slice(0, 6).map(([k, v]) => `${v.toFixed(1)} ${k}`).join('\n       '));
  console.log(' incl:', [...b.incl].filter(([k]) => !skip.test(k)).sort((a, c) => c[1] - a[1]).slice(0, 14).map(([k, v]) => `${v.toFixed(1)} ${k}`).join('\n       '));
}
await browser.close(); server.kill(); process.exit(0);
