// Where a page's first load goes: the app served as a production host would (compressed,
// cached), loaded from an empty cache under Lighthouse's mobile throttling (150 ms latency,
// 1.6 Mbps, 4× CPU slowdown), printing when each file started and finished downloading and
// when each candidate for the largest contentful paint was drawn, and when the app had taken
// the page over (its first parts live, then all of them). Medians of RUNS.
// Usage: node bench/load-breakdown.mjs [ADDRESS, default p/mek/]  (after `trunk build --release`); DIST=DIR measures another build
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, median, serveCompressed } from './common.mjs';

const RUNS = 5;
const address = process.argv[2] ?? 'p/mek/';
const repo = join(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const port = Number(process.env.PORT ?? 8804);
const server = await serveCompressed(process.env.DIST ?? join(repo, 'dist'), port);
const browser = await launch();

const load = async () => {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.paints = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.paints.push([e.element?.className || e.element?.tagName || '?', e.startTime]);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(`http://127.0.0.1:${port}/${address}`);
  await page.waitForTimeout(6000);
  const result = await page.evaluate(() => ({
    paints: window.paints,
    marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('dossier:')).map((m) => [m.name, m.startTime]),
    files: performance.getEntriesByType('resource')
      .map((e) => [e.name.split('/').pop().replace(/-[0-9a-f]{8,16}/, ''), e.startTime, e.responseEnd]),
  }));
  await context.close();
  return result;
};

const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await load());
const rows = new Map();
for (const { paints, marks, files } of runs) {
  for (const [name, at] of marks) {
    const row = rows.get(`app ${name.replace('dossier:', '')}`) ?? { starts: [], ends: [] };
    row.ends.push(at); rows.set(`app ${name.replace('dossier:', '')}`, row);
  }
  for (const [name, start, end] of files) {
    const row = rows.get(`file ${name}`) ?? { starts: [], ends: [] };
    row.starts.push(start); row.ends.push(end); rows.set(`file ${name}`, row);
  }
  for (const [what, at] of paints) {
    const row = rows.get(`LCP candidate .${what}`) ?? { starts: [], ends: [] };
    row.ends.push(at); rows.set(`LCP candidate .${what}`, row);
  }
}
console.log(`${address}: first load under mobile throttling, medians of ${RUNS} (ms from navigation start)`);
const ms = (xs) => (xs.length ? median(xs).toFixed(0) : '').padStart(7);
for (const [what, { starts, ends }] of [...rows].sort((a, b) => median(a[1].ends) - median(b[1].ends))) {
  console.log(`${what.slice(0, 50).padEnd(50)} ${ms(starts)} → ${ms(ends)}`);
}
await browser.close();
server.kill();
