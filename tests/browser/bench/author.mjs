// The Author page's check, as an author pasting a profile meets it: the time from the text to
// every problem found (the performance measure `dossier:check`: reading the JSON, setting
// aside unreadable items, the validator's rules), and to the frame that shows the problems
// and the preview; for the MEK profile, a 1 MB one and a 10 MB one (the MEK with thousands of
// synthetic notes: not real data). Medians of RUNS.
// Usage: node bench/author.mjs  (after `trunk build --release`; .ci/bench runs it)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RUNS, launch, median, serveCompressed } from './common.mjs';

const repo = join(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const port = Number(process.env.PORT ?? 8806);
const mek = JSON.parse(readFileSync(join(repo, 'data/profiles/mek.json'), 'utf8'));
const withNotes = (count) => {
  const big = structuredClone(mek);
  const filler = ' Lorem ipsum dolor sit amet.'.repeat(36);
  for (let n = 60; n < 60 + count; n++) big.notes.push({ number: n, text: `Synthetic note ${n}.${filler}`, source: mek.sources[0].id });
  big.sections[1].blocks.push({ paragraph: ['Many notes:', ...Array.from({ length: count }, (_, i) => ({ note: i + 60 }))] });
  return JSON.stringify(big);
};
const subjects = [['MEK', JSON.stringify(mek, null, 2)], ['1 MB', withNotes(833)], ['10 MB', withNotes(8_890)]];

const server = await serveCompressed(join(repo, 'dist'), port);
const browser = await launch();
console.log(`\nAuthor page: from a pasted profile to its problems found (dossier:check) and on screen, medians of ${RUNS} (budget: 1 MB on screen within 200 ms)`);
try {
  for (const [name, text] of subjects) {
    const checks = [];
    const shown = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/author/`);
      await page.waitForSelector('html[data-app="whole"]');
      await page.evaluate((text) => {
        // The first frame in which the problems' heading is on the page.
        window.__shown = new Promise((done) => {
          const look = () => (document.getElementById('author-problems') ? done(performance.now()) : requestAnimationFrame(look));
          requestAnimationFrame(look);
        });
        const field = document.getElementById('author-text');
        field.value = text;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);
      await page.waitForFunction(() => performance.getEntriesByName('dossier:check').length > 0, null, { timeout: 120_000 });
      const [check, screen] = await page.evaluate(async () => {
        const check = performance.getEntriesByName('dossier:check')[0];
        return [check.duration, (await window.__shown) - check.startTime];
      });
      checks.push(check);
      shown.push(screen);
      await page.close();
    }
    const [check, screen] = [median(checks), median(shown)];
    const budget = name === '1 MB' ? (screen <= 200 ? ' ✓' : ' ✗') : '';
    console.log(`${name.padEnd(6)} ${(text.length / 1e6).toFixed(2).padStart(6)} MB   found ${check.toFixed(0).padStart(5)} ms   on screen ${screen.toFixed(0).padStart(6)} ms${budget}`);
  }
} finally {
  await browser.close();
  server.kill();
}
