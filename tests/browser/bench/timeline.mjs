// Measures the timeline on the MEK profile and on synthetic ones, in Debian's Chromium.
// Prints medians of RUNS runs: first render of the collapsed view, opening the largest
// group (until its first events are on screen, and until all are built), a text filter and
// opening a footnote preview from an event; each with the longest main-thread task it caused,
// the interactions against the performance issue's budget (50 ms from input to the frame).
import { BUDGET, RUNS, againstBudget, launch, measuredPage, median } from './common.mjs';

const base = process.argv[2];
// ONLY=synthetic-5000-10 (comma-separated ids) measures only those profiles.
const profiles = ['mek', 'synthetic-1000-10', 'synthetic-5000-10']
  .filter((id) => !process.env.ONLY || process.env.ONLY.split(',').includes(id));

const browser = await launch();

async function run(id) {
  const page = await measuredPage(browser);
  await page.goto(`${base}#/p/${id}/timeline`);
  await page.waitForSelector('.timeline__group-toggle');
  const firstRender = await page.evaluate(() => performance.now());
  const loadLongest = await page.evaluate(() => window.__longest);
  // A reader acts once the page has settled, not in the frames right after it was drawn.
  await new Promise((r) => setTimeout(r, 500));

  const open = await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const toggles = [...document.querySelectorAll('.timeline__group-toggle')];
    const size = (t) => Number(t.querySelector('.timeline__group-count').textContent.match(/\d+/)[0]);
    const biggest = toggles.reduce((a, b) => (size(b) > size(a) ? b : a));
    const n = size(biggest);
    window.__longest = 0;
    const t0 = performance.now();
    biggest.click();
    let first = 0;
    while (document.querySelectorAll('.event').length < n) {
      await frame();
      if (!first && document.querySelector('.event')) first = performance.now() - t0;
    }
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 300)); // long-task entries arrive after the task
    return { n, first: first || ms, ms, longest: window.__longest };
  });

  // Focus opens a marker's preview at once (hovering waits 200 ms on purpose, to not flicker);
  // the marker is in the text of the first event, opened first.
  const preview = await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    document.querySelector('.event__toggle').click();
    const marker = document.querySelector('.event .ref__link');
    while (!marker.closest('.event__details').open) await frame();
    await new Promise((r) => setTimeout(r, 300));
    window.__longest = 0;
    const t0 = performance.now();
    marker.focus();
    while (!document.querySelector('.preview')) await frame();
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 300));
    marker.blur();
    return { ms, longest: window.__longest };
  });

  const filter = await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const input = document.querySelector('.timeline__search-input');
    const status = document.querySelector('.timeline__status');
    const before = status.textContent;
    window.__longest = 0;
    const t0 = performance.now();
    input.value = '19';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (status.textContent === before) await frame();
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 300));
    return { ms, longest: window.__longest, status: status.textContent };
  });
  await page.close();
  return { firstRender, loadLongest, open, filter, preview };
}

console.log('timeline benchmark: median of %d runs (ms), Chromium headless, this machine', RUNS);
console.log('(✓/✗: within the %d ms budget for an interaction; "all built" is progressive, not a wait)', BUDGET);
console.log('profile              events  first render  longest task | open group: shown (n)  all built  longest task | filter  longest task | preview  longest task');
for (const id of profiles) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run(id));
  const m = (f) => median(runs.map(f)).toFixed(0).padStart(6);
  const events = id === 'mek' ? 31 : Number(id.split('-')[1]);
  const b = (f) => againstBudget(median(runs.map(f)));
  console.log(`${id.padEnd(20)} ${String(events).padStart(6)}  ${m((r) => r.firstRender)}        ${m((r) => r.loadLongest)}     | ${b((r) => r.open.first)} (${String(runs[0].open.n).padStart(4)})       ${m((r) => r.open.ms)}      ${m((r) => r.open.longest)}     | ${b((r) => r.filter.ms)}   ${m((r) => r.filter.longest)}     | ${b((r) => r.preview.ms)}   ${m((r) => r.preview.longest)}`);
}
await browser.close();
