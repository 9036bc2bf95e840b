import { BASE, ProfilePage, SEED_HEADINGS, watchConsole, test, expect } from '../pages.js';

test('the profile shows every section heading of the seed, in order, and all 59 notes', async ({ page }) => {
  const console = watchConsole(page);
  const profile = new ProfilePage(page);
  await profile.open();
  await profile.loaded();
  await expect(profile.sectionHeadings).toHaveText([...SEED_HEADINGS]);
  await expect(profile.toc.locator('details')).toHaveAttribute('open', '');
  await expect(profile.notes).toHaveCount(59);
  await expect(page.locator('.profile-header')).toContainText('Last update: January 2015');
  await expect(page.locator('.profile-header')).toContainText('Sazeman-e Mujahadin-e Khalq-e Iran');
  await expect(profile.toc.getByRole('link')).toHaveCount(17);
  console.assertClean();
});

test('nested lists keep their depth', async ({ page }) => {
  const profile = new ProfilePage(page);
  await profile.open();
  await profile.loaded();
  const nested = page.locator('#counterterrorism ~ ul > li > ul > li');
  await expect(nested.filter({ hasText: 'France expelled the group in 1986.' })).toHaveCount(1);
});

test('editor’s notes stand apart from the verbatim text', async ({ page }) => {
  const profile = new ProfilePage(page);
  await profile.open();
  await profile.loaded();
  const leadership = page.locator('section', { has: page.locator('#leadership') });
  await expect(leadership).toContainText('1985-Present: Mayam Rajavi becomes co-leader in 1985');
  await expect(leadership.getByRole('complementary', { name: 'Editor’s note' })).toContainText('misspelling');
});

test('a deep link to a section works on a plain static host and survives a reload', async ({ page }) => {
  const profile = new ProfilePage(page);
  await profile.open('mek', 'strength');
  await profile.loaded();
  await expect(page.locator('#strength')).toBeFocused();
  await expect(page.locator('#strength')).toBeInViewport();
  await page.reload();
  await profile.loaded();
  await expect(page.locator('#strength')).toBeInViewport();
});

test('a footnote marker is a link that takes the reader to its note', async ({ page }) => {
  const profile = new ProfilePage(page);
  await profile.open();
  await profile.loaded();
  await profile.marker(12).click();
  expect(new URL(page.url()).hash).toBe('#/p/mek/note-12');
  const note = page.locator('#note-12');
  await expect(note).toBeFocused();
  await expect(note).toBeInViewport();
  await expect(note).toContainText('“Iran Primer: U.S. Terrorism Report: MEK and Jundallah,”');
  const link = note.getByRole('link', { name: 'Open source ↗' });
  await expect(link).toHaveAttribute('href', 'http://iranprimer.usip.org/blog/2011/aug/23/us-terrorism-report-mek-and-jundallah');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test('a note with a DOI links to the DOI resolver', async ({ page }) => {
  const profile = new ProfilePage(page);
  await profile.open('mek', 'note-34');
  await profile.loaded();
  await expect(page.locator('#note-34').getByRole('link', { name: 'Open source ↗' })).toHaveAttribute('href', 'https://doi.org/10.1093/milbal/103.1.344');
});

test('at phone width the page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const profile = new ProfilePage(page);
  await profile.open();
  await profile.loaded();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The contents start folded on a phone, and open with a tap.
  const contents = profile.toc.locator('details');
  await expect(contents).not.toHaveAttribute('open', '');
  await profile.toc.getByText('Contents').click();
  await expect(profile.toc.getByRole('link', { name: 'Strength' })).toBeVisible();
});

test('every request stays on the app’s own origin and sub-path', async ({ page }) => {
  const foreign = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(BASE)) foreign.push(r.url());
  });
  const profile = new ProfilePage(page);
  await profile.open();
  await profile.loaded();
  await profile.marker(3).click();
  expect(foreign).toEqual([]);
});

test('the profile a link opens is downloaded once, from the start, by the page’s preload', async ({ page }) => {
  const console = watchConsole(page);
  const requests = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.json')) requests.push(r.url().slice(BASE.length));
  });
  const profile = new ProfilePage(page);
  await profile.open();
  await profile.loaded();
  expect(requests.sort()).toEqual(['data/index.json', 'data/profiles/mek.json']);
  const initiators = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.name.endsWith('.json')).map((e) => e.initiatorType));
  expect(initiators).toEqual(['link', 'link']);
  console.assertClean();
});
