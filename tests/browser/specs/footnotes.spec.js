import { readFileSync } from 'node:fs';
import { ProfilePage, insideAndApart, watchConsole, test, expect } from '../pages.js';

const mek = JSON.parse(readFileSync(new URL('../../../data/profiles/mek.json', import.meta.url), 'utf8'));

test.describe('footnote previews', () => {
  let profile;
  test.beforeEach(async ({ page }) => {
    profile = new ProfilePage(page);
    await profile.open();
    await profile.loaded();
  });

  test('pointer dwell opens the preview; leaving closes it', async ({ page }) => {
    const console = watchConsole(page);
    await profile.hover(profile.marker(1));
    await expect(profile.preview).toBeHidden({ timeout: 100 }); // not before the dwell
    await expect(profile.preview).toBeVisible();
    await expect(profile.preview).toHaveAccessibleName('Note 1');
    await expect(profile.preview).toContainText('Jonathan Masters, “Backgrounder: Mujahadeen-E-Khalq (MEK),” Council on Foreign Relations, July 28, 2014');
    await expect(profile.preview).toContainText('Backgrounder: Mujahadeen-E-Khalq (MEK) — Council on Foreign Relations');
    await expect(profile.preview).toContainText('Cited 1 time in this profile');
    const link = profile.preview.getByRole('link', { name: 'http://www.cfr.org/iran/mujahadeen-e-khalq-mek/p9158' });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(profile.marker(1)).toHaveAttribute('aria-describedby', 'note-preview');
    await profile.pointAway();
    await expect(profile.preview).toBeHidden();
    await expect(profile.marker(1)).not.toHaveAttribute('aria-describedby', /./);
    console.assertClean();
  });

  test('moving from the marker into the preview keeps it open, so its link can be clicked', async ({ page }) => {
    await profile.hover(profile.marker(9));
    await expect(profile.preview).toBeVisible();
    await profile.hover(profile.preview.getByRole('heading'));
    await page.waitForTimeout(700);
    await expect(profile.preview).toBeVisible();
    await expect(profile.preview).toHaveAccessibleName('Note 9');
    await profile.pointAway();
    await expect(profile.preview).toBeHidden();
  });

  test('only one preview is open at a time', async ({ page }) => {
    await profile.hover(profile.marker(1));
    await expect(profile.preview).toHaveAccessibleName('Note 1');
    await profile.hover(profile.marker(40));
    await expect(profile.preview).toHaveAccessibleName('Note 40');
    await expect(page.locator('.preview')).toHaveCount(1);
  });

  test('keyboard focus opens it; Escape closes it and leaves focus on the marker', async ({ page }) => {
    // The last link of the contents comes just before the text.
    await profile.toc.getByRole('link', { name: 'Sources' }).focus();
    await page.keyboard.press('Tab');
    const marker = profile.marker(1);
    await expect(marker).toBeFocused();
    await expect(profile.preview).toBeVisible();
    await expect(marker).toHaveAttribute('aria-expanded', 'true');
    await expect(marker).toHaveAttribute('aria-describedby', 'note-preview');
    await page.keyboard.press('Escape');
    await expect(profile.preview).toBeHidden();
    await expect(marker).toBeFocused();
    await expect(marker).toHaveAttribute('aria-expanded', 'false');
    // Tab moves on to the next marker and its preview.
    await page.keyboard.press('Tab');
    await expect(profile.marker(2)).toBeFocused();
    await expect(profile.preview).toHaveAccessibleName('Note 2');
    // Enter still follows the link to the endnote.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/p\/mek\/note-2$/);
    await expect(page.locator('#note-2')).toBeFocused();
  });

  test('a preview near each edge of the viewport stays inside it and off its marker', async ({ page }) => {
    // 24 previews, each after the 200 ms hover dwell: ~20 s here, more on a busy machine.
    test.setTimeout(60_000);
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 640 });
      const viewport = page.viewportSize();
      for (const n of [1, 16, 26, 33, 45, 59]) {
        const marker = profile.marker(n);
        for (const edge of ['top', 'bottom']) {
          await profile.pointAway();
          await expect(profile.preview).toBeHidden();
          await marker.evaluate((el, edge) => {
            const r = el.getBoundingClientRect();
            window.scrollBy(0, edge === 'top' ? r.top - 12 : r.bottom - window.innerHeight + 12);
          }, edge);
          await profile.hover(marker);
          await expect(profile.preview).toBeVisible();
          await expect(profile.preview).toHaveAttribute('style', /left:\s*\d/);
          const box = await profile.preview.boundingBox();
          const markerBox = await marker.boundingBox();
          expect(insideAndApart(box, markerBox, viewport), `note ${n} at the ${edge}, ${width}px: ${JSON.stringify({ box, markerBox })}`).toBe(true);
        }
      }
    }
  });

  test('the back-link of a note returns the reader to the citing place', async ({ page }) => {
    await profile.marker(12).click();
    await expect(page).toHaveURL(/#\/p\/mek\/note-12$/);
    await page.locator('#note-12').getByRole('link', { name: 'Back to the citation of note 12 in the text' }).click();
    await expect(page).toHaveURL(/#\/p\/mek\/cite-12-1$/);
    await expect(profile.marker(12)).toBeFocused();
    await expect(profile.marker(12)).toBeInViewport();
    await expect(profile.preview).toBeHidden();
  });

  test('previews can be turned off, and that is kept across visits; markers still jump', async ({ page }) => {
    await expect(profile.marker(3)).toHaveAttribute('aria-expanded', 'false');
    await profile.previewsSwitch.uncheck();
    // With previews off a marker is a plain link: it announces no popup to open.
    await expect(profile.marker(3)).not.toHaveAttribute('aria-expanded');
    await profile.hover(profile.marker(3));
    await page.waitForTimeout(600);
    await expect(profile.preview).toBeHidden();
    await page.reload();
    await profile.loaded();
    await expect(profile.previewsSwitch).not.toBeChecked();
    await expect(profile.marker(3)).not.toHaveAttribute('aria-expanded');
    await profile.hover(profile.marker(3));
    await page.waitForTimeout(600);
    await expect(profile.preview).toBeHidden();
    await profile.marker(3).click();
    await expect(page).toHaveURL(/#\/p\/mek\/note-3$/);
    await profile.previewsSwitch.check();
    await expect(profile.marker(3)).toHaveAttribute('aria-expanded', 'false');
    await profile.hover(profile.marker(4));
    await expect(profile.preview).toHaveAccessibleName('Note 4');
    await expect(profile.marker(4)).toHaveAttribute('aria-expanded', 'true');
    await expect(profile.marker(4)).toHaveAttribute('aria-describedby', 'note-preview');
  });

  test('the table of contents shows where the reader is', async ({ page }) => {
    await page.goto('#/p/mek/strength');
    await expect(profile.toc.getByRole('link', { name: 'Strength' })).toHaveAttribute('aria-current', 'location');
    await page.goto('#/p/mek/history');
    await expect(profile.toc.getByRole('link', { name: 'History' })).toHaveAttribute('aria-current', 'location');
    await expect(profile.toc.locator('[aria-current]')).toHaveCount(1);
  });

  test('copy citation copies exactly the note', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const note = page.locator('#note-34');
    await note.getByRole('button', { name: 'Copy citation' }).click();
    await expect(note.getByRole('button', { name: 'Copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe('“Selected Non-State Armed Groups,” Military Balance 103 (2003): 344-354, doi: 10.1093/milbal/103.1.344');
  });
});

test('the sources view folds the 59 notes into 12 works with their counts', async ({ page }) => {
  const profile = new ProfilePage(page);
  await profile.open('mek', 'sources');
  await profile.loaded();
  const works = page.locator('.sources__item');
  await expect(works).toHaveCount(12);
  await expect(page.locator('.sources__intro')).toHaveText('The 59 notes cite 12 distinct works, most-cited first.');
  await expect(works.nth(0)).toContainText('Jonathan Masters, Backgrounder: Mujahadeen-E-Khalq (MEK), Council on Foreign Relations, July 28, 2014');
  await expect(works.nth(0)).toContainText('26 notes (44% of all notes)');
  await expect(works.nth(2)).toContainText('The Mujahedin-E Khalq in Iraq: A Policy Conundrum');
  await expect(works.nth(2)).toContainText('8 notes');
  await expect(works.nth(2).locator('.sources__sections')).toHaveText('Supports: History, Home Base, Financing, Counterterrorism Efforts');
  const counts = await works.locator('.sources__count').allTextContents();
  expect(counts.map((t) => Number(t.match(/^(\d+) note/)[1])).reduce((a, b) => a + b)).toBe(59);
});

// How many pixels of each region ([x, y, width, height]) of a screenshot are near an RGB colour.
async function pixelsNear(page, png, colour, regions) {
  return page.evaluate(async ({ data, colour, regions }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    return regions.map(([x, y, w, h]) => {
      const { data: px } = context.getImageData(x, y, w, h);
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i] - colour[0]) + Math.abs(px[i + 1] - colour[1]) + Math.abs(px[i + 2] - colour[2]) < 60) n++;
      return n;
    });
  }, { data: png.toString('base64'), colour, regions });
}

