// Page objects: what a reader sees and does, in the app's own terms.
import { test as base, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export { expect };

/** Every test fails on a Content-Security-Policy violation (the server sends the app's policy). */
export const test = base.extend({
  page: async ({ page }, use) => {
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
    });
    // A pre-rendered page is read before the app takes it over: a step waits for the app,
    // unless it says what to wait for (`waitUntil`, to look at the page before the app comes).
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (options?.waitUntil) return response;
      await page.waitForFunction(() => !document.body?.hasAttribute('data-prerendered') || document.documentElement.hasAttribute('data-app'))
        .catch(() => {});
      return response;
    };
    await use(page);
    const violations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
    expect(violations, violations.join('\n')).toEqual([]);
  },
});

/** A pre-rendered page the app has taken over: its first parts, or all of them. */
export const LIVE = 'html[data-app="live"], html[data-app="whole"]';

/** Where the test server puts the app: a sub-path, as on any static host. */
export const BASE = `http://127.0.0.1:${process.env.PORT ?? 8787}/some/sub/path/`;

/** A host site on another origin (tests/browser/host-server.mjs), for embedding. */
export const HOST = `http://127.0.0.1:${process.env.HOST_PORT ?? 8788}/`;

const repo = new URL('../../', import.meta.url).pathname;

/** A synthetic profile (`dossier-synth EVENTS ACTORS`, named "not real data") served to the
 * page as if it were in `data/` and in the catalog. Returns the profile. */
export async function serveSynthetic(page, events, actors) {
  const synth = ['debug', 'release'].map((p) => join(repo, 'target', p, 'dossier-synth')).find(existsSync);
  const profile = JSON.parse(execFileSync(synth, [String(events), String(actors)]).toString());
  const catalog = JSON.parse(readFileSync(join(repo, 'data/index.json'), 'utf8'));
  catalog.profiles.push({ id: profile.id, name: profile.name, last_update: profile.last_update.text });
  await page.route('**/data/index.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(catalog) }));
  await page.route(`**/data/profiles/${profile.id}.json`, (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(profile) }));
  return profile;
}

/** Fails the test on any uncaught error or console error (a panic prints one). */
export function watchConsole(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  return { assertClean: () => expect(errors, errors.join('\n')).toEqual([]) };
}

export class CatalogPage {
  constructor(page) {
    this.page = page;
    this.search = page.getByRole('searchbox', { name: 'Search by name or alias' });
    this.entries = page.locator('.catalog__entry');
    this.count = page.locator('.catalog__count');
  }
  async open(hash = '#/') {
    await this.page.goto(hash);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Profiles' })).toBeVisible();
  }
  link(name) {
    return this.page.getByRole('link', { name });
  }
}

export class ProfilePage {
  constructor(page) {
    this.page = page;
    this.name = page.getByRole('heading', { level: 1 });
    this.sectionHeadings = page.locator('.profile__body .section > h2');
    this.toc = page.getByRole('navigation', { name: 'Contents' });
    this.notes = page.locator('.notes__item');
    this.alert = page.getByRole('alert');
  }
  async open(id = 'mek', anchor = '') {
    await this.page.goto(`#/p/${id}${anchor ? '/' + anchor : ''}`);
  }
  /** The profile itself is here, not only its title block (drawn from the catalog while it loads). */
  async loaded() {
    await expect(this.name).toHaveText('Mujahedin-E Khalq (MEK)');
    await expect(this.page.getByRole('navigation', { name: 'Views of this profile' })).toBeVisible();
  }
  marker(number) {
    return this.page.locator('.profile__body .ref__link', { hasText: `[${number}]` }).first();
  }
  get preview() {
    return this.page.getByRole('dialog');
  }
  get previewsSwitch() {
    return this.page.getByRole('switch', { name: 'Footnote previews' });
  }
  async hover(locator) {
    await locator.scrollIntoViewIfNeeded();
    const box = await locator.boundingBox();
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
  }
  /** Moves the pointer far from any marker or preview. */
  async pointAway() {
    await this.page.mouse.move(2, 2, { steps: 2 });
  }
}

/** Whether box a lies inside the viewport, and does not overlap box b. */
export function insideAndApart(a, b, viewport) {
  const inside = a.x >= 0 && a.y >= 0 && a.x + a.width <= viewport.width + 0.5 && a.y + a.height <= viewport.height + 0.5;
  const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  return inside && !overlap;
}

export const SEED_HEADINGS = [
  'Aliases', 'History', 'Home Base', 'Founding Year', 'Ideology', 'Specific Goals', 'Political Activity',
  'Financing', 'Leadership and Structure over Time', 'Strength', 'Allies and Suspected Allies',
  'Rivals and Enemies', 'Counterterrorism Efforts', 'United States Government Designations',
  'Other Governments’ Designations',
];

