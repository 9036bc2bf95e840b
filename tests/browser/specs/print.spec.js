// Printing: each view printed to PDF in headless Chromium, and the PDF's text checked:
// no chrome, every section and note, every event with its text, the diagram and its table.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SEED_HEADINGS, test, expect } from '../pages.js';

const mek = JSON.parse(readFileSync(new URL('../../../data/profiles/mek.json', import.meta.url), 'utf8'));
/** Text compared without whitespace: a PDF breaks lines anywhere. */
const squeeze = (s) => s.replace(/\s+/g, '');

/** Prints the page to an A4 PDF and returns its page count and its text, whitespace removed. */
async function print(page) {
  const pdf = await page.pdf({ format: 'A4' });
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => item.str).join('');
  }
  return { pages: doc.numPages, text: squeeze(text) };
}

function expectChromeless(text) {
  for (const chrome of ['Skiptocontent', 'Footnotepreviews', 'Copycitation', 'Expandall', 'Embed', 'DownloadSVG']) {
    expect(text, chrome).not.toContain(chrome);
  }
  expect(text).toContain(squeeze(mek.name));
  expect(text).toMatch(/printed\d{1,2}[A-Z][a-z]+\d{4}/);
}

test('the profile prints every section and all 59 notes with their URLs, without chrome', async ({ page }) => {
  await page.goto('#/p/mek');
  await expect(page.locator('.notes__item')).toHaveCount(59);
  const { pages, text } = await print(page);
  expectChromeless(text);
  for (const heading of SEED_HEADINGS) expect(text, heading).toContain(squeeze(heading));
  for (const note of mek.notes) expect(text, `note ${note.number}`).toContain(squeeze(note.text));
  expect(pages).toBeGreaterThan(5);
  expect(pages).toBeLessThan(40);
});

test('the timeline prints every event with its text, closed groups included, and ends with its notes', async ({ page }) => {
  await page.goto('#/p/mek/timeline');
  await expect(page.getByRole('button', { name: 'Expand all' })).toBeVisible();
  const { text } = await print(page);
  expectChromeless(text);
  const published = mek.events.filter((e) => !e.draft);
  for (const event of published) expect(text, event.title).toContain(squeeze(event.title));
  const cited = new Set(published.flatMap((e) => e.notes));
  for (const n of cited) expect(text, `note ${n}`).toContain(squeeze(mek.notes[n - 1].text));
  // On screen afterwards, the groups are closed again.
  await expect(page.locator('.timeline__group-details[open]')).toHaveCount(0);
});

test('the diagram prints as a picture followed by its relationship table and notes', async ({ page }) => {
  await page.goto('#/p/mek/diagram');
  await expect(page.locator('svg.diagram__svg')).toBeVisible();
  await expect(page.locator('table.rel-table')).toHaveCount(0);
  const { text } = await print(page);
  expectChromeless(text);
  for (const actor of mek.actors) expect(text, actor.name).toContain(squeeze(actor.name));
  expect(text).toContain(squeeze('Arrow: who acts on whom')); // the picture's key
  const table = text.indexOf(squeeze('Counterpart'));
  expect(table, 'the table follows the picture').toBeGreaterThan(text.indexOf(squeeze('Arrow: who acts on whom')));
  await expect(page.locator('table.rel-table')).toHaveCount(0);
});