/** The element's box once it has stayed put for three frames in a row. A long list's items
 * laid out for the first time as they scroll in (their height was a guess) move what is below
 * them: a box read before that is not where the next screenshot finds the element. */
async function settledBox(locator) {
  await locator.evaluate((e) => new Promise((done) => {
    let last = '';
    let same = 0;
    const check = () => {
      const r = e.getBoundingClientRect();
      const now = `${r.x},${r.y},${r.width},${r.height}`;
      same = now === last ? same + 1 : 0;
      last = now;
      if (same >= 3) done(); else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }));
  return locator.boundingBox();
}

const rgb = (css) => css.match(/\d+/g).slice(0, 3).map(Number);

/** The MEK with 150 notes more, each citing a work of its own (209 notes, 162 works): lists
 * long enough that their items off screen skip layout and paint (`--long`). */
async function serveLongLists(page) {
  const long = structuredClone(mek);
  const added = Array.from({ length: 150 }, (_, i) => i + 60);
  for (const n of added) {
    long.sources.push({ ...mek.sources[0], id: `synthetic-work-${n}`, title: `Synthetic work ${n}` });
    long.notes.push({ number: n, text: `Synthetic note ${n}.`, url: mek.sources[0].url, source: `synthetic-work-${n}` });
  }
  long.sections[1].blocks.push({ paragraph: ['Synthetic notes:', ...added.map((note) => ({ note }))] });
  await page.route('**/data/profiles/mek.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(long) }));
}

/** Waits for the whole page: the text's last marker (its paragraph of 150 is built a slice per
 * frame), all 209 notes and all 162 works. Until then what is above a list's item grows, and
 * what a test measures there can move under it. */
async function wholePageBuilt(page) {
  await expect(page.locator('#cite-209-1')).toBeAttached();
  await expect(page.locator('.notes__item')).toHaveCount(209);
  await expect(page.locator('.sources__item')).toHaveCount(162);
}

// A long list's items skip rendering off screen (content-visibility), which clips their
// painting at their box: the ring of a focused link on their last line lost its lower edge.
// Counted in the pixels of a screenshot: the focus colour on all four sides.
test('a keyboard-focused link at the edge of an endnote or a work of a long list shows its whole focus ring', async ({ page }) => {
  await serveLongLists(page);
  const profile = new ProfilePage(page);
  await profile.open('mek', 'sources');
  await profile.loaded();
  await wholePageBuilt(page);
  await expect(page.locator('.notes__list--long, .sources__list--long')).toHaveCount(2);
  for (const selector of ['#note-1 .notes__link', '.sources__item:first-child .sources__link a']) {
    const link = page.locator(selector);
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    const box = await settledBox(link);
    const margin = 7; // beyond the ring: 2 px offset, 3 px wide
    const png = await page.screenshot({ clip: { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin } });
    expect(await link.boundingBox(), `${selector} stayed put for its screenshot`).toEqual(box);
    await expect(link).toBeFocused();
    const focus = rgb(await link.evaluate((a) => getComputedStyle(a).outlineColor));
    const [w, h] = [Math.round(box.width) + 2 * margin, Math.round(box.height) + 2 * margin];
    const sides = { top: [margin, 0, w - 2 * margin, margin], bottom: [margin, h - margin, w - 2 * margin, margin], left: [0, margin, margin, h - 2 * margin], right: [w - margin, margin, margin, h - 2 * margin] };
    const counts = await pixelsNear(page, png, focus, Object.values(sides));
    Object.keys(sides).forEach((side, i) => expect(counts[i], `${selector}: ${side} of the ring`).toBeGreaterThan(10));
  }
});

// The same clip cut off the number each list marker draws left of its item: only "." showed.
test('every endnote and every work of a long list shows its whole number beside it', async ({ page }) => {
  await serveLongLists(page);
  const profile = new ProfilePage(page);
  await profile.open('mek', 'sources');
  await profile.loaded();
  await wholePageBuilt(page);
  for (const selector of ['#note-209', '.sources__item:nth-child(162)']) {
    const item = page.locator(selector);
    // Twice: the items around it, laid out the first time, move it (their height was a guess).
    for (let i = 0; i < 2; i++) {
      await item.evaluate((e) => new Promise((done) => { e.scrollIntoView({ block: 'center' }); requestAnimationFrame(() => requestAnimationFrame(done)); }));
    }
    await expect(item).toBeInViewport();
    await expect(item).toHaveCSS('content-visibility', 'auto');
    const box = await settledBox(item);
    // The digits of "209. " or "162. ", left of the item's box and of the 8 px its paint may
    // spill into (which holds the full stop).
    const png = await page.screenshot({ clip: { x: box.x - 40, y: box.y, width: 30, height: 24 } });
    const page_background = rgb(await page.evaluate(() => [document.body, document.documentElement].map((e) => getComputedStyle(e).backgroundColor).find((c) => !c.startsWith('rgba(0, 0, 0, 0')) ?? 'rgb(255, 255, 255)'));
    const [blank] = await pixelsNear(page, png, page_background, [[0, 0, 30, 24]]);
    expect(30 * 24 - blank, `${selector}: the pixels of its number`).toBeGreaterThan(40);
  }
  // A printout lays out every item.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#note-209')).toHaveCSS('content-visibility', 'visible');
  await expect(page.locator('.sources__item').last()).toHaveCSS('content-visibility', 'visible');
});

// A skipped item keeps a guessed height: measured off screen, its content overlapped the next
// items', and Lighthouse's target-size audit failed the MEK's works for it. A short list (the
// MEK's 59 notes, 12 works) is laid out whole: off screen, each item ends above the next.
test('off screen, the endnotes and works of a short list do not overlap', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  const profile = new ProfilePage(page);
  await profile.open('mek');
  await profile.loaded();
  await expect(page.locator('.sources__item')).toHaveCount(12);
  const overlaps = await page.evaluate(() => ['.notes__item', '.sources__item'].flatMap((selector) => {
    const items = [...document.querySelectorAll(selector)];
    const contentBottom = (item) => Math.max(...[...item.querySelectorAll('*')].map((e) => e.getBoundingClientRect().bottom));
    return items.slice(1).flatMap((next, i) => contentBottom(items[i]) > next.getBoundingClientRect().top + 1 ? [`${selector} ${i + 1} runs into ${i + 2}`] : []);
  }));
  expect(overlaps).toEqual([]);
  await expect(page.locator('.sources__item').first()).not.toBeInViewport();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap opens the preview instead of jumping; a tap outside or the close button dismisses it', async ({ page }) => {
    const profile = new ProfilePage(page);
    await profile.open();
    await profile.loaded();
    const marker = profile.marker(5);
    await marker.scrollIntoViewIfNeeded();
    await marker.tap();
    await expect(profile.preview).toBeVisible();
    await expect(profile.preview).toHaveAccessibleName('Note 5');
    expect(new URL(page.url()).hash).toBe('#/p/mek');
    const box = await profile.preview.boundingBox();
    expect(insideAndApart(box, await marker.boundingBox(), page.viewportSize())).toBe(true);
    await page.locator('#history').tap();
    await expect(profile.preview).toBeHidden();
    await marker.tap();
    await expect(profile.preview).toBeVisible();
    await profile.preview.getByRole('button', { name: 'Close note preview' }).tap();
    await expect(profile.preview).toBeHidden();
    // With the preview open, a second tap on its marker follows the link.
    await marker.tap();
    await expect(profile.preview).toBeVisible();
    await marker.tap();
    await expect(page).toHaveURL(/#\/p\/mek\/note-5$/);
  });
});

