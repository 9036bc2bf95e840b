import { BASE, LIVE, ProfilePage, SEED_HEADINGS, watchConsole, test, expect } from '../pages.js';

/** The names of the split-off code the page requests, in order (`pack_timeline`, `split_diagram`, `chunk_12`). */
const codeRequests = (page) => {
  const modules = [];
  page.on('request', (r) => {
    const name = r.url().slice(BASE.length).match(/^((?:split|chunk|pack)_\w+)-[0-9a-f]{8}\.wasm$/);
    if (name) modules.push(name[1]);
  });
  return modules;
};

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

// The page is built a few items per frame while it loads: the text, then the notes and the
// works. Started in the frame that built the text's last sections, they made one task of all
// three, the longest of the load. Each added item is stamped with its frame's time.
test('the notes and the works start in a frame after the text’s last section, not in the same one', async ({ page }) => {
  await page.addInitScript(() => {
    window.__built = [];
    new MutationObserver((records) => {
      const frame = document.timeline.currentTime;
      for (const r of records) for (const n of r.addedNodes) {
        const kind = n.nodeType === 1 && ['section', 'notes__item', 'sources__item'].find((c) => n.classList.contains(c));
        if (kind) window.__built.push([kind, frame]);
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const profile = new ProfilePage(page);
  await profile.open();
  await profile.loaded();
  await expect(page.locator('.sources__item')).toHaveCount(12);
  const built = await page.evaluate(() => window.__built);
  const frames = (kind) => built.filter(([k]) => k === kind).map(([, frame]) => frame);
  expect(frames('section')).toHaveLength(15);
  const lastSection = Math.max(...frames('section'));
  // Several frames for the text (it is built a few sections at a time), then the lists.
  expect(new Set(frames('section')).size).toBeGreaterThan(1);
  expect(Math.min(...frames('notes__item'))).toBeGreaterThan(lastSection);
  expect(Math.min(...frames('sources__item'))).toBeGreaterThan(lastSection);
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

// Below the Notes and Sources headings the page is still being built when the jump lands: it
// must be long enough by then to scroll the heading to the top, not leave it at the bottom.
for (const [width, height] of [[1280, 800], [375, 740]]) {
  test(`a deep link to the notes or the sources brings their heading to the top at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const profile = new ProfilePage(page);
    for (const anchor of ['notes', 'sources']) {
      await profile.open('mek', anchor);
      await profile.loaded();
      const heading = page.locator(`#${anchor}`);
      await expect(heading).toBeFocused();
      await expect.poll(async () => (await heading.boundingBox()).y).toBeLessThan(60);
      // Still there once the rest has been built.
      await expect(page.locator('.sources__item')).toHaveCount(12);
      expect((await heading.boundingBox()).y).toBeLessThan(60);
      await page.goto('about:blank');
    }
  });
}

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

test('a reader of the text downloads no view’s code; a view’s page brings its code in one file, its pack', async ({ page }) => {
  const console = watchConsole(page);
  const modules = codeRequests(page);
  const profile = new ProfilePage(page);
  await page.goto('p/mek/');
  await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
  await profile.marker(3).hover();
  await expect(profile.preview).toBeVisible();
  // The text's tools come after the footnote previews, in a pack of their own, with the code
  // that fetches the profile's file, which only they read.
  expect(modules.sort()).toEqual(['pack_later', 'pack_profile_file']);
  // A view's page: the code of its first step, which works on what the page was written
  // with, comes in one file, its pack (its module and the chunks it needs), before the page
  // is live; what comes after (the tools, the view) shares much of it.
  for (const [path, packs] of [['timeline', ['pack_written_timeline']], ['diagram', ['pack_written_diagram']]]) {
    await page.goto(`p/mek/${path}/`);
    await expect(page.locator(LIVE)).toHaveCount(1);
    // Fetched before the page was live (the tools' code may be on its way by now).
    const live = await page.evaluate(() => {
      const at = performance.getEntriesByName('dossier:live')[0].startTime;
      return performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm') && e.startTime < at)
        .map((e) => e.name.split('/').pop().replace(/-[0-9a-f]{8,16}\.wasm$/, ''))
        .filter((m) => /^(pack|split|chunk)_/.test(m));
    });
    expect(live.slice(0, 1)).toEqual(packs.slice(0, 1));
    expect(live.filter((m) => m.startsWith('pack_'))).toEqual(packs);
    await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
  }
  await expect(page.locator('.node[data-actor]').first()).toBeVisible();
  await expect(page.getByText('Loading the')).toHaveCount(0);
  console.assertClean();
});

test('a profile’s text page leaves the network to the app’s code: its file, which only the tools read, is fetched once, by the app; a view’s page preloads it', async ({ page }) => {
  const console = watchConsole(page);
  const fetchedBy = () => page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.name.endsWith('/data/profiles/mek.json')).map((e) => e.initiatorType));
  await page.goto('p/mek/');
  await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
  expect(await fetchedBy()).toEqual(['fetch']);
  await expect(page.getByRole('button', { name: 'Copy citation' }).first()).toBeVisible();
  await page.goto('p/mek/timeline/');
  await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
  expect(await fetchedBy()).toEqual(['link']);
  console.assertClean();
});

test('pointing at a view’s tab, or focusing it, starts downloading that view’s code, once', async ({ page }) => {
  const console = watchConsole(page);
  const modules = codeRequests(page);
  await page.goto('p/mek/');
  await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
  const views = page.getByRole('navigation', { name: 'Views of this profile' });
  // Not the tools' code, nor the fetch of the file, which the text's page loads anyway.
  const fetched = () => modules.filter((m) => m !== 'pack_later' && m !== 'pack_profile_file');
  // A view's page: the code of its first step (the view's comes with the tools).
  const timeline = ['pack_written_timeline'];
  await views.getByRole('link', { name: 'Timeline' }).hover();
  await expect.poll(() => fetched().sort()).toEqual(timeline);
  await views.getByRole('link', { name: 'Allies and rivals' }).focus();
  await expect.poll(() => fetched().sort()).toEqual(['pack_written_diagram', ...timeline]);
  await views.getByRole('link', { name: 'Timeline' }).hover();
  await page.waitForLoadState('networkidle');
  expect(fetched().sort()).toEqual(['pack_written_diagram', ...timeline]);
  // The view's page then finds its code here already.
  await views.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
  const transferred = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => /pack_written_timeline/.test(e.name)).map((e) => e.transferSize));
  expect(transferred).toEqual([0]);
  console.assertClean();
});

// Each address that needs a split-off part of the app preloads that part's code with the app.
for (const [address, what, packs, notFetched] of [
  // An older address of a view: the whole app, and the view.
  ['#/p/mek/timeline', 'a link to a view', ['pack_app', 'pack_timeline'], 'pack_diagram'],
  // The home page: none, its search works on the written list (the catalog's code comes later).
  ['#/', 'the home page', [], 'pack_catalog'],
  ['?embed#/p/mek/history', 'an embed', ['pack_app', 'pack_embedded'], 'pack_catalog'],
  // An embed's own page, and an older embed address of a view, which lands on it: the view.
  ['p/mek/embed/history/', 'an embed\'s page', [], 'pack_app'],
  ['?embed#/p/mek/timeline', 'an older embed address of a view', ['pack_written_timeline'], 'pack_embedded'],
]) {
  test(`${what} preloads the code it needs with the app: each module is fetched once, by the page`, async ({ page }) => {
    const console = watchConsole(page);
    await page.goto(address);
    await expect(page.locator('.timeline__title, .catalog__title, .embed .section__heading').first()).toBeVisible();
    // On a pre-rendered page, what the page needs to come alive (its tools come after).
    if (await page.locator('body[data-prerendered], html[data-page]:not([data-elsewhere])').count()) await expect(page.locator(LIVE)).toHaveCount(1);
    const fetched = await page.evaluate(() => {
      const live = performance.getEntriesByName('dossier:live')[0]?.startTime ?? Infinity;
      return performance.getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.wasm') && e.startTime < live)
        .map((e) => ({ module: e.name.split('/').pop().replace(/-[0-9a-f]{8,16}/, ''), by: e.initiatorType }));
    });
    const views = fetched.filter((f) => /^(split|chunk|pack)_/.test(f.module));
    expect(views.map((f) => f.module).sort()).toEqual(packs.map((p) => `${p}.wasm`));
    expect(views.map((f) => f.module)).not.toContain(`${notFetched}.wasm`);
    // A preload the app's own fetch did not match would show as a second request.
    expect(new Set(fetched.map((f) => f.module)).size).toBe(fetched.length);
    expect(views.every((f) => f.by === 'link')).toBe(true);
    await expect(page.getByText('Loading the')).toHaveCount(0);
    console.assertClean();
  });
}

test('the shortcuts’ help fetches its code when first opened, once', async ({ page }) => {
  const console = watchConsole(page);
  const modules = codeRequests(page);
  await page.goto('p/mek/');
  await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
  expect(modules.sort()).toEqual(['pack_later', 'pack_profile_file']);
  modules.length = 0;
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('rowheader', { name: 'p', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  // What the page's tools share with it is here: only the rest comes, each module once.
  expect(modules).toContain('split_help');
  const first = [...modules];
  expect(new Set(first).size).toBe(first.length);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(help.getByRole('rowheader', { name: 'p', exact: true })).toBeVisible();
  expect(modules).toEqual(first);
  console.assertClean();
});
