// Embedding: the "Embed" dialog's snippet, pasted into a host site on another origin under a
// strict CSP; iframes sized to their content; the message protocol; Pym.js; oEmbed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, HOST, LIVE, HostPage, expectOpen, timelineGroup, test, expect, watchConsole } from '../pages.js';

const APP_ORIGIN = new URL(BASE).origin;
const repo = new URL('../../../', import.meta.url).pathname;

/** Opens a view, asks for its snippet, and returns it (optionally after choosing a part). */
async function snippetFrom(page, hash, part) {
  await page.goto(hash);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed in your site' });
  await expect(dialog).toBeVisible();
  if (part) await dialog.getByLabel('What to embed').selectOption({ label: part });
  const snippet = await dialog.getByLabel('Snippet').inputValue();
  await page.keyboard.press('Escape');
  return snippet;
}

/** Every request the page and its frames make, by URL. */
function recordRequests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** The CSP violations inside each embedded frame (the fixture checks the host page itself). */
async function frameViolations(host) {
  const all = [];
  for (let n = 0; n < (await host.iframes.count()); n++) {
    const frame = await host.frame(n);
    all.push(...(await frame.evaluate(() => window.__cspViolations ?? [])));
  }
  return all;
}

test.describe('the Embed dialog', () => {
  test('builds a snippet for the view on show, with its state, theme and accent, and copies it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('#/p/mek/diagram?year=1990');
    const button = page.getByRole('button', { name: 'Embed' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Embed in your site' });
    await expect(dialog).toBeVisible();
    const snippet = dialog.getByLabel('Snippet');
    const what = dialog.getByLabel('What to embed');
    await expect(what.locator('option:checked')).toHaveText('Allies and rivals');

    const html = await snippet.inputValue();
    const src = `${BASE}p/mek/embed/diagram/?childId=dossier-mek-diagram#/p/mek/diagram?year=1990`;
    expect(html).toContain(`<iframe src="${src}"`);
    expect(html).toContain('title="Mujahedin-E Khalq (MEK) — Allies and rivals (Dossier)"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
    expect(html).toContain(`<a href="${BASE}p/mek/diagram/?year=1990">`);
    expect(html).toContain(`<script src="${BASE}embed.js" async></script>`);

    // Without the current state, then dark with an accent.
    await dialog.getByLabel(/Start where this view is now/).uncheck();
    await expect(snippet).toHaveValue(/embed\/diagram\/\?childId=dossier-mek-diagram" title=/);
    await dialog.getByLabel('Dark').check();
    await dialog.getByLabel('Use an accent colour').check();
    await dialog.locator('input[type="color"]').fill('#b00020');
    await expect(snippet).toHaveValue(/embed\/diagram\/\?theme=dark&amp;accent=b00020&amp;childId=dossier-mek-diagram"/);

    // Another part: one section; the state option does not apply to it.
    await what.selectOption({ label: 'Section: History' });
    await expect(snippet).toHaveValue(/p\/mek\/embed\/history\/\?theme=dark&amp;accent=b00020&amp;childId=dossier-mek-history"/);
    await expect(dialog.getByLabel(/Start where this view is now/)).toBeHidden();

    await dialog.getByRole('button', { name: 'Copy snippet' }).click();
    await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());

    // A modal dialog: Escape closes it and focus goes back to the button.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });
});

test.describe('embedded in a host site on another origin', () => {
  test('the timeline and the diagram are sized to their content: after load, after expanding every group, after a resize', async ({ page }) => {
    const timeline = await snippetFrom(page, '#/p/mek/timeline');
    const diagram = await snippetFrom(page, '#/p/mek/diagram');
    const console = watchConsole(page);
    const requests = recordRequests(page);
    const host = new HostPage(page);
    await host.open('sized', `${timeline}\n<p>Between the embeds.</p>\n${diagram}`);
    await expect(host.iframes).toHaveCount(2);

    const before = await host.sizedToContent(0);
    await host.sizedToContent(1);

    // Open every timeline group: the frame grows with its content.
    const frame = await host.frame(0);
    await frame.getByRole('button', { name: 'Expand all' }).click();
    await expect.poll(async () => (await host.heights(0))[0]).toBeGreaterThan(before + 500);
    const expanded = await host.sizedToContent(0);

    // A phone-width window: both reflow, and follow.
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await host.sizedToContent(0)).not.toBe(expanded);
    await host.sizedToContent(1);

    // Nothing leaves the app's origin but the host page itself; nothing is stored.
    const foreign = requests.filter((url) => !url.startsWith(APP_ORIGIN) && !url.startsWith(HOST));
    expect(foreign).toEqual([]);
    const fromHostOrigin = requests.filter((url) => url.startsWith(HOST)).map((url) => new URL(url).pathname);
    expect(fromHostOrigin.every((p) => p === '/pages/sized' || p === '/host.css' || p === '/favicon.ico')).toBe(true);
    expect(await page.context().cookies()).toEqual([]);
    for (const n of [0, 1]) {
      const f = await host.frame(n);
      expect(await f.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
    }
    expect(await frameViolations(host)).toEqual([]);
    console.assertClean();
  });

  test('an embed answers only its own well-formed Pym width message, with its size and id and nothing else', async ({ page }) => {
    const timeline = await snippetFrom(page, '#/p/mek/timeline');
    const host = new HostPage(page);
    await host.open('messages', timeline);
    const height = await host.sizedToContent(0);
    const frame = await host.frame(0);
    const hashBefore = await frame.evaluate(() => location.hash);

    // The host page records what the embed posts.
    await page.evaluate(() => {
      window.__received = [];
      window.addEventListener('message', (e) => window.__received.push(e.data));
    });
    const send = (messages) => page.locator('iframe').evaluate((f, list) => {
      for (const m of list) f.contentWindow.postMessage(m, '*');
    }, messages);
    await send([
      'pymxPYMxsomeone-elsexPYMxwidthxPYMx600',
      'pymxPYMxdossier-mek-timelinexPYMxwidthxPYMx600px',
      'pymxPYMxdossier-mek-timelinexPYMxnavigateToxPYMxhttps://evil.example/',
      'pymxPYMxdossier-mek-timelinexPYMxscrollToChildPosxPYMx0',
      '{"sentinel":"amp","type":"embed-size","height":1}',
      { sentinel: 'amp', type: 'embed-size', height: 1 },
      { type: 'navigate', hash: '#/p/mek/diagram' },
      null,
      42,
    ]);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.__received)).toEqual([]);
    expect(await frame.evaluate(() => location.hash)).toBe(hashBefore);

    await send(['pymxPYMxdossier-mek-timelinexPYMxwidthxPYMx600']);
    await expect.poll(() => page.evaluate(() => window.__received.length)).toBe(2);
    expect(await page.evaluate(() => window.__received)).toEqual([
      `pymxPYMxdossier-mek-timelinexPYMxheightxPYMx${height}`,
      { sentinel: 'amp', type: 'embed-size', height, id: 'dossier-mek-timeline' },
    ]);
  });

  test('the host script ignores a size message that does not come from a Dossier frame', async ({ page }) => {
    const timeline = await snippetFrom(page, '#/p/mek/timeline');
    const host = new HostPage(page);
    await host.open('forged', timeline);
    const height = await host.sizedToContent(0);
    // The host page itself claims a size; so does a Dossier frame the script does not manage.
    await page.evaluate(() => window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 5 }, '*'));
    await page.evaluate((src) => {
      const other = document.createElement('iframe');
      other.src = src;
      other.title = 'Not managed';
      document.body.append(other);
    }, `${BASE}?embed#/p/mek/sources`);
    const other = page.getByTitle('Not managed');
    await expect.poll(async () => (await (await other.elementHandle()).contentFrame()).locator('.sources').count()).toBe(1);
    await page.waitForTimeout(500);
    expect((await host.heights(0))[0]).toBe(height);
    expect(await other.evaluate((f) => f.clientHeight)).toBe(150); // the browser's default
  });

  test('links that leave the embedded view open the full site in a new tab; the embed stays', async ({ page }) => {
    const timeline = await snippetFrom(page, '#/p/mek/timeline');
    const host = new HostPage(page);
    await host.open('links', timeline);
    await host.sizedToContent(0);
    const frame = await host.frame(0);
    await frame.getByRole('button', { name: 'Expand all' }).click();
    await expect.poll(() => frame.evaluate(() => location.hash)).toBe('#/p/mek/timeline?open=all');
    const marker = frame.locator('.ref__link').first();
    const note = (await marker.getAttribute('href')).split('#')[1];
    const [popup] = await Promise.all([page.waitForEvent('popup'), marker.click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(`${BASE}p/mek/#${note}`);
    expect(await frame.evaluate(() => location.hash)).toBe('#/p/mek/timeline?open=all');
    await expect(frame.getByRole('heading', { name: 'Timeline' })).toBeVisible();

    // The credit links to the same view in the full site.
    const credit = frame.locator('.embed__credit a');
    await expect(credit).toHaveAttribute('target', '_blank');
    await expect(credit).toHaveAttribute('href', `${BASE}p/mek/timeline/?open=all`);
  });

  test('a Pym.js parent page sizes the embed from its messages', async ({ page }) => {
    const host = new HostPage(page);
    const url = `${BASE}?embed#/p/mek/diagram`;
    await host.open('pym', `<div id="pym-box" data-pym-src="${url}"></div><script src="/pym.v1.min.js"></script>`);
    await expect(host.iframes).toHaveCount(1);
    const src = await host.iframes.getAttribute('src');
    expect(src).toContain('childId=pym-box');
    expect(src).toMatch(/#\/p\/mek\/diagram$/);
    // Pym sets the iframe's height attribute from the embed's height message.
    await expect.poll(async () => {
      const [outer, content] = await host.heights(0);
      return content > 100 && Math.abs(outer - Math.ceil(content)) <= 1;
    }).toBe(true);
    expect(parseInt(await host.iframes.getAttribute('height'), 10)).toBeGreaterThan(100);
  });
});

test.describe('embed pages', () => {
  test('a section embed shows that section and its notes only, with no site chrome; its notes stay inside', async ({ page }) => {
    await page.goto('?embed#/p/mek/history');
    await expect(page.getByRole('heading', { name: 'History', level: 2 })).toBeVisible();
    await expect(page.locator('.section')).toHaveCount(1);
    await expect(page.locator('.site-header, .views, .toc')).toHaveCount(0);
    // History cites notes 1–15, and only those are listed.
    const numbers = await page.locator('.notes__item').evaluateAll((els) => els.map((e) => Number(e.dataset.number)));
    expect(numbers).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    // Loading does not scroll the host: the embed starts at its top.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // A note shown in the embed is followed inside it (no new tab).
    await expect(page.getByRole('switch', { name: 'Footnote previews' })).toHaveCount(0);
    await page.locator('.ref__link', { hasText: '[3]' }).first().click();
    await expect(page).toHaveURL(/\?embed#\/p\/mek\/note-3$/);
    await expect(page.locator('#note-3')).toBeFocused();
    await expect(page.locator('.section')).toHaveCount(1);
  });

  test('theme and accent options apply, with the accent made readable', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('?embed&theme=dark&accent=ffff00#/p/mek/sources');
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
    const look = await page.evaluate(() => {
      const link = document.querySelector('.sources__notes a');
      return {
        scheme: getComputedStyle(document.documentElement).colorScheme,
        background: getComputedStyle(document.body).backgroundColor,
        link: getComputedStyle(link).color,
      };
    });
    expect(look.scheme).toBe('dark');
    expect(look.background).toBe('rgb(21, 23, 27)');
    expect(look.link).toBe('rgb(255, 255, 0)'); // yellow reads on the dark theme as it is

    await page.goto('?embed&theme=light&accent=ffff00#/p/mek/sources');
    await page.reload();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('.sources__notes a').first()).toBeVisible();
    await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
    const light = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      link: getComputedStyle(document.querySelector('.sources__notes a')).color,
    }));
    expect(light.background).toBe('rgb(251, 250, 247)');
    expect(light.link).not.toBe('rgb(255, 255, 0)'); // darkened to read on white
  });

  test('an embed address that names nothing, an unknown section or a missing profile says so', async ({ page }) => {
    await page.goto('?embed#/');
    await expect(page.getByRole('alert')).toContainText('Nothing to embed here');
    await page.goto('?embed#/p/mek/no-such-section');
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('has no section “no-such-section”');
    await page.goto('?embed#/p/no-such-profile/timeline');
    await page.reload();
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.locator('.site-header')).toHaveCount(0);
  });
});