test('adjacent markers such as [1][2] stay individually reachable', async ({ page }) => {
  const doc = await (await page.request.get('data/profiles/mek.json')).json();
  doc.sections[1].blocks[0].paragraph.splice(1, 0, { note: 2 }); // "...Pahlavi.[2][1] Its leaders"
  await page.route('**/data/profiles/mek.json', (route) => route.fulfill({ status: 200, body: JSON.stringify(doc) }));
  const profile = new ProfilePage(page);
  await profile.open();
  await profile.loaded();
  const first = page.locator('#cite-2-1');
  const second = page.locator('#cite-1-1');
  const a = await first.boundingBox();
  const b = await second.boundingBox();
  expect(a.x + a.width).toBeLessThanOrEqual(b.x + 0.5);
  await profile.hover(first);
  await expect(profile.preview).toHaveAccessibleName('Note 2');
  await profile.hover(second);
  await expect(profile.preview).toHaveAccessibleName('Note 1');
});

/** How many times `texts` (sections, blocks, list items, in reading order) cite `note`. */
function citationsOf(value, note) {
  if (Array.isArray(value)) return value.reduce((n, v) => n + citationsOf(v, note), 0);
  if (value && typeof value === 'object') {
    return value.note === note ? 1 : Object.values(value).reduce((n, v) => n + citationsOf(v, note), 0);
  }
  return 0;
}

