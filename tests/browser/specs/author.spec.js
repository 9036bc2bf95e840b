// The Author page: a profile or a narrative given to the browser, checked as dossier-validate
// checks a file, placed, drafted, previewed and saved, with nothing sent anywhere.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, LIVE, watchConsole, test, expect } from '../pages.js';

const repo = new URL('../../../', import.meta.url).pathname;
const mekText = readFileSync(join(repo, 'data/profiles/mek.json'), 'utf8');
const mek = JSON.parse(mekText);
const seed = join(repo, '../shared/seeds/000_8715d7bedba4d138.txt');
const binary = (name) => ['debug', 'release'].map((p) => join(repo, 'target', p, name)).find(existsSync);

/** Opens the Author page, and counts the requests that leave the app's origin. */
async function openAuthor(page) {
  const foreign = [];
  page.on('request', (r) => { if (!r.url().startsWith(new URL(BASE).origin)) foreign.push(r.url()); });
  await page.goto('author/');
  await expect(page.locator(LIVE)).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1, name: 'Author a profile' })).toBeVisible();
  return foreign;
}

/** Drops a file on the page, as a reader's drag and drop does. */
async function drop(page, name, text) {
  await page.evaluate(([name, text]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'text/plain' }));
    const zone = document.querySelector('.author__drop');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [name, text]);
}

const preview = (page) => page.locator('.author__preview');

test('the catalog links to the Author page, which says nothing leaves the browser', async ({ page }) => {
  await page.goto(BASE);
  await page.getByRole('link', { name: 'Author a profile' }).click();
  await expect(page).toHaveURL(`${BASE}author/`);
  await expect(page.getByText('Nothing leaves your browser')).toBeVisible();
});

test('the MEK profile dropped: no problems, and a preview with every view', async ({ page }) => {
  const console = watchConsole(page);
  const foreign = await openAuthor(page);
  await drop(page, 'mek.json', mekText);
  await expect(page.getByRole('heading', { name: 'No problems found.' })).toBeVisible();
  await expect(preview(page).locator('.section')).toHaveCount(15);
  await expect(preview(page).locator('.notes__item')).toHaveCount(59);
  // The preview's footnote previews work, and its tabs move the preview, not the page.
  await preview(page).locator('.profile__body .ref__link').first().hover();
  await expect(page.getByRole('dialog', { name: /^Note / })).toBeVisible();
  const views = preview(page).getByRole('navigation', { name: 'Views of this profile' });
  await views.getByRole('link', { name: 'Timeline' }).click();
  await expect(preview(page).locator('.event')).toHaveCount(31);
  await views.getByRole('link', { name: 'Allies and rivals' }).click();
  await expect(preview(page).locator('.link[data-relationship]')).toHaveCount(22);
  await expect(page).toHaveURL(`${BASE}author/`);
  expect(foreign).toEqual([]);
  console.assertClean();
});

