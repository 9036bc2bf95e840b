// The classroom: citing a profile or a view, sharing any state by its URL, presenting on a
// projector with keyboard shortcuts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, ProfilePage, expectOpen, serveSynthetic, timelineGroup, test, expect } from '../pages.js';

const repo = new URL('../../../', import.meta.url).pathname;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

test('Cite this gives the view, or the whole profile, in four styles with today’s date, and copies each', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('#/p/mek/timeline?open=all');
  const button = page.getByRole('button', { name: 'Cite' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Cite this' });
  await expect(dialog).toBeVisible();
  const now = new Date();
  const today = `${MONTHS[now.getMonth()]} ${now.getDate()}, ${now.getFullYear()}`;
  const apa = dialog.locator('pre[data-style="APA"]');
  // The view's stable address: the view, not its momentary state.
  await expect(apa).toHaveText(`A Department of Homeland Security Emeritus Center of Excellence led by the University of Maryland. (2015, January). Mujahedin-e Khalq (MEK) Narrative: Timeline. Dossier. Retrieved ${today}, from ${BASE}#/p/mek/timeline`);
  await expect(dialog.locator('pre[data-style="MLA"]')).toContainText('“Mujahedin-e Khalq (MEK) Narrative: Timeline.” Dossier, Jan. 2015,');
  await expect(dialog.locator('pre[data-style="Chicago"]')).toContainText(`Accessed ${today}. ${BASE}#/p/mek/timeline.`);
  const bibtex = dialog.locator('pre[data-style="BibTeX"]');
  await expect(bibtex).toContainText('@misc{dossier-mek-timeline,');
  // Each reference is shown whole, wrapped, never cut at the dialog's edge.
  for (const text of await dialog.locator('pre.cite__text').all()) {
    expect(await text.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  }

  await dialog.getByLabel('Cite the whole profile, not this view').check();
  await expect(apa).toContainText(`Mujahedin-e Khalq (MEK) Narrative. Dossier. Retrieved ${today}, from ${BASE}#/p/mek`);
  await expect(bibtex).toContainText('@misc{dossier-mek,');

  await dialog.getByRole('region', { name: 'BibTeX' }).getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('region', { name: 'BibTeX' }).getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await bibtex.textContent());
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('every state a teacher reaches has a link that restores it', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const states = [
    // [where to go, what must be true once the copied link is opened elsewhere]
    ['#/p/mek/history', async (p) => expect(p.getByRole('heading', { name: 'History', level: 2 })).toBeFocused()],
    ['#/p/mek/note-12', async (p) => expect(p.locator('#note-12')).toBeFocused()],
    ['#/p/mek/timeline?open=france-1979-1981&event=embassy-takeover', async (p) => {
      await expectOpen(timelineGroup(p, 'France'));
      await expectOpen(timelineGroup(p, 'Iraq'), false);
      await expect(p.locator('.event__body', { hasText: 'the U.S. State Department alleged that the MEK assisted in the 1979 takeover' })).toBeVisible();
    }],
    ['#/p/mek/diagram?year=1990&node=france', async (p) => {
      await expect(p.getByRole('slider', { name: 'Year' })).toHaveValue('1990');
      await expect(p.locator('.diagram-card')).toContainText('France');
    }],
  ];
  for (const [hash, restored] of states) {
    await page.goto(hash);
    await expect(page.locator('.profile')).toBeVisible();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${BASE}${hash}`);
    const other = await browser.newPage();
    await other.goto(link);
    await restored(other);
    await other.close();
  }
});

test('presentation mode makes the text readable from the back of a room at 1280×720; keys move through the sections', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('#/p/mek');
  await expect(page.locator('.section__paragraph').first()).toBeVisible();
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.section__paragraph')).fontSize));
  const normal = await size();
  await page.keyboard.press('p');
  await expect(page.getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'true');
  expect(await size()).toBeGreaterThanOrEqual(28);
  expect(await size()).toBeGreaterThan(normal * 1.4);
  // Nothing runs off the side; the contents list gives its column to the text.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeHidden();
  // j / k walk the sections, and the URL follows.
  await page.keyboard.press('j');
  await expect(page).toHaveURL(/#\/p\/mek\/aliases$/);
  await expect(page.getByRole('heading', { name: 'Aliases', level: 2 })).toBeFocused();
  await page.keyboard.press('j');
  await expect(page).toHaveURL(/#\/p\/mek\/history$/);
  // The jump lands in the frame after the URL changes: k counts from where the reader is.
  await expect(page.getByRole('heading', { name: 'History', level: 2 })).toBeFocused();
  await page.keyboard.press('k');
  await expect(page).toHaveURL(/#\/p\/mek\/aliases$/);
  await page.screenshot({ path: test.info().outputPath('present-1280x720.png') });
  // The switch turns it off again.
  await page.getByRole('button', { name: 'Present' }).click();
  expect(await size()).toBe(normal);
});

test('? shows the keyboard shortcuts; the view keys work, and never while typing', async ({ page }) => {
  await page.goto('#/p/mek');
  await new ProfilePage(page).loaded();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const key of ['?', 'p', 'r', 't', 'd', '/', 'j', 'k', 'Escape', 'Tab']) {
    await expect(help.locator('kbd', { hasText: key }).first()).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.keyboard.press('t');
  await expect(page).toHaveURL(/#\/p\/mek\/timeline$/);
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  // "/" goes to the filter; letters typed there are text, not commands.
  await page.keyboard.press('/');
  const filter = page.getByRole('searchbox', { name: 'Filter events' });
  await expect(filter).toBeFocused();
  await page.keyboard.type('dr');
  await expect(filter).toHaveValue('dr');
  await expect(page).toHaveURL(/#\/p\/mek\/timeline\?q=dr$/);
  await filter.blur();
  await page.keyboard.press('d');
  await expect(page).toHaveURL(/#\/p\/mek\/diagram$/);
  await page.keyboard.press('r');
  await expect(page).toHaveURL(/#\/p\/mek$/);
  // The "?" button opens the same help; inside it, keys are the dialog's, and "?" closes it.
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(help).toBeVisible();
  await page.keyboard.press('t');
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/#\/p\/mek$/);
  await expect(page.getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('?');
  await expect(help).toBeHidden();
});

test('two profiles compared: both timelines on one axis, then their events by decade with their notes', async ({ page }) => {
  // The second profile is synthetic (dossier-synth), as no second real profile exists yet.
  const other = await serveSynthetic(page, 40, 3);
  const mek = JSON.parse(readFileSync(join(repo, 'data/profiles/mek.json'), 'utf8'));

  await page.goto('#/p/mek');
  await page.getByRole('link', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/#\/compare\/mek$/);
  await page.getByRole('link', { name: other.name }).click();
  await expect(page).toHaveURL(new RegExp(`#/compare/mek/${other.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${mek.name} and ${other.name}`);

  // One axis: a lane per profile, a mark per event, all inside the track.
  const lanes = page.locator('.compare__track');
  await expect(lanes).toHaveCount(2);
  await expect(lanes.nth(0).locator('.compare__mark')).toHaveCount(mek.events.length);
  await expect(lanes.nth(1).locator('.compare__mark')).toHaveCount(other.events.length);
  for (const n of [0, 1]) {
    const track = await lanes.nth(n).boundingBox();
    const marks = await lanes.nth(n).locator('.compare__mark').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]));
    for (const [left, right] of marks) {
      expect(left).toBeGreaterThanOrEqual(track.x - 1.5);
      expect(right).toBeLessThanOrEqual(track.x + track.width + 1.5);
    }
  }
  // A text alternative for the picture.
  const axis = page.locator('.compare__axis');
  await expect(axis).toHaveAttribute('role', 'img');
  expect(await axis.getAttribute('aria-label')).toContain(`${mek.name} has ${mek.events.length} events`);

  // Side by side by decade: every event once, on its side, with its notes as links.
  const table = page.locator('table.compare__table');
  await expect(table.locator('td:nth-of-type(1) .compare__event')).toHaveCount(mek.events.length);
  await expect(table.locator('td:nth-of-type(2) .compare__event')).toHaveCount(other.events.length);
  const sixties = table.locator('tr', { has: page.locator('th', { hasText: '1960s' }) });
  await expect(sixties.locator('td').first()).toContainText('MEK formed by leftist students in Iran');
  await sixties.locator('td').first().getByRole('link', { name: 'Note 1', exact: true }).click();
  await expect(page).toHaveURL(/#\/p\/mek\/note-1$/);
  await expect(page.locator('#note-1')).toBeFocused();

  // At phone width the table becomes one column, each side named.
  await page.goBack();
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(page.locator('table.compare__table td').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