// A paragraph of 1,500 markers is built a slice per frame, not in one long task; its markers
// keep their reading-order ids, and a jump to one built late waits for it and lands.
test('a paragraph of 1,500 markers is built a slice at a time, in reading order, and a jump to its last marker lands', async ({ page }) => {
  const long = structuredClone(mek);
  long.sections[1].blocks.push({ paragraph: ['Cited again and again:', ...Array.from({ length: 1500 }, () => ({ note: 1 }))] });
  const last = citationsOf(long.sections.slice(0, 2), 1);
  await page.route('**/data/profiles/mek.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(long) }));
  // The paragraph's marker count in each frame it is on the page.
  await page.addInitScript(() => {
    window.__perFrame = [];
    const tick = () => {
      const p = [...document.querySelectorAll('.section__paragraph')].find((el) => el.textContent.startsWith('Cited again'));
      if (p) window.__perFrame.push(p.querySelectorAll('.ref__link').length);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto(`#/p/mek/cite-1-${last}`);
  const target = page.locator(`#cite-1-${last}`);
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  const perFrame = await page.evaluate(() => window.__perFrame);
  // Seen in an early frame with only some of its markers (the ids below show all came).
  expect(perFrame[0]).toBeLessThan(1500);
  const ids = await page.locator('.section__paragraph', { hasText: 'Cited again' }).locator('.ref__link').evaluateAll((els) => els.map((el) => el.id));
  expect(ids).toEqual(Array.from({ length: 1500 }, (_, i) => `cite-1-${last - 1499 + i}`));
  // The markers of a slice built late open their preview like any other.
  const profile = new ProfilePage(page);
  await profile.hover(target);
  await expect(profile.preview).toHaveAccessibleName('Note 1');
  await expect(target).toHaveAttribute('aria-expanded', 'true');
});
