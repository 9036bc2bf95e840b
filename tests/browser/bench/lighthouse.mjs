// Lighthouse (npm, 12.8.2: the last to run on Node 20) with Debian's Chromium, default mobile
// settings (simulated 150 ms RTT, 1.6 Mbps, 4× CPU slowdown), on the catalog, the MEK profile,
// its timeline and its diagram, and the timeline's embed page, served as a production host would (server.mjs COMPRESS=1).
// Medians of RUNS (5: the TBT of one build moves by 50 ms from run to run here, and 3 let one
// slow run decide a page's score), printed against the performance issue's budgets.
// Usage: node bench/lighthouse.mjs  (after `trunk build --release`; .ci/bench runs it);
// PAGES="MEK profile,timeline" for some of the pages; DIST=DIR to measure another build (two
// builds compared run by run, interleaved, to see past this machine's noise). Failed audits are
// listed under their page.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { median, serveCompressed } from './common.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '../../..');
const port = Number(process.env.PORT ?? 8803);
const base = `http://127.0.0.1:${port}/`;
const server = await serveCompressed(process.env.DIST ?? join(repo, 'dist'), port);

const only = process.env.PAGES?.split(',');
// The pre-rendered pages a reader lands on, and an embed's page (opened on its own here).
const pages = [['catalog', ''], ['MEK profile', 'p/mek/'], ['timeline', 'p/mek/timeline/'], ['diagram', 'p/mek/diagram/'], ['timeline embed', 'p/mek/embed/timeline/']];
const run = async (url) => {
  const { stdout } = await promisify(execFile)(join(here, 'node_modules/.bin/lighthouse'), [
    url, '--output=json', '--output-path=stdout', '--quiet',
    '--only-categories=performance,accessibility,best-practices',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update',
  ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(stdout);
  const score = (c) => Math.round(report.categories[c].score * 100);
  const ms = (a) => report.audits[a].numericValue;
  // What keeps accessibility or best practices under 100: each failed audit, with the
  // elements it names, so that a regression can be found without a report viewer.
  const failed = ['accessibility', 'best-practices'].flatMap((c) => report.categories[c].auditRefs
    .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1)
    .map((ref) => {
      const audit = report.audits[ref.id];
      const items = (audit.details?.items ?? []).map((item) => item.node?.snippet ?? item.node?.selector ?? JSON.stringify(item).slice(0, 160));
      return `${c}: ${ref.id} (${audit.title})${items.map((i) => `\n      ${i}`).join('')}`;
    }));
  // Lighthouse simulates LCP from the unthrottled load: every request that had finished when
  // the largest paint was observed is counted as needed for it (docs/design.md).
  const observedLcp = report.audits.metrics.details.items[0].observedLargestContentfulPaint;
  const finishedBeforeLcp = report.audits['network-requests'].details.items.filter((r) => r.networkEndTime <= observedLcp);
  return {
    failed,
    requestsBeforeLcp: finishedBeforeLcp.length,
    bytesBeforeLcp: finishedBeforeLcp.reduce((sum, r) => sum + r.transferSize, 0),
    performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'),
    fcp: ms('first-contentful-paint'), lcp: ms('largest-contentful-paint'), tbt: ms('total-blocking-time'), cls: report.audits['cumulative-layout-shift'].numericValue,
  };
};

console.log(`\nLighthouse ${RUNS}× per page, mobile defaults, medians (budget: performance 100, accessibility 100, best practices 100, LCP ≤ 1,000 ms, CLS 0)`);
console.log('page            perf  a11y  best     FCP ms     LCP ms    TBT ms    CLS   before LCP: requests, bytes');
try {
  for (const [name, hash] of pages.filter(([name]) => !only || only.includes(name))) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await run(base + hash));
    const m = (k) => median(runs.map((r) => r[k]));
    const flag = (ok) => (ok ? ' ' : '✗');
    console.log(`${name.padEnd(14)} ${String(m('performance')).padStart(4)}${flag(m('performance') === 100)} ${String(m('accessibility')).padStart(4)}${flag(m('accessibility') === 100)} ${String(m('bestPractices')).padStart(4)}${flag(m('bestPractices') === 100)} ${m('fcp').toFixed(0).padStart(9)} ${m('lcp').toFixed(0).padStart(9)}${flag(m('lcp') <= 1000)} ${m('tbt').toFixed(0).padStart(8)} ${m('cls').toFixed(3).padStart(6)}${flag(m('cls') === 0)} ${String(m('requestsBeforeLcp')).padStart(14)} ${m('bytesBeforeLcp').toLocaleString('en').padStart(9)}`);
    for (const audit of new Set(runs.flatMap((r) => r.failed))) console.log(`    ${audit}`);
  }
} finally {
  server.kill();
}
