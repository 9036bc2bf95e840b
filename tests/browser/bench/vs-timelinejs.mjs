// Dossier's timeline page against TimelineJS3 (npm @knight-lab/timelinejs 3.9.11) on the same
// MEK events, in the same run and browser: time until the events are visible, the bytes that
// had arrived by then, and the bytes of the whole page once it has settled (Dossier's: once the
// app has taken the page over), cold (empty cache), served compressed as a production host
// would (server.mjs, COMPRESS=1), unthrottled and on Lighthouse's mobile network (150 ms RTT,
// 1.6 Mbps down).
// Usage: node bench/vs-timelinejs.mjs  (after `trunk build --release`; .ci/bench runs it)
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RUNS, launch, median, serveCompressed } from './common.mjs';

const here = fileURLToPath(new URL('..', import.meta.url));
const repo = join(here, '../..');
const mek = JSON.parse(readFileSync(join(repo, 'data/profiles/mek.json'), 'utf8'));

// TimelineJS's page: its own files, and the MEK events in its JSON format (text only).
const tl = mkdtempSync(join(tmpdir(), 'timelinejs-'));
const pkg = join(here, 'node_modules/@knight-lab/timelinejs/dist');
copyFileSync(join(pkg, 'js/timeline.js'), join(tl, 'timeline.js'));
cpSync(join(pkg, 'css'), join(tl, 'css'), { recursive: true });
const plain = (text) => text.map((piece) => (typeof piece === 'string' ? piece : `[${piece.note}]`)).join('');
// EDTF to TimelineJS: `197X` (a decade) starts in 1970; `1981/..` has no end.
const point = (edtf) => {
  const [year, month, day] = edtf.replace(/X/g, '0').split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
};
const events = mek.events.map((e) => ({
  start_date: point(e.date.split('/')[0]),
  ...(e.date.includes('/') && !e.date.endsWith('..') ? { end_date: point(e.date.split('/')[1]) } : {}),
  text: { headline: e.title, text: `${plain(e.text)} Sources: ${e.notes.map((n) => `[${n}]`).join(' ')}` },
}));
writeFileSync(join(tl, 'mek.json'), JSON.stringify({ title: { text: { headline: mek.name } }, events }));
writeFileSync(join(tl, 'index.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS3</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="css/timeline.css"></head>
<body><div id="timeline-embed"></div><script src="timeline.js"></script><script src="start.js"></script></body></html>`);
writeFileSync(join(tl, 'start.js'), `document.getElementById('timeline-embed').style.height = '640px';
fetch('mek.json').then((r) => r.json()).then((data) => { window.timeline = new TL.Timeline('timeline-embed', data, { font: null }); });`);

const servers = await Promise.all([serveCompressed(join(repo, 'dist'), 8801), serveCompressed(tl, 8802)]);

const subjects = [
  ['Dossier timeline', 'http://127.0.0.1:8801/p/mek/timeline/', `document.querySelectorAll('.event:not([hidden])').length >= ${mek.events.length} && document.querySelector('.event').getBoundingClientRect().height > 0`, `document.documentElement.dataset.app === 'whole'`],
  ['TimelineJS3 3.9.11', 'http://127.0.0.1:8802/index.html', `document.querySelectorAll('.tl-timemarker').length >= ${mek.events.length} && !!document.querySelector('.tl-slide-content')`, 'true'],
];
const networks = [
  ['local', null],
  ['mobile (150 ms, 1.6 Mbps)', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }],
];

const browser = await launch();
async function once(url, ready, network) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // No third-party requests reach the network here; TimelineJS asks for none with font: null.
  await context.route((u) => u.hostname !== '127.0.0.1', (route) => route.abort());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  // Each response's bytes, and when it had arrived (CDP's clock).
  const arrivals = [];
  cdp.on('Network.loadingFinished', (e) => arrivals.push([e.timestamp, e.encodedDataLength]));
  await page.addInitScript((condition) => {
    const check = new Function(`return ${condition}`);
    const poll = () => (check() ? (window.__visibleAt = performance.now()) : requestAnimationFrame(poll));
    requestAnimationFrame(poll);
  }, ready);
  await page.goto(url);
  await page.waitForFunction(() => window.__visibleAt !== undefined, null, { timeout: 60_000 });
  const visible = await page.evaluate(() => window.__visibleAt);
  // Settled: a pre-rendered page once the app has taken it over whole.
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-page') || document.documentElement.dataset.app === 'whole', null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  // Arrivals before the events showed: CDP's monotonic clock against the page's, through the
  // navigation's own arrival (the first response finished), which both saw.
  const first = Math.min(...arrivals.map(([t]) => t));
  const documentArrived = await page.evaluate(() => performance.getEntriesByType('navigation')[0].responseEnd);
  const cutoff = first + (visible - documentArrived) / 1000;
  const before = arrivals.filter(([t]) => t <= cutoff + 1e-4).reduce((sum, [, b]) => sum + b, 0);
  const bytes = arrivals.reduce((sum, [, b]) => sum + b, 0);
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${new URL(url).port}.png` });
  await context.close();
  return { bytes, before, visible };
}

const results = {};
for (const [network, conditions] of networks) {
  for (const [name, url, ready] of subjects) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(url, ready, conditions));
    results[`${name}|${network}`] = { bytes: median(runs.map((r) => r.bytes)), before: median(runs.map((r) => r.before)), visible: median(runs.map((r) => r.visible)) };
  }
}
await browser.close();
servers.forEach((s) => s.kill());

console.log(`\nDossier vs TimelineJS3 on the MEK's ${mek.events.length} events (cold loads, medians of ${RUNS})`);
console.log('network                      subject               events visible   transferred by then   whole page');
for (const [network] of networks) {
  for (const [name] of subjects) {
    const r = results[`${name}|${network}`];
    console.log(`${network.padEnd(28)} ${name.padEnd(21)} ${r.visible.toFixed(0).padStart(11)} ms ${(r.before / 1024).toFixed(1).padStart(16)} KB ${(r.bytes / 1024).toFixed(1).padStart(9)} KB`);
  }
  const [d, t] = subjects.map(([name]) => results[`${name}|${network}`]);
  const ok = (x, limit) => (x <= limit ? '✓' : '✗');
  console.log(`${''.padEnd(28)} Dossier/TimelineJS3: time ${(d.visible / t.visible).toFixed(2)} ${ok(d.visible / t.visible, 0.5)} (≤ 0.5), bytes by then ${(d.before / t.before).toFixed(2)} ${ok(d.before, t.before)} (< 1), whole page ${(d.bytes / t.bytes).toFixed(2)}`);
}