/** A timeline group's toggle, by the group's name. */
export const timelineGroup = (page, name) =>
  page.locator('.timeline__group-toggle', { has: page.locator('.timeline__group-label', { hasText: new RegExp(`^${name}$`) }) });

/** Whether a <summary>'s disclosure is open (what a screen reader hears as expanded). */
export async function expectOpen(summary, open = true) {
  const details = summary.locator('xpath=..');
  await (open ? expect(details).toHaveAttribute('open', '') : expect(details).not.toHaveAttribute('open'));
}

export class TimelinePage {
  constructor(page) {
    this.page = page;
    this.root = page.locator('.timeline');
    this.groups = page.locator('.timeline__group-toggle');
    this.status = page.locator('.timeline__count');
    this.search = page.getByRole('searchbox', { name: 'Filter events' });
    this.visibleEvents = page.locator('.event:visible .event__toggle');
  }
  async open(query = '') {
    await this.page.goto(`#/p/mek/timeline${query ? '?' + query : ''}`);
    await expect(this.root.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  }
  // A group's and an event's toggle are the <summary> of a <details> (Chromium names it a
  // disclosure button; Playwright's roles do not), open when its <details> is.
  group(name) {
    return timelineGroup(this.page, name);
  }
  chip(name) {
    return this.page.locator('.chip', { hasText: name });
  }
  event(title) {
    return this.page.locator('.event__toggle', { hasText: title });
  }
}

export class DiagramPage {
  constructor(page) {
    this.page = page;
    this.root = page.locator('.diagram');
    this.svg = page.locator('svg.diagram__svg');
    this.status = page.locator('.diagram__count');
    this.slider = page.getByRole('slider', { name: 'Year' });
    this.card = page.locator('.diagram-card');
    this.table = page.locator('table.rel-table');
    this.viewport = page.locator('.diagram__viewport');
  }
  async open(query = '', id = 'mek') {
    await this.page.goto(`#/p/${id}/diagram${query ? '?' + query : ''}`);
    await expect(this.root.getByRole('heading', { name: 'Allies and rivals', level: 2 })).toBeVisible();
  }
  node(actor) {
    return this.page.locator(`.node[data-actor="${actor}"]`);
  }
  link(relationship) {
    return this.page.locator(`.link[data-relationship="${relationship}"]`);
  }
  centre() {
    return this.page.locator('.node--centre');
  }
  chip(name) {
    return this.root.locator('.chip', { hasText: name });
  }
  /** The relationship ids of the links drawn now. */
  visibleLinks() {
    return this.page.locator('.link:not([visibility="hidden"])').evaluateAll((els) => els.map((e) => e.dataset.relationship).sort());
  }
  tableRows() {
    return this.table.locator('tbody tr').evaluateAll((els) => els.map((e) => e.dataset.relationship).sort());
  }
  async setYear(year) {
    await this.slider.fill(String(year));
  }
  focused() {
    return this.page.evaluate(() => document.activeElement?.dataset?.actor ?? document.activeElement?.dataset?.relationship ?? document.activeElement?.dataset?.item ?? document.activeElement?.id);
  }
}

/** A host site's page that embeds Dossier views (served from another origin, strict CSP). */
export class HostPage {
  constructor(page) {
    this.page = page;
    this.iframes = page.locator('iframe');
  }
  /** Publishes a page on the host site with `body` in its column, and opens it. */
  async open(name, body) {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host: ${name}</title>`
      + `<link rel="stylesheet" href="/host.css"></head><body><div class="column"><h1>An article on a host site</h1>`
      + `<p>Text before the embeds.</p>${body}<p>Text after the embeds.</p></div></body></html>`;
    const response = await fetch(`${HOST}pages/${name}`, { method: 'PUT', body: html });
    expect(response.status).toBe(204);
    await this.page.goto(`${HOST}pages/${name}`);
  }
  /** The embedded app's frame of the n-th iframe. */
  async frame(n) {
    const handle = await this.iframes.nth(n).elementHandle();
    return handle.contentFrame();
  }
  /** [iframe height, its content's height] for the n-th iframe, once it is in view. */
  async heights(n) {
    await this.iframes.nth(n).scrollIntoViewIfNeeded();
    const frame = await this.frame(n);
    const content = await frame.evaluate(() => document.querySelector('.embed')?.getBoundingClientRect().height ?? 0);
    const outer = await this.iframes.nth(n).evaluate((f) => f.getBoundingClientRect().height);
    return [outer, content];
  }
  /** Waits until the n-th iframe is drawn (its part, not a loading line) and as tall as its
   * content (to the pixel), and returns that height. */
  async sizedToContent(n) {
    let last = [0, 0];
    await expect.poll(async () => {
      const loading = await (await this.frame(n)).locator('.status--loading').count();
      last = await this.heights(n);
      return loading === 0 && last[1] > 100 && Math.abs(last[0] - Math.ceil(last[1])) <= 1;
    }, { timeout: 15_000 }).toBe(true);
    return last[0];
  }
}
