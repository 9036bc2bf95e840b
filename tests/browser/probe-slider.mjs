import { launch, measuredPage } from './bench/common.mjs';
const id = process.argv[2] ?? 'mek';
const browser = await launch();
const page = await measuredPage(browser);
await page.goto(`http://127.0.0.1:8790/some/sub/path/#/p/${id}/diagram`);
await page.waitForSelector('.node[data-actor]');
await new Promise((r) => setTimeout(r, 1500));
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
const r = await page.evaluate(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const input = document.querySelector('.diagram__range');
  const status = document.querySelector('.diagram__status');
  const before = status.textContent;
  const t0 = performance.now();
  input.value = String(Math.round((Number(input.min) + Number(input.max)) / 2));
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const sync = performance.now() - t0;
  let polls = 0;
  while (status.textContent === before) { polls++; await frame(); }
  const changed = performance.now() - t0;
  return { sync, changed, polls, ms: performance.now() - t0 };
});
const { profile } = await cdp.send('Profiler.stop');
console.log(r);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = {};
for (const s of profile.samples) counts[s] = (counts[s] ?? 0) + 1;
const self = {};
for (const [nid, c] of Object.entries(counts)) { const n = byId.get(Number(nid)); const name = n.callFrame.functionName || '(anon)'; self[name] = (self[name] ?? 0) + c; }
const dt = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
console.log(Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 14).map(([n, c]) => `  ${(c * dt).toFixed(1)}ms ${n.slice(0, 120)}`).join('\n'));
await browser.close();
