// Measures the relationship diagram on the MEK profile and on synthetic ones with 50, 300
// and 1,000 actors, in Debian's Chromium. Prints medians of RUNS runs: the diagram drawn
// (from navigation), then moving the year slider, toggling a type filter and moving the
// keyboard focus to the next actor (its card updated); each with the longest main-thread
// task it caused.
import { BUDGET, RUNS, againstBudget, launch, measuredPage, median } from './common.mjs';

const base = process.argv[2];
// ONLY=synthetic-10-1000 (comma-separated ids) measures only those profiles.
const profiles = [['mek', 14], ['synthetic-10-50', 50], ['synthetic-10-300', 300], ['synthetic-10-1000', 1000]]
  .filter(([id]) => !process.env.ONLY || process.env.ONLY.split(',').includes(id));

const browser = await launch();

async function run(id, actors) {
  const page = await measuredPage(browser);
  await page.goto(`${base}#/p/${id}/diagram`);
  await page.waitForFunction((n) => document.querySelectorAll('.node[data-actor]').length === n, actors, { timeout: 60_000 });
  const drawn = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
  const drawLongest = await page.evaluate(() => window.__longest);
  // A reader acts once the page has settled, not in the frames right after it was drawn.
  await new Promise((r) => setTimeout(r, 500));

  // Each interaction: from the input event to the end of the frame that shows its result
  // (each body waits a frame at a time, a frame being its animation-frame callbacks and
  // rendering, until the result is on the page), as the timeline benchmark measures.
  const measure = (body) => page.evaluate(async (body) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    window.__longest = 0;
    const t0 = performance.now();
    await new Function('frame', `return (async () => { ${body} })()`)(frame);
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 300)); // long-task entries arrive after the task
    return { ms, longest: window.__longest };
  }, body);

  const slider = await measure(`
    const input = document.querySelector('.diagram__range');
    const status = document.querySelector('.diagram__status');
    const before = status.textContent;
    input.value = String(Math.round((Number(input.min) + Number(input.max)) / 2));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (status.textContent === before) await frame();`);
  const filter = await measure(`
    const status = document.querySelector('.diagram__status');
    const before = status.textContent;
    document.querySelector('.chip--rel').click();
    while (status.textContent === before) await frame();`);
  await page.locator('.node[data-actor]').first().focus();
  await page.waitForSelector('.diagram-card');
  const keyboard = await measure(`
    const title = () => document.querySelector('#diagram-card-title')?.textContent;
    const before = title();
    document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    while (title() === before) await frame();`);
  await page.close();
  return { drawn, drawLongest, slider, filter, keyboard };
}

console.log('diagram benchmark: median of %d runs (ms), Chromium headless, this machine', RUNS);
console.log('(✓/✗: within the %d ms budget for an interaction)', BUDGET);
console.log('profile              actors |  drawn  longest task | year slider  longest | type filter  longest | next actor  longest');
for (const [id, actors] of profiles) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run(id, actors));
  const m = (f) => median(runs.map(f)).toFixed(0).padStart(6);
  const b = (f) => againstBudget(median(runs.map(f)));
  console.log(`${id.padEnd(20)} ${String(actors).padStart(6)} | ${m((r) => r.drawn)}  ${m((r) => r.drawLongest)}       | ${b((r) => r.slider.ms)}      ${m((r) => r.slider.longest)}  | ${b((r) => r.filter.ms)}      ${m((r) => r.filter.longest)}  | ${b((r) => r.keyboard.ms)}     ${m((r) => r.keyboard.longest)}`);
}
await browser.close();