test('three errors: each named at its JSON path, and shown in the text', async ({ page }) => {
  await openAuthor(page);
  const broken = structuredClone(mek);
  broken.sections[1].blocks[0].paragraph[1] = { note: 99 };
  broken.events[3].date = 'in the seventies';
  broken.events[9].id = broken.events[0].id;
  await page.setInputFiles('input[type=file]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken, null, 2)) });
  await expect(page.getByRole('heading', { name: '3 problems' })).toBeVisible();
  for (const [path, marked] of [
    ['$.sections[1].blocks[0].paragraph[1].note', '99'],
    ['$.events[3].date', 'in the seventies'],
    ['$.events[9].id', `"${mek.events[0].id}"`],
  ]) {
    await page.getByRole('button', { name: path, exact: true }).click();
    const line = page.locator('.excerpt__line--marked');
    await expect(line).toContainText(marked);
    await expect(page.locator('.excerpt')).toBeFocused();
  }
  // What cannot be read is not offered to publish.
  await expect(page.getByRole('button', { name: /^Download / })).toHaveCount(0);
});

test('an unreadable or an oversized text gets a clear message, and the page keeps working', async ({ page }, testInfo) => {
  const console = watchConsole(page);
  await openAuthor(page);
  await page.getByLabel('Or paste it, and edit it here:').fill('{\n  "id": "x",,\n}');
  await expect(page.getByRole('heading', { name: '1 problem' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^line 2, column \d+$/ })).toBeVisible();
  const huge = testInfo.outputPath('huge.json');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 32));
  await page.setInputFiles('input[type=file]', huge);
  await expect(page.getByRole('alert')).toContainText('This text is 50 MB');
  await drop(page, 'mek.json', mekText);
  await expect(page.getByRole('heading', { name: 'No problems found.' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  console.assertClean();
});

test('a profile pasted on a phone is checked once the typing pauses', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await openAuthor(page);
  await page.getByLabel('Or paste it, and edit it here:').fill(mekText);
  await expect(page.getByRole('heading', { name: 'No problems found.' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
});

test('the downloaded profile passes dossier-validate, and its catalog entry says what it says', async ({ page }, testInfo) => {
  await openAuthor(page);
  await drop(page, 'mek.json', mekText);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download mek.json' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('mek.json');
  const file = testInfo.outputPath('mek.json');
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(mek);
  expect(execFileSync(binary('dossier-validate'), [file]).toString()).toContain('no problems');
  const entry = JSON.parse(await page.locator('.author__entry').innerText());
  expect(entry).toMatchObject({ id: 'mek', name: mek.name, last_update: mek.last_update.text, publisher: mek.publisher });
});

test('a START-style narrative becomes a draft whose proposed parts are confirmed one by one', async ({ page }) => {
  test.skip(!existsSync(seed), 'the seed narrative is not beside this checkout');
  const console = watchConsole(page);
  await openAuthor(page);
  await drop(page, 'mek.txt', readFileSync(seed, 'utf8'));
  await expect(preview(page).locator('.section')).toHaveCount(15);
  await expect(preview(page).locator('.notes__item')).toHaveCount(59);
  const drafted = page.locator('.author__draft');
  const count = await drafted.count();
  expect(count).toBeGreaterThan(10);
  // Each proposed part shows the notes it was drafted from.
  const cited = drafted.filter({ hasText: /\[\d+\] / }).first();
  await expect(cited.locator('.author__draft-notes li').first()).toHaveText(/^\[\d+\] /);
  const position = await cited.evaluate((item) => [...item.parentElement.children].indexOf(item));
  await cited.getByRole('button', { name: /^Confirm / }).click();
  await expect(drafted).toHaveCount(count - 1);
  // The keyboard stays where it was: on the part that took the confirmed one's place.
  await expect(drafted.nth(position).getByRole('button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(drafted).toHaveCount(count - 2);
  // The draft's JSON, edited by hand in the field: what was confirmed stays confirmed, and a
  // confirmation made after shows in the field.
  const field = page.getByLabel('Or paste it, and edit it here:');
  await page.getByRole('button', { name: 'Edit the drafted JSON here' }).click();
  await expect(field).toBeFocused();
  const drafts = async () => ((await field.inputValue()).match(/"draft": true/g) ?? []).length;
  expect(await drafts()).toBe(count - 2);
  await expect(drafted).toHaveCount(count - 2);
  await drafted.first().getByRole('button').click();
  await expect(drafted).toHaveCount(count - 3);
  expect(await drafts()).toBe(count - 3);
  const renamed = (await field.inputValue()).replace(/"name": "[^"]*"/, '"name": "Renamed by hand"');
  await field.fill(renamed);
  await expect(preview(page).getByRole('heading', { level: 1 })).toHaveText('Renamed by hand');
  await expect(drafted).toHaveCount(count - 3);
  console.assertClean();
});

test("README's walkthrough: the example narrative, dropped, becomes example-front.json with no problems", async ({ page }, testInfo) => {
  await openAuthor(page);
  await drop(page, 'example-narrative.txt', readFileSync(join(repo, 'docs/example-narrative.txt'), 'utf8'));
  await expect(page.getByRole('heading', { name: 'No problems found.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /drafted parts? to confirm$/ })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download example-front.json' }).click();
  const file = testInfo.outputPath('example-front.json');
  await (await downloading).saveAs(file);
  expect(execFileSync(binary('dossier-validate'), [file]).toString()).toContain('no problems');
  const entry = JSON.parse(await page.locator('.author__entry').innerText());
  expect(entry).toMatchObject({ id: 'example-front', name: 'Example Front' });
});

test('a problem in a narrative is shown at the paragraph it came from', async ({ page }) => {
  await openAuthor(page);
  const narrative = readFileSync(join(repo, 'docs/example-narrative.txt'), 'utf8').replace('[1]', '[99]');
  await page.getByLabel('Or paste it, and edit it here:').fill(narrative);
  await expect(page.getByRole('heading', { name: /^\d+ problems?$/ })).toBeVisible();
  await page.getByRole('button', { name: /^\$\.sections\[\d+\]\.blocks/ }).click();
  await expect(page.locator('.excerpt__caption')).toHaveText(/of your narrative$/);
  await expect(page.locator('.excerpt__line--marked')).toContainText('[99]');
  await expect(page.locator('.excerpt')).toBeFocused();
});