test.describe('an embed\'s own pre-rendered page', () => {
  test('with JavaScript off, each part is its page: the part alone, its credit leading to the full site', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${BASE}p/mek/embed/timeline/`);
    await expect(page.locator('html.is-embed')).toHaveCount(1);
    await expect(page.locator('.event')).toHaveCount(31);
    await expect(page.locator('.site-header, .views')).toHaveCount(0);
    await expect(page.locator('button:visible, input:visible')).toHaveCount(0);
    // Its groups start closed, as an embed's always have; they and their events open without
    // the app; an event's note is the full site's.
    await expect(page.locator('.timeline__group-details[open]')).toHaveCount(0);
    await page.locator('.timeline__group-toggle').first().click();
    await page.locator('.event__toggle').first().click();
    await expect(page.locator('.event__text').first()).toBeVisible();
    await expect(page.locator('.event a[href*="#note-"]').first()).toHaveAttribute('href', /^\.\.\/\.\.\/\.\.\/\.\.\/p\/mek\/#note-\d+$/);
    const credit = page.locator('.embed__credit a');
    await expect(credit).toHaveAttribute('href', '../../../../p/mek/timeline/');
    await expect(credit).toHaveAttribute('target', '_blank');
    // Search engines are sent to the full site's page.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', '../../../../p/mek/timeline/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page).toHaveTitle('Mujahedin-E Khalq (MEK) — Timeline · Dossier');

    await page.goto(`${BASE}p/mek/embed/diagram/`);
    await expect(page.locator('table tbody tr')).toHaveCount(22);
    await page.goto(`${BASE}p/mek/embed/`);
    await expect(page.locator('.section')).toHaveCount(15);
    await expect(page.locator('.notes li[id^="note-"]')).toHaveCount(59);
    // A note of the embedded text is a place in the embed's page.
    await page.locator('a[href="#note-12"]').first().click();
    await expect(page).toHaveURL(/\/p\/mek\/embed\/#note-12$/);
    await page.goto(`${BASE}p/mek/embed/history/`);
    await expect(page.locator('.section')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'History', level: 2 })).toBeVisible();
    await context.close();
  });

  test('is dark before the app comes when the host asks; the app takes it over with nothing moved, then takes the accent, and keeps the view’s state in the fragment', async ({ page }) => {
    const console = watchConsole(page);
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${BASE}p/mek/embed/timeline/?theme=dark&accent=ffff00`, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('.timeline__group-toggle').first()).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 27)');
    // What is on screen (a closed group's events are written into the page, not built by the app).
    const boxes = () => page.evaluate(() => [...document.querySelectorAll('h2, h3, .event, .embed__credit')]
      .filter((e) => e.checkVisibility()).map((e) => { const r = e.getBoundingClientRect(); return `${e.tagName} ${e.textContent.slice(0, 30)} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`; }));
    const before = await boxes();
    // Before the app, a link out of the part opens the full site in a new tab.
    await page.locator('.timeline__group-toggle').first().click();
    await page.locator('.event__toggle').first().click();
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('.event a[href*="#note-"]').first().click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toMatch(new RegExp(`^${BASE}p/mek/#note-\\d+$`));
    await popup.close();
    await page.locator('.event__toggle').first().click();
    await page.locator('.timeline__group-toggle').first().click();
    expect(page.url()).toBe(`${BASE}p/mek/embed/timeline/?theme=dark&accent=ffff00`);

    release();
    await expect(page.locator(LIVE)).toHaveCount(1);
    expect(await boxes()).toEqual(before);
    expect(await page.evaluate(() => window.__shift)).toBe(0);
    await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.querySelector('.embed__credit a')).color)).toBe('rgb(255, 255, 0)');
    // The view's state goes in the fragment; the query keeps the host's options.
    await page.getByRole('button', { name: 'Expand all' }).click();
    await expect(page).toHaveURL(`${BASE}p/mek/embed/timeline/?theme=dark&accent=ffff00#/p/mek/timeline?open=all`);
    await expect(page.locator('.embed__credit a')).toHaveAttribute('href', `${BASE}p/mek/timeline/?open=all`);
    console.assertClean();
  });

  test('an embed\'s view works on what it was written with before the view\'s code comes, its state in the fragment', async ({ page }) => {
    const console = watchConsole(page);
    // The timeline's: a click writes a new fragment, which fires `popstate` at once.
    await page.route(/\/(pack|split)_timeline-[0-9a-f]+\.wasm$/, () => {});
    await page.goto(`${BASE}p/mek/embed/timeline/`);
    await expect(page.locator(LIVE)).toHaveCount(1);
    await page.getByRole('button', { name: 'Expand all' }).click();
    await expect(page).toHaveURL(`${BASE}p/mek/embed/timeline/#/p/mek/timeline?open=all`);
    await expect(page.locator('.timeline__group-details[open]')).toHaveCount(await page.locator('.timeline__group-details').count());
    await page.goBack();
    await expect(page.locator('.timeline__group-details[open]')).toHaveCount(0);
    // The diagram's, then its view taking over in that state.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(/\/(pack|split)_diagram-[0-9a-f]+\.wasm$/, async (route) => { await held; await route.continue(); });
    await page.goto(`${BASE}p/mek/embed/diagram/?theme=dark#/p/mek/diagram?year=1990`);
    await expect(page.locator(LIVE)).toHaveCount(1);
    await expect(page.locator('.diagram__count')).toContainText('active in 1990');
    await page.locator('.chip', { hasText: 'Target' }).click();
    await expect(page.locator('.diagram__count')).toHaveText(/^\d of 22 relationships active in 1990/);
    await expect(page).toHaveURL(`${BASE}p/mek/embed/diagram/?theme=dark#/p/mek/diagram?year=1990&type=target`);
    // The view's code takes over in that state; the credit, from the embed's second step,
    // leads to the full site's page in it.
    release();
    await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
    await expect(page.locator('.chip', { hasText: 'Target' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.embed__credit a')).toHaveAttribute('href', `${BASE}p/mek/diagram/?year=1990&type=target`);
    console.assertClean();
  });

  test('an older embed address (`?embed#/p/…`) lands on the embed\'s page, with its options and its state', async ({ page }) => {
    await page.goto(`${BASE}?embed&theme=dark&childId=box-1#/p/mek/timeline?open=iraq-1981`);
    await expect(page).toHaveURL(`${BASE}p/mek/embed/timeline/?theme=dark&childId=box-1#/p/mek/timeline?open=iraq-1981`);
    await expect(page.locator(LIVE)).toHaveCount(1);
    await expect(page.locator('.timeline__group-details[open]')).toHaveCount(1);
    await expectOpen(timelineGroup(page, 'Iraq'));
    await expect(page.locator('html[data-theme="dark"]')).toHaveCount(1);
    await page.goto(`${BASE}p/mek/?embed#/p/mek/diagram`);
    await expect(page).toHaveURL(`${BASE}p/mek/embed/diagram/#/p/mek/diagram`);
    await page.goto(`${BASE}?embed#/p/mek`);
    await expect(page).toHaveURL(`${BASE}p/mek/embed/#/p/mek`);
    await expect(page.locator('.section')).toHaveCount(15);
  });

  test('the whole profile\'s embed page: its notes copy, its previews open, its notes stay inside', async ({ page, context }) => {
    const console = watchConsole(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${BASE}p/mek/embed/`);
    await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
    const marker = page.locator('a[href="#note-12"]').first();
    await marker.focus();
    await expect(page.getByRole('dialog', { name: 'Note 12' })).toBeVisible();
    await marker.press('Enter');
    await expect(page).toHaveURL(`${BASE}p/mek/embed/#note-12`);
    await expect(page.locator('#note-12')).toBeInViewport();
    const note = page.locator('#note-34');
    await note.getByRole('button', { name: 'Copy citation' }).click();
    await expect(note.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Military Balance 103');
    console.assertClean();
  });
});

test.describe('oEmbed', () => {
  test('a discovery page names a response whose snippet embeds the view', async ({ page }) => {
    const tool = ['debug', 'release'].map((p) => join(repo, 'target', p, 'dossier-oembed')).find(existsSync);
    expect(tool, 'build dossier-oembed first (cargo build)').toBeTruthy();
    execFileSync(tool, ['--base-url', BASE, join(repo, 'data'), join(repo, 'dist')]);

    // What a CMS does with a pasted address: find the link, read the document.
    const discovery = await (await fetch(`${BASE}oembed/mek/timeline.html`)).text();
    const href = discovery.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/)?.[1];
    expect(href).toBe(`${BASE}oembed/mek/timeline.json`);
    const response = await (await fetch(href)).json();
    expect(response).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Dossier', width: 960 });
    expect(response.html).toContain(`src="${BASE}p/mek/embed/timeline/?childId=dossier-mek-timeline"`);

    // A reader who opens the discovery page goes on to the view.
    await page.goto(`${BASE}oembed/mek/timeline.html`);
    await expect(page).toHaveURL(`${BASE}p/mek/timeline/`);

    // The CMS inserts the html: it works like the snippet.
    const host = new HostPage(page);
    await host.open('oembed', response.html);
    await host.sizedToContent(0);
  });
});
