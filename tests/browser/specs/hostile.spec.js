// Hostile profiles: markup, script URLs, bidi tricks, huge and deep inputs, broken
// references. Each either renders with its text shown as text (and unsafe links inert) or
// shows a clear error; no script ever runs, nothing panics, and the tab keeps answering.
import { readFileSync } from 'node:fs';
import { ProfilePage, DiagramPage, watchConsole, test, expect } from '../pages.js';

const mek = JSON.parse(readFileSync(new URL('../../../data/profiles/mek.json', import.meta.url), 'utf8'));
const PROFILE = '**/data/profiles/mek.json';
const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '<svg onload="window.__pwned = \'svg\'"></svg>',
  '<a href="javascript:window.__pwned = \'a\'">click</a>',
  '&lt;b&gt;not bold&amp;amp;',
];
const BAD_URLS = ['javascript:window.__pwned = "url"', 'data:text/html,<script>window.__pwned = 1</script>', 'vbscript:msgbox(1)', ' JaVaScRiPt:alert(1)'];
// Keys whose strings are identifiers, enums, dates or references: left alone so the profile stays loadable.
const KEEP = new Set(['id', 'actor', 'type', 'direction', 'certainty', 'period', 'date', 'kind', 'category', 'source', 'section', 'url', 'profile', 'authority', 'listed', 'delisted', 'quote', 'last_update']);

/** Appends a payload to every free-text string of the profile. */
function poison(value, payload, key = '') {
  if (typeof value === 'string') return KEEP.has(key) ? value : `${value} ${payload}`;
  if (Array.isArray(value)) return value.map((v) => poison(v, payload, key === 'aliases' || key === 'ideology' ? '' : key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'last_update' ? v : poison(v, payload, k)]));
  }
  return value;
}

async function serve(page, profile) {
  await page.route(PROFILE, (route) => route.fulfill({ contentType: 'application/json', body: typeof profile === 'string' ? profile : JSON.stringify(profile) }));
}

/** Visits every view of the profile and returns whether a payload ever ran. */
async function visitAll(page) {
  const reader = new ProfilePage(page);
  await reader.open();
  await expect(page.locator('.profile')).toBeVisible();
  await reader.hover(reader.marker(1));
  await expect(reader.preview).toBeVisible();
  await page.goto('#/p/mek/timeline?open=all');
  await expect(page.locator('.event').first()).toBeVisible();
  await page.locator('.event__toggle').first().click();
  const diagram = new DiagramPage(page);
  await diagram.open();
  await diagram.centre().focus();
  await page.keyboard.press('ArrowRight');
  await expect(diagram.card).toBeVisible();
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(diagram.table).toBeVisible();
  return page.evaluate(() => window.__pwned);
}

