// The pre-rendered pages: readable with JavaScript off, each with its own address and card,
// and taken over by the app without a visible change.
import { readFileSync } from 'node:fs';
import { BASE, LIVE, DiagramPage, ProfilePage, expectOpen, serveSynthetic, timelineGroup, watchConsole, test, expect } from '../pages.js';

const mek = JSON.parse(readFileSync(new URL('../../../data/profiles/mek.json', import.meta.url), 'utf8'));
const PAGES = ['', 'p/mek/', 'p/mek/timeline/', 'p/mek/diagram/'];
const DIAGRAM_CODE = /\/(pack|split)_diagram-[0-9a-f]+\.wasm$/;
// The relationships whose links the picture on screen shows.
const shownLinks = (page) => page.locator('svg.diagram__svg:visible .link:not([visibility="hidden"])')
  .evaluateAll((links) => links.map((l) => l.dataset.relationship).sort());

test.describe('with JavaScript off', () => {
  let page;
  test.beforeEach(async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
  });
  test.afterEach(async () => page.context().close());

  test('the profile page holds every section, note and source, its markers linked to their notes', async () => {
    await page.goto(`${BASE}p/mek/`);
    await expect(page.locator('.section')).toHaveCount(mek.sections.length);
    await expect(page.locator('.section .section__heading')).toHaveText(mek.sections.map((s) => s.heading));
    await expect(page.locator('.notes li[id^="note-"]')).toHaveCount(59);
    await expect(page.locator('#sources')).toBeVisible();
    // Every words of every section, between its markers.
    const shown = (await page.locator('.profile__body').innerText()).replace(/\s+/g, ' ');
    const pieces = (blocks) => blocks.flatMap((b) => (b.paragraph ? [b.paragraph] : items(b.list)));
    const items = (list) => list.flatMap((item) => [item.text, ...items(item.items ?? [])]);
    const words = mek.sections.flatMap((s) => pieces(s.blocks)).flat()
      .filter((piece) => typeof piece === 'string').map((piece) => piece.replace(/\s+/g, ' ').trim()).filter(Boolean);
    expect(words.length).toBeGreaterThan(50);
    expect(words.filter((w) => !shown.includes(w))).toEqual([]);
    // A marker is a link to its note on the same page, and the note is there to land on.
    const marker = page.locator('a[href="#note-12"]').first();
    await marker.click();
    await expect(page).toHaveURL(/\/p\/mek\/#note-12$/);
    await expect(page.locator('#note-12')).toBeInViewport();
    await expect(page.locator('#note-12')).toContainText(mek.notes[11].text.slice(0, 40));
  });

  test('the timeline page holds all its events, in their groups, with their notes', async () => {
    await page.goto(`${BASE}p/mek/timeline/`);
    await expect(page.locator('.event')).toHaveCount(mek.events.length);
    expect(mek.events.length).toBe(31);
    await expect(page.locator('.timeline__group')).not.toHaveCount(0);
    await expect(page.locator('.event').first()).toBeVisible();
    // Groups and events are <details>: every group is open, and an event opens and closes
    // without the app.
    await expect(page.locator('.timeline__group-details:not([open])')).toHaveCount(0);
    const event = mek.events.find((e) => !e.draft);
    const text = page.locator('.event__text', { hasText: event.text.find((piece) => typeof piece === 'string').slice(0, 40) });
    await expect(text).toBeHidden();
    await page.locator('.event__toggle', { hasText: event.title }).click();
    await expect(text).toBeVisible();
    await page.locator('.event__toggle', { hasText: event.title }).press('Enter');
    await expect(text).toBeHidden();
    // On paper, every event's text, opened or not.
    await page.emulateMedia({ media: 'print' });
    await expect(text).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await page.locator('.timeline__group-toggle').first().click();
    await expect(page.locator('.timeline__group-details:not([open])')).toHaveCount(1);
    // An event's note reference leads to the note on the profile's page.
    const reference = page.locator('.event a[href*="#note-"]').first();
    await expect(reference).toHaveAttribute('href', /^\.\.\/\.\.\/\.\.\/p\/mek\/#note-\d+$/);
  });

  test('the diagram page holds the table of all its relationships', async () => {
    await page.goto(`${BASE}p/mek/diagram/`);
    await expect(page.locator('table tbody tr')).toHaveCount(mek.relationships.length);
    expect(mek.relationships.length).toBe(22);
  });

  test('the diagram page holds the picture, in the frame the app draws at the page\'s width', async () => {
    for (const [width, frame, units] of [[1280, 'wide', 960], [375, 'narrow', 340]]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${BASE}p/mek/diagram/`);
      // Both frames are written; the stylesheet shows one.
      const shown = page.locator('svg.diagram__svg').filter({ visible: true });
      await expect(shown).toHaveCount(1);
      await expect(shown).toHaveClass(new RegExp(`diagram__svg--${frame}`));
      await expect(shown).toHaveAttribute('viewBox', new RegExp(`^0 0 ${units}\\.0 `));
      await expect(shown).toHaveAttribute('role', 'img');
      await expect(shown).toHaveAccessibleName(`Diagram of the allies and rivals of ${mek.name}. The table below lists the same relationships.`);
      await expect(shown.locator('.link')).toHaveCount(mek.relationships.length);
      await expect(shown.locator('.node:not(.node--centre)')).toHaveCount(mek.actors.length);
      // Each name, wrapped into lines.
      const names = await shown.locator('.node text').evaluateAll((texts) => texts.map((text) => text.textContent));
      const squeezed = (name) => name.replace(/\s/g, '');
      expect(names.map(squeezed).sort()).toEqual([mek.name, ...mek.actors.map((a) => a.name)].map(squeezed).sort());
      await expect(shown.locator('.diagram__key')).toContainText('State sponsor');
      // Each arrowhead is the picture's own (ids are the document's: an arrowhead found in the
      // hidden frame is not drawn).
      const arrowheads = await shown.evaluate((svg) => [...svg.querySelectorAll('[marker-start], [marker-end]')]
        .map((line) => line.getAttribute('marker-start') ?? line.getAttribute('marker-end'))
        .map((reference) => document.getElementById(reference.slice(5, -1))?.closest('svg') === svg));
      expect(arrowheads.length).toBeGreaterThan(10);
      expect(arrowheads.every(Boolean)).toBe(true);
    }
  });

  test('shows no control that only the app makes work, and the Author page says it needs it', async () => {
    for (const path of [...PAGES, 'author/']) {
      await page.goto(BASE + path);
      await expect(page.locator('main h1:visible, main h2:visible').first(), path).toBeVisible();
      const controls = await page.evaluate(() => [...document.querySelectorAll('button, input, select, textarea, svg[tabindex], svg [tabindex], svg [role="button"]')]
        .filter((element) => element.checkVisibility()).map((element) => element.outerHTML.slice(0, 100)));
      expect(controls, path).toEqual([]);
    }
    await expect(page.locator('.author__no-app')).toContainText('it needs JavaScript');
    // What works without the app stays: the groups and events open, links lead on.
    await page.goto(`${BASE}p/mek/timeline/`);
    await expect(page.locator('.timeline__group-toggle').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Allies and rivals' })).toBeVisible();
  });

  test('the pages link to one another by relative paths that are files', async () => {
    await page.goto(BASE);
    const entry = page.getByRole('link', { name: mek.name });
    await expect(entry).toHaveAttribute('href', 'p/mek/');
    await entry.click();
    await expect(page).toHaveURL(`${BASE}p/mek/`);
    const views = page.getByRole('navigation', { name: 'Views of this profile' });
    await views.getByRole('link', { name: 'Timeline' }).click();
    await expect(page).toHaveURL(`${BASE}p/mek/timeline/`);
    await expect(page.locator('.event').first()).toBeVisible();
    await views.getByRole('link', { name: 'Allies and rivals' }).click();
    await expect(page).toHaveURL(`${BASE}p/mek/diagram/`);
    await page.getByRole('link', { name: 'Dossier', exact: true }).click();
    await expect(page).toHaveURL(BASE);
    await expect(page.getByRole('link', { name: mek.name })).toBeVisible();
  });

  test('every page has its own title, description, canonical link and card', async () => {
    for (const path of PAGES) {
      await page.goto(BASE + path);
      const meta = (selector) => page.locator(selector).getAttribute('content');
      const title = await page.title();
      expect(title, path).toMatch(path ? /^Mujahedin-E Khalq \(MEK\)/ : /^Dossier$/);
      expect(await meta('meta[property="og:title"]'), path).toBe(title);
      expect(await meta('meta[name="twitter:title"]'), path).toBe(title);
      const description = await meta('meta[name="description"]');
      expect(await meta('meta[property="og:description"]'), path).toBe(description);
      if (path) expect(description).toBe('The Mujahedin-E Khalq (MEK) was formed in 1965 by a group of leftist students in Iran who opposed the regime under Shah Mohammad Reza Pahlavi.');
      const canonical = await page.locator('link[rel="canonical"]').evaluate((link) => link.href);
      expect(canonical, path).toBe(BASE + path);
    }
    const titles = new Set();
    for (const path of PAGES) {
      await page.goto(BASE + path);
      titles.add(await page.title());
    }
    expect(titles.size).toBe(PAGES.length);
  });
});

/** Holds the app's wasm back until `release()`: the pre-rendered page alone, as on a slow
 * network, for what a reader does before the app comes. */
async function holdApp(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  return release;
}

test.describe('the app taking a page over', () => {
  test('changes nothing on screen: no layout shift, every element where it was', async ({ page }) => {
    // The diagram at both frames' widths: the picture written for each is the app's drawing.
    for (const [path, width] of [['p/mek/', 1280], ['p/mek/timeline/', 1280], ['p/mek/diagram/', 1280], ['p/mek/diagram/', 375]]) {
      await page.setViewportSize({ width, height: 720 });
      const release = await holdApp(page);
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(BASE + path, { waitUntil: 'domcontentloaded' });
      const boxes = () => page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, .event, .section__paragraph, tbody tr, .views__link, svg.diagram__svg, .node, .link')]
        .filter((e) => e.checkVisibility()).slice(0, 200).map((e) => { const r = e.getBoundingClientRect(); return `${e.tagName} ${e.textContent.slice(0, 30)} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`; }));
      await expect(page.locator('body[data-prerendered]')).toHaveCount(1);
      const before = await boxes();
      release();
      await expect(page.locator(LIVE)).toHaveCount(1);
      await expect(page.locator('body[data-prerendered]')).toHaveCount(0);
      expect(await boxes(), `${path} at ${width}`).toEqual(before);
      expect(await page.evaluate(() => window.__shift), path).toBe(0);
      await page.unrouteAll();
    }
  });

  test('the preview\'s copy button comes with the page\'s tools, and copies the note', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(/\/(pack|split)_later-[0-9a-f]+\.wasm$/, async (route) => { await held; await route.continue(); });
    await page.goto(`${BASE}p/mek/`);
    await expect(page.locator('html[data-app="live"]')).toHaveCount(1);
    const marker = page.locator('.section a[href="#note-1"]').first();
    await marker.hover();
    const preview = page.getByRole('dialog', { name: 'Note 1' });
    await expect(preview).toBeVisible();
    await preview.getByRole('heading').hover();
    await expect(preview.getByRole('button')).toHaveText(['×']);
    expect(await page.locator('html').getAttribute('data-app')).toBe('live');
    release();
    await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
    await preview.getByRole('button', { name: 'Copy citation' }).click();
    await expect(preview.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(mek.notes[0].text);
  });

  test('the profile\'s previews need no profile file: they show the cards the page was written with, as the app makes them', async ({ page }) => {
    const console = watchConsole(page);
    const PROFILE = '**/data/profiles/mek.json';
    // The file never comes: the page comes alive all the same, without its tools.
    await page.route(PROFILE, () => {});
    await page.goto(`${BASE}p/mek/`);
    await expect(page.locator('html[data-app="live"]')).toHaveCount(1);
    const previewOf = async (number) => {
      const marker = page.locator(`.section .ref__link[data-note="${number}"]`).first();
      await marker.scrollIntoViewIfNeeded();
      await marker.focus();
      const preview = page.getByRole('dialog', { name: `Note ${number}` });
      await expect(preview).toBeVisible();
      return preview.innerText();
    };
    const numbers = [1, 12, 35, 59];
    const written = [];
    for (const number of numbers) written.push(await previewOf(number));
    const note = mek.notes[11];
    expect(written[1]).toContain(note.text);
    expect(written[1]).toContain(mek.sources.find((s) => s.id === note.source).title);
    expect(written[1]).toMatch(/Cited 1 time in this profile/);
    expect(await page.locator('html').getAttribute('data-app')).toBe('live');
    await page.unrouteAll();
    // The app's own previews, on the page it makes from the file, say the same, and have the
    // copy button of the tools that page has.
    await page.goto(`${BASE}#/p/mek`);
    await expect(page.locator('.notes li[id^="note-"]')).toHaveCount(59);
    for (const [i, number] of numbers.entries()) expect(await previewOf(number), `note ${number}`).toBe(`${written[i]}\nCopy citation`);
    console.assertClean();
  });

  test('a note the page was written without a card for opens no preview, rather than an empty one', async ({ page }) => {
    const console = watchConsole(page);
    const release = await holdApp(page);
    await page.goto(`${BASE}p/mek/`, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => document.getElementById('note-cards').content.querySelector('[data-note="12"]').remove());
    release();
    await expect(page.locator(LIVE)).toHaveCount(1);
    await page.locator('.section .ref__link[data-note="12"]').first().focus();
    await page.locator('.section .ref__link[data-note="11"]').first().focus();
    await expect(page.getByRole('dialog', { name: 'Note 11' })).toBeVisible();
    await page.locator('.section .ref__link[data-note="12"]').first().focus();
    // A preview is placed (and shown) in the frame after it opens: a few frames later, none.
    await page.evaluate(() => new Promise((done) => {
      const frames = (n) => (n ? requestAnimationFrame(() => frames(n - 1)) : done());
      frames(4);
    }));
    await expect(page.locator('#note-preview')).toHaveCount(0);
    console.assertClean();
  });

  test('keeps the scroll position and the focus, and the previews work after it', async ({ page }) => {
    const console = watchConsole(page);
    const release = await holdApp(page);
    await page.goto(`${BASE}p/mek/`, { waitUntil: 'domcontentloaded' });
    const marker = page.locator('a[href="#note-9"]').first();
    await marker.focus();
    await marker.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    release();
    await expect(page.locator(LIVE)).toHaveCount(1);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe('#note-9');
    const profile = new ProfilePage(page);
    await expect(profile.preview).toBeVisible(); // a focused marker opens its preview
    await expect(profile.preview).toHaveAccessibleName('Note 9');
    console.assertClean();
  });

  test('keeps the timeline\'s groups and events as the reader opened or closed them before it came', async ({ page }) => {
    const release = await holdApp(page);
    await page.goto(`${BASE}p/mek/timeline/`, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('body[data-prerendered]')).toHaveCount(1);
    await timelineGroup(page, 'Iran').click();
    const event = page.locator('.event__toggle', { hasText: 'Alleged role in the U.S. Embassy takeover' });
    await event.click();
    await expectOpen(timelineGroup(page, 'Iran'), false);
    await expectOpen(event);
    release();
    await expect(page.locator(LIVE)).toHaveCount(1);
    await expect(page.locator('body[data-prerendered]')).toHaveCount(0);
    await expectOpen(timelineGroup(page, 'Iran'), false);
    await expectOpen(timelineGroup(page, 'France'));
    await expectOpen(event);
    await expect(page.locator('.event__text:visible')).toContainText('the U.S. State Department alleged that the MEK assisted');
    // The view's state follows, and so its address: a copied link shows the same.
    await expect(page).toHaveURL(/[?&]event=embassy-takeover/);
    await expect(page).toHaveURL(/[?&]open=france-1979-1981,iraq-1981(&|$)/);
  });

  test('the timeline\'s controls work on the events the page was written with, before the timeline\'s code comes', async ({ page }) => {
    const console = watchConsole(page);
    // The view's code never comes: the page's first step alone.
    await page.route(/\/(pack|split)_timeline-[0-9a-f]+\.wasm$/, () => {});
    await page.goto(`${BASE}p/mek/timeline/?open=france-1979-1981`);
    await expect(page.locator(LIVE)).toHaveCount(1);
    // The address's state, which the page was not written with, is shown.
    await expect(page.locator('.timeline__group-details[open]')).toHaveCount(1);
    await expectOpen(timelineGroup(page, 'France'));
    const status = page.locator('.timeline__count');
    const shown = page.locator('.event:visible .event__toggle');
    const chip = (name) => page.locator('.chip', { hasText: name });
    await page.getByRole('button', { name: 'Expand all' }).click();
    await expect(shown).toHaveCount(31);
    await expect(page).toHaveURL(/\?open=all$/);
    await chip('Designation').click();
    await expect(chip('Designation')).toHaveAttribute('aria-pressed', 'true');
    await expect(status).toHaveText('4 of 31 events match');
    await expect(shown).toHaveCount(4);
    await expect(timelineGroup(page, 'Iran')).toContainText('4 events, 0 match');
    await expect(timelineGroup(page, 'Iraq')).toContainText('21 events, 4 match');
    await page.getByRole('searchbox', { name: 'Filter events' }).fill('EU');
    await expect(status).toContainText('2 of 31 events match');
    await expect(shown).toHaveText([/2002.*EU lists/, /2009.*EU removes/]);
    await expect(chip('Strength')).toContainText('Strength0');
    await expect(page).toHaveURL(/\?open=all&cat=designation&q=EU$/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(status).toHaveText('31 events');
    await expect(page.getByRole('button', { name: 'Clear filters' })).toBeHidden();
    // Opening an event is the view's state too; back undoes it.
    const event = page.locator('.event__toggle', { hasText: 'Alleged role in the U.S. Embassy takeover' });
    await event.click();
    await expect(page).toHaveURL(/[?&]event=embassy-takeover$/);
    await page.goBack();
    await expectOpen(event, false);
    // The arrow keys, and a decade of the overview.
    await event.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.event__toggle', { hasText: 'Initial support for Khomeini' })).toBeFocused();
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expect(shown).toHaveCount(0);
    await page.getByRole('button', { name: '1990s: 5 events' }).click();
    await expectOpen(timelineGroup(page, 'Iraq'));
    const nineties = page.locator('.event__toggle', { hasText: /Implicated in actions against the Shia/ });
    await expect(nineties).toBeFocused();
    await expect(nineties).toBeInViewport();
    expect(await page.locator('html').getAttribute('data-app')).toBe('live');
    console.assertClean();
  });

  test('the profile\'s file comes with code of its own: without it, a view\'s page is live on what it was written with', async ({ page }) => {
    const FILE_CODE = /\/(pack|split)_profile_file-[0-9a-f]+\.wasm$/;
    await page.route(FILE_CODE, (route) => route.abort('internetdisconnected'));
    // The timeline's and the diagram's pages come alive without it: their controls and
    // previews read no file.
    await page.goto(`${BASE}p/mek/timeline/`);
    await expect(page.locator(LIVE)).toHaveCount(1);
    await page.getByRole('searchbox', { name: 'Filter events' }).fill('EU');
    await expect(page.locator('.timeline__count')).toContainText('2 of 31 events match');
    await page.locator('.event:visible .event__toggle').first().click();
    await page.locator('.event:visible .event__text a[data-note]').first().hover();
    await expect(page.locator('#note-preview')).toBeVisible();
    // What reads the file (the view's code, the tools) never takes the page over.
    await page.waitForTimeout(500);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
    const notice = page.getByRole('alert').filter({ hasText: 'Part of this page could not be loaded' });
    await expect(notice).toBeHidden();
    await page.goto(`${BASE}p/mek/diagram/`);
    await expect(page.locator(LIVE)).toHaveCount(1);
    const diagram = new DiagramPage(page);
    await diagram.chip('Designating authority').click();
    await expect(diagram.status).toHaveText('3 of 22 relationships');
    await page.waitForTimeout(500);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
    await expect(notice).toBeHidden();
    // The page preloaded the file; the code that would fetch it never came.
    const fetchedBy = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/data/profiles/mek.json')).map((e) => e.initiatorType));
    expect(fetchedBy).toEqual(['link']);
  });

  test('a profile file damaged after the build: the part that reads it says what is wrong and where', async ({ page }) => {
    // A wrong value's type, as an author's edit leaves it: the message names its line, its
    // column and the value (which the browser's build has serde leave out, and puts back).
    const text = JSON.stringify({ ...mek, format: 'one' }, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"format": "one"'));
    const column = text.split('\n')[line].indexOf('"one"') + '"one"'.length;
    await page.route('**/data/profiles/mek.json', (route) => route.fulfill({ contentType: 'application/json', body: text }));
    await page.goto(`${BASE}p/mek/diagram/`);
    const error = page.getByRole('alert').filter({ hasText: 'This profile file is damaged' });
    await expect(error).toContainText(`data/profiles/mek.json: line ${line + 1}, column ${column}: invalid type: string "one", expected u32`);
    await expect(error.getByRole('button', { name: 'Try again' })).toBeVisible();
    // In the view's place: the page around it stays, its name and its views.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(mek.name);
    await expect(page.locator('.views__link')).toHaveCount(4);
  });

  test('a page whose first code cannot be had stays as written and says so, without the controls nothing will make work', async ({ page }) => {
    const FIRST_CODE = /\/(pack|split)_written_diagram-[0-9a-f]+\.wasm$/;
    await page.route(FIRST_CODE, (route) => route.abort('internetdisconnected'));
    const notice = page.getByRole('alert').filter({ hasText: 'Part of this page could not be loaded' });
    await page.goto(`${BASE}p/mek/diagram/`);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'static');
    await expect(notice).toBeVisible();
    await expect(page.locator('.diagram__controls')).toBeHidden();
    await expect(page.locator('.views__link').first()).toBeVisible();
    await expect(page.locator('table tbody tr')).toHaveCount(22);
    await expect(page.locator('table tbody tr').first()).toBeVisible();
    // Trying again loads the page again: with the code here, it comes alive.
    await page.unroute(FIRST_CODE);
    await notice.getByRole('link', { name: 'Try again' }).click();
    await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
    await expect(notice).toBeHidden();
    await expect(page.locator('.diagram__controls')).toBeVisible();
  });

  test('the diagram\'s controls work on the picture and the table the page was written with, before the diagram\'s code comes', async ({ page }) => {
    const console = watchConsole(page);
    // The view's code never comes: the page's first step alone.
    await page.route(DIAGRAM_CODE, () => {});
    await page.goto(`${BASE}p/mek/diagram/?type=designating_authority`);
    await expect(page.locator(LIVE)).toHaveCount(1);
    const diagram = new DiagramPage(page);
    const rows = page.locator('table.rel-table tbody tr:visible');
    const clear = page.getByRole('button', { name: 'Clear filters' });
    // The address's state, which the page was not written with, is shown.
    await expect(diagram.chip('Designating authority')).toHaveAttribute('aria-pressed', 'true');
    await expect(diagram.status).toHaveText('3 of 22 relationships');
    await expect(rows).toHaveCount(3);
    await expect(page.locator('.rel-table__caption')).toHaveText(/^3 of 22 relationships of /);
    expect(await shownLinks(page)).toEqual(['european-union-designation', 'islamic-republic-designation', 'united-states-designation']);
    await clear.click();
    await expect(diagram.status).toHaveText('22 relationships');
    await expect(clear).toBeHidden();
    await expect(page).toHaveURL(/\/p\/mek\/diagram\/$/);
    // The year: links and rows of other years go, actors left with none fade.
    await diagram.slider.fill('1990');
    await expect(page).toHaveURL(/diagram\/\?year=1990$/);
    await expect(diagram.status).toContainText('of 22 relationships active in 1990 (including');
    await expect(page.locator('.diagram__year')).toHaveText('1990');
    const in1990 = await shownLinks(page);
    expect(in1990).toContain('iraq-saddam-sponsor');
    expect(in1990).toContain('nla-wing'); // undated
    expect(in1990).not.toContain('france-host');
    await expect(rows).toHaveCount(in1990.length);
    await expect(page.locator('svg.diagram__svg:visible .node[data-actor="shah"]')).toHaveAttribute('fill-opacity', '0.4');
    await expect(page.getByRole('button', { name: /^All years/ })).toHaveAttribute('aria-pressed', 'false');
    // The table instead of the picture; back to the picture.
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(page).toHaveURL(/\?year=1990&view=table$/);
    await expect(page.locator('svg.diagram__svg:visible')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Download SVG' })).toBeHidden();
    await expect(rows.first()).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\?year=1990$/);
    await expect(page.locator('svg.diagram__svg:visible')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Table', exact: true })).toHaveAttribute('aria-pressed', 'false');
    // Play runs the years on from the chosen one, with no history entry; Pause stops it.
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Play' }).click();
    const pause = page.getByRole('button', { name: 'Pause' });
    await expect(pause).toHaveAttribute('aria-pressed', 'true');
    await expect(diagram.status).toContainText('active in 1991');
    await pause.click();
    await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
    const stopped = await diagram.slider.inputValue();
    await page.waitForTimeout(1200);
    expect(await diagram.slider.inputValue()).toBe(stopped);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // Types, with the year's counts.
    await diagram.chip('Host').click();
    await expect(page).toHaveURL(new RegExp(`\\?year=${stopped}&type=host$`));
    await page.getByRole('button', { name: /^All years/ }).click();
    await expect(diagram.status).toHaveText(/^\d of 22 relationships$/);
    await expect(page).toHaveURL(/\?type=host$/);
    expect(await page.locator('html').getAttribute('data-app')).toBe('live');
    console.assertClean();
  });

  test('the written diagram shows each state as the app\'s view then shows it', async ({ page }) => {
    const seen = () => page.evaluate(() => {
      const svg = [...document.querySelectorAll('svg.diagram__svg')].find((s) => s.checkVisibility());
      const texts = (selector) => [...document.querySelectorAll(selector)].filter((e) => e.checkVisibility())
        .map((e) => `${e.textContent} ${e.getAttribute('aria-pressed')}`);
      return {
        controls: texts('.diagram__controls button, .diagram__year, .diagram__count'),
        rows: texts('.rel-table tbody tr th, .rel-table__caption'),
        links: svg ? [...svg.querySelectorAll('.link')].filter((l) => l.getAttribute('visibility') !== 'hidden').map((l) => l.dataset.relationship).sort() : [],
        faded: svg ? [...svg.querySelectorAll('.node[fill-opacity="0.4"]')].map((n) => n.dataset.actor).sort() : [],
      };
    });
    for (const query of ['year=1990', 'type=supporter,host&year=1981', 'year=2010&view=table', 'type=counterterrorism,target', 'year=1995&type=state_sponsor,wing']) {
      await page.route(DIAGRAM_CODE, () => {});
      await page.goto(`${BASE}p/mek/diagram/?${query}`);
      await expect(page.locator(LIVE)).toHaveCount(1);
      const written = await seen();
      expect(written.rows.length, query).toBeGreaterThan(1);
      await page.unrouteAll();
      await page.goto(`${BASE}p/mek/diagram/?${query}`);
      await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
      await expect(page.locator('body[data-prerendered]')).toHaveCount(0);
      expect(await seen(), query).toEqual(written);
    }
  });

  test('the diagram\'s code takes over the written diagram in the state the reader left it, with no change on screen', async ({ page }) => {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(DIAGRAM_CODE, async (route) => { await held; await route.continue(); });
    await page.goto(`${BASE}p/mek/diagram/`);
    await expect(page.locator(LIVE)).toHaveCount(1);
    const diagram = new DiagramPage(page);
    await diagram.slider.fill('1985');
    await diagram.chip('Target').click();
    await diagram.chip('Host').click();
    await expect(page).toHaveURL(/\?year=1985&type=host,target$/);
    const boxes = () => page.evaluate(() => [...document.querySelectorAll('.diagram *')].filter((e) => e.checkVisibility({ visibilityProperty: true }))
      .map((e) => { const r = e.getBoundingClientRect(); return `${e.tagName} ${(e.innerText ?? e.textContent).slice(0, 30)} ${e.getAttribute('fill-opacity')} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`; }));
    const before = await boxes();
    expect(before.length).toBeGreaterThan(50);
    release();
    await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
    await expect(page.locator('body[data-prerendered]')).toHaveCount(0);
    // The same elements where they were: the controls, the picture's every item, the table.
    expect(await boxes()).toEqual(before);
    // The app's view, now: its controls go on from that state.
    await diagram.chip('Host').click();
    await expect(page).toHaveURL(/\?year=1985&type=target$/);
    await expect(diagram.status).toContainText('active in 1985');
  });

  test('the timeline\'s code takes over the written timeline in the state the reader left it, with no change on screen', async ({ page }) => {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(/\/(pack|split)_timeline-[0-9a-f]+\.wasm$/, async (route) => { await held; await route.continue(); });
    await page.goto(`${BASE}p/mek/timeline/`);
    await expect(page.locator(LIVE)).toHaveCount(1);
    await page.locator('.chip', { hasText: 'Attack' }).click();
    await page.getByRole('searchbox', { name: 'Filter events' }).fill('embassy');
    const event = page.locator('.event__toggle', { hasText: 'Alleged role in the U.S. Embassy takeover' });
    await event.click();
    await expect(page).toHaveURL(/\?open=all&cat=attack&q=embassy&event=embassy-takeover$/);
    const boxes = () => page.evaluate(() => [...document.querySelectorAll('.timeline *')].filter((e) => e.checkVisibility())
      .map((e) => { const r = e.getBoundingClientRect(); return `${e.getAttribute('class')?.replace(/\s+/g, ' ')} ${e.textContent.slice(0, 30)} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`; }));
    const before = await boxes();
    expect(before.length).toBeGreaterThan(20);
    release();
    await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
    expect(await boxes()).toEqual(before);
    // The app's view, now: its controls go on from that state.
    await page.locator('.chip', { hasText: 'Attack' }).click();
    await expect(page).toHaveURL(/\?open=all&q=embassy&event=embassy-takeover$/);
    await expect(page.locator('.timeline__status')).toContainText(/\d+ of 31 events match/);
  });

  test('shows the state an address asks for, which the page written for its path could not', async ({ page }) => {
    await page.goto(`${BASE}p/mek/timeline/?open=iraq-1981`);
    await expect(page.locator(LIVE)).toHaveCount(1);
    await expect(page.locator('.timeline__group-details[open]')).toHaveCount(1);
    await expectOpen(timelineGroup(page, 'Iraq'));
    await expect(page).toHaveURL(/\?open=iraq-1981$/);
  });

  test('keeps what the reader typed or set before it came: a filter, the year, the previews switch', async ({ page }) => {
    const release = await holdApp(page);
    await page.goto(`${BASE}p/mek/timeline/`, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('body[data-prerendered]')).toHaveCount(1);
    await page.getByRole('searchbox', { name: 'Filter events' }).fill('embassy');
    await page.getByRole('switch', { name: 'Footnote previews' }).uncheck();
    release();
    await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
    await expect(page).toHaveURL(/[?&]q=embassy/);
    await expect(page.locator('.timeline__status')).toContainText(/\d+ of 31 events match/);
    await expect(page.getByRole('searchbox', { name: 'Filter events' })).toHaveValue('embassy');
    await expect(page.getByRole('switch', { name: 'Footnote previews' })).not.toBeChecked();

    await page.unrouteAll();
    const releaseDiagram = await holdApp(page);
    await page.goto(`${BASE}p/mek/diagram/`, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('body[data-prerendered]')).toHaveCount(1);
    await page.getByRole('slider', { name: 'Year' }).fill('1990');
    releaseDiagram();
    await expect(page.locator(LIVE)).toHaveCount(1);
    await expect(page).toHaveURL(/[?&]year=1990/);
    await expect(page.locator('.diagram__status')).toContainText('active in 1990');
  });

  test('an address of a place in the page lands on it, and the app keeps it there', async ({ page }) => {
    await page.goto(`${BASE}p/mek/#note-12`);
    await expect(page.locator(LIVE)).toHaveCount(1);
    await expect(page.locator('#note-12')).toBeInViewport();
  });
});

test.describe('the view is the page', () => {
  // On a view's page the title block folds to the name, so that the first screen is the view.
  for (const [width, height] of [[375, 667], [1280, 800]]) {
    for (const [path, first] of [['p/mek/timeline/', '.event__toggle'], ['p/mek/diagram/', 'svg.diagram__svg .node']]) {
      test(`at ${width}×${height} the first screen of ${path} shows ${first}`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await page.goto(path);
        await expect(page.locator('h1')).toHaveText(mek.name);
        const top = await page.locator(first).first().evaluate((e) => e.getBoundingClientRect().top);
        expect(top).toBeLessThan(height - 40);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      });
    }
  }
});

test.describe('older addresses', () => {
  test('a fragment route on the root page lands on the same view in the same state', async ({ page }) => {
    await page.goto(`${BASE}#/p/mek/timeline?open=iraq-1981`);
    await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible();
    await expect(page.locator('.timeline__group-details[open]')).toHaveCount(1);
  });

  test('a fragment route on a pre-rendered page is the view it names', async ({ page }) => {
    await page.goto(`${BASE}p/mek/#/p/mek/diagram?view=table`);
    await expect(page.locator('table tbody tr')).toHaveCount(mek.relationships.length);
  });
});

test('a profile added to data/ after the build is listed and rendered by the app', async ({ page }) => {
  const profile = await serveSynthetic(page, 40, 10);
  await page.goto(BASE);
  const link = page.getByRole('link', { name: profile.name });
  // No page of its own: the app's address on the root page.
  await expect(link).toHaveAttribute('href', `./#/p/${profile.id}`);
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: profile.name })).toBeVisible();
  await expect(page.locator('.section').first()).toBeVisible();
});