for (const payload of PAYLOADS) {
  test(`markup in every text field stays text: ${payload.slice(0, 24)}`, async ({ page }) => {
    const console = watchConsole(page);
    const hostile = poison(mek, payload);
    await serve(page, hostile);
    expect(await visitAll(page)).toBeUndefined();
    // The text shows literally: the table's first counterpart ends with the payload.
    await expect(page.locator('.rel-table tbody th').first()).toContainText(payload);
    await page.goto('#/p/mek');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${mek.name} ${payload}`);
    expect(await page.evaluate(() => document.querySelectorAll('.profile script, .profile img, .profile iframe, .profile [onerror], .profile [onload]').length)).toBe(0);
    console.assertClean();
  });
}

test('javascript:, data: and vbscript: links are shown inert, never as links', async ({ page }) => {
  const console = watchConsole(page);
  const hostile = structuredClone(mek);
  hostile.notes.slice(0, BAD_URLS.length).forEach((note, i) => { note.url = BAD_URLS[i]; });
  hostile.sources.slice(0, BAD_URLS.length).forEach((source, i) => { source.url = BAD_URLS[i]; });
  await serve(page, hostile);
  const reader = new ProfilePage(page);
  await reader.open('mek', 'notes');
  // The app names the problem (the validator's words)…
  await expect(reader.alert).toContainText('http');
  // …and no element anywhere links to those schemes.
  for (const n of [1, 2, 3, 4]) {
    await reader.hover(reader.marker(n));
    await expect(reader.preview).toBeVisible();
    await reader.pointAway();
  }
  const unsafe = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => !/^(https?:|#|data\/)/i.test(h.trim())));
  expect(unsafe).toEqual([]);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  console.assertClean();
});

test('right-to-left overrides and zero-width characters in names render as text', async ({ page }) => {
  const hostile = structuredClone(mek);
  hostile.actors[0].name = '\u202Eevil\u202C\u200B\u200D\uFEFF Regime';
  hostile.name = `\u202E${mek.name}`;
  await serve(page, hostile);
  const diagram = new DiagramPage(page);
  await diagram.open();
  await expect(diagram.node(mek.actors[0].id)).toContainText('evil');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Khalq');
});

test('100 KB strings are cut in the diagram and wrap on the page without freezing it', async ({ page }) => {
  const console = watchConsole(page);
  const hostile = structuredClone(mek);
  hostile.actors[0].name = 'Long'.repeat(25_000);
  hostile.sections[0].heading = 'word '.repeat(20_000);
  hostile.notes[0].text = 'x'.repeat(100_000);
  await serve(page, hostile);
  const diagram = new DiagramPage(page);
  await diagram.open();
  const label = diagram.node(mek.actors[0].id).locator('tspan');
  await expect(label).toHaveCount(5);
  await expect(label.last()).toHaveText(/…$/);
  await page.goto('#/p/mek');
  await expect(page.locator('.section > h2').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  console.assertClean();
});

test('lists nested 200 deep get a clear error, not a crash', async ({ page }) => {
  const hostile = structuredClone(mek);
  let item = { text: ['bottom'] };
  for (let i = 0; i < 200; i++) item = { text: [`level ${i}`], items: [item] };
  hostile.sections[0].blocks.push({ list: [item] });
  await serve(page, hostile);
  const reader = new ProfilePage(page);
  await reader.open();
  await expect(page.getByRole('heading', { name: 'This profile file is damaged' })).toBeVisible();
  await expect(page.locator('main')).toContainText('nested too deeply (more than 128 levels');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

// 10,000 notes in 10 MB: the page shows while the notes are still being built a slice per
// frame, and the tab keeps answering throughout (it used to block for ~12 s: see README).
test('10,000 notes in a 10 MB profile load, render and keep answering', async ({ page }) => {
  test.setTimeout(120_000);
  const hostile = structuredClone(mek);
  const filler = ' Lorem ipsum dolor sit amet.'.repeat(36);
  for (let n = 60; n <= 10_000; n++) {
    hostile.notes.push({ number: n, text: `Synthetic note ${n}.${filler}`, source: mek.sources[0].id });
  }
  hostile.sections[1].blocks.push({ paragraph: ['Many notes:', ...Array.from({ length: 10_000 - 59 }, (_, i) => ({ note: i + 60 }))] });
  const body = JSON.stringify(hostile);
  expect(body.length).toBeGreaterThan(10_000_000);
  await serve(page, body);
  const reader = new ProfilePage(page);
  await reader.open();
  await reader.loaded();
  // While the notes are built, the page answers a script within a second, every time.
  const slowest = [];
  let built = 0;
  while (built < 10_000) {
    const start = Date.now();
    built = await page.evaluate(() => document.querySelectorAll('.notes__item').length);
    slowest.push(Date.now() - start);
    await page.waitForTimeout(100);
  }
  expect(Math.max(...slowest), `probe round trips (ms): ${slowest.join(' ')}`).toBeLessThan(1_000);
  await expect(reader.notes).toHaveCount(10_000);
  // The last note is on the page, with its number; a click on a tab is handled promptly.
  await expect(page.locator('#note-10000')).toHaveAttribute('data-number', '10000');
  // A real mouse click (Playwright's own actionability checks take seconds on a page this big).
  const tab = await page.getByRole('link', { name: 'Timeline' }).boundingBox();
  const t0 = Date.now();
  await page.mouse.click(tab.x + tab.width / 2, tab.y + tab.height / 2);
  await expect(page.locator('.timeline')).toBeVisible();
  expect(Date.now() - t0).toBeLessThan(2_000);
});

test('duplicate ids, dangling references, self-links and cycles are named, and the rest renders', async ({ page }) => {
  const console = watchConsole(page);
  const hostile = structuredClone(mek);
  hostile.sections[1].id = hostile.sections[0].id; // duplicate
  hostile.relationships.push({ ...mek.relationships[0], id: 'ghost', actor: 'nobody' }); // dangling actor
  hostile.actors[0].profile = 'mek'; // a link to itself
  hostile.actors[1].profile = 'mek';
  hostile.relationships.push({ ...mek.relationships[0], id: mek.relationships[1].id }); // duplicate id
  await serve(page, hostile);
  const reader = new ProfilePage(page);
  await reader.open();
  await expect(reader.alert).toContainText('duplicate');
  await expect(reader.alert).toContainText('nobody');
  const diagram = new DiagramPage(page);
  await diagram.open();
  await expect(diagram.page.locator('.node[data-actor]')).toHaveCount(mek.actors.length);
  await diagram.node(mek.actors[0].id).locator('.node__box').click();
  await expect(page).toHaveURL(/#\/p\/mek$/);
  console.assertClean();
});

for (const [what, period, expected] of [
  ['a range that ends before it starts', '2010/1990', 'ends before it starts'],
  ['an impossible day', '2015-02-30', 'has no day 30'],
  ['a month 13', '2015-13', 'no month 13'],
]) {
  test(`a date with ${what} is named with its JSON path`, async ({ page }) => {
    const hostile = structuredClone(mek);
    hostile.relationships[0].period = period;
    await serve(page, hostile);
    const reader = new ProfilePage(page);
    await reader.open();
    await expect(page.locator('main')).toContainText('$.relationships[0].period');
    await expect(page.locator('main')).toContainText(expected);
  });
}
