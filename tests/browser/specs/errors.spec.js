import { readFileSync } from 'node:fs';
import { ProfilePage, watchConsole, test, expect } from '../pages.js';

const PROFILE = '**/data/profiles/mek.json';

test('a profile that is not in the catalog gets a clear message, not a blank page', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('#/p/no-such-group');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('Profile not found');
  await expect(alert).toContainText('There is no profile “no-such-group” in the catalog.');
  await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await alert.getByRole('link', { name: 'All profiles' }).click();
  await expect(page.getByRole('heading', { name: 'Profiles' })).toBeVisible();
  console.assertClean();
});

test('an unknown page gets the not-found page', async ({ page }) => {
  await page.goto('#/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('alert')).toContainText('#/no/such/page');
});

test('a network failure says so, and “Try again” recovers', async ({ page }) => {
  const console = watchConsole(page);
  await page.route(PROFILE, (route) => route.abort('internetdisconnected'));
  const profile = new ProfilePage(page);
  await profile.open();
  await expect(profile.alert.getByRole('heading')).toHaveText('Could not reach the server');
  await expect(profile.alert).toContainText('data/profiles/mek.json');
  await page.unroute(PROFILE);
  await profile.alert.getByRole('button', { name: 'Try again' }).click();
  await profile.loaded();
  console.assertClean();
});

test('a view whose code cannot be downloaded says so, and “Try again” fetches it', async ({ page }) => {
  const TIMELINE_CODE = /\/pack_timeline-[0-9a-f]{8}\.wasm$/;
  await page.route(TIMELINE_CODE, (route) => route.abort('internetdisconnected'));
  await page.goto('#/p/mek/timeline');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('Part of Dossier could not be loaded');
  await expect(alert).toContainText('The code for the timeline is downloaded the first time it is shown');
  // The rest of the page still works.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Mujahedin-E Khalq/);
  await page.unroute(TIMELINE_CODE);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(page.locator('.timeline__title')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a host that sends .wasm with another content type still shows the views', async ({ page }) => {
  const console = watchConsole(page);
  await page.route(/\/(split|chunk|pack)_\w+-[0-9a-f]{8}\.wasm$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  // The diagram comes in its pack; the timeline then fetches the modules the diagram's pack
  // did not hold one by one, each compiled from its bytes.
  await page.goto('#/p/mek/diagram');
  await expect(page.locator('.node[data-actor]').first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Views of this profile' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page.locator('.timeline__title')).toBeVisible();
  console.assertClean();
});

test('a 404 and a 500 are told apart', async ({ page }) => {
  await page.route(PROFILE, (route) => route.fulfill({ status: 404, body: 'missing' }));
  const profile = new ProfilePage(page);
  await profile.open();
  await expect(profile.alert.getByRole('heading')).toHaveText('File not found');
  await expect(profile.alert).toContainText('the server answered 404');
  await page.unroute(PROFILE);
  await page.route(PROFILE, (route) => route.fulfill({ status: 500, body: 'boom' }));
  await profile.alert.getByRole('button', { name: 'Try again' }).click();
  await expect(profile.alert.getByRole('heading')).toHaveText('The server could not deliver the file');
  await expect(profile.alert).toContainText('the server answered 500');
});

test('malformed JSON names the line and column', async ({ page }) => {
  const console = watchConsole(page);
  await page.route(PROFILE, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{\n  "format": 1,\n  "id": "mek",\n  "name" "x"\n}' }));
  const profile = new ProfilePage(page);
  await profile.open();
  await expect(profile.alert.getByRole('heading')).toHaveText('This profile file is damaged');
  await expect(profile.alert).toContainText('data/profiles/mek.json: line 4, column 10: this is not valid JSON');
  console.assertClean();
});

test('a truncated body and a wrong field are reported with their place', async ({ page }) => {
  const real = await (await page.request.get('data/profiles/mek.json')).text();
  await page.route(PROFILE, (route) => route.fulfill({ status: 200, body: real.slice(0, 500) }));
  const profile = new ProfilePage(page);
  await profile.open();
  await expect(profile.alert).toContainText('the JSON ends too early');
  await page.unroute(PROFILE);
  const doc = JSON.parse(real);
  doc.events[3].date = 'in the seventies';
  await page.route(PROFILE, (route) => route.fulfill({ status: 200, body: JSON.stringify(doc) }));
  await profile.alert.getByRole('button', { name: 'Try again' }).click();
  await expect(profile.alert).toContainText('$.events[3].date: `in the seventies` is not a date');
});

test('a string where another type was expected is quoted in the message, as the validator writes it', async ({ page }) => {
  const doc = await (await page.request.get('data/profiles/mek.json')).json();
  doc.format = '1';
  await page.route(PROFILE, (route) => route.fulfill({ status: 200, body: JSON.stringify(doc) }));
  const profile = new ProfilePage(page);
  await profile.open();
  await expect(profile.alert).toContainText('$.format: invalid type: string "1", expected u32');
});

test('an HTML page where JSON was expected is reported as such', async ({ page }) => {
  await page.route(PROFILE, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><title>x</title>' }));
  const profile = new ProfilePage(page);
  await profile.open();
  await expect(profile.alert).toContainText('expected JSON, got an HTML page');
});

test('a broken catalog is reported on the home page with a retry', async ({ page }) => {
  await page.route('**/data/index.json', (route) => route.fulfill({ status: 200, body: '{"format": 1, "profiles": 3}' }));
  await page.goto('#/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('data/index.json: $.profiles: invalid type: integer `3`, expected a sequence');
  await page.unroute('**/data/index.json');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.catalog__entry')).toHaveCount(1);
});

test('a dangling footnote reference is flagged and rendered inert, the rest still readable', async ({ page }) => {
  const console = watchConsole(page);
  const doc = await (await page.request.get('data/profiles/mek.json')).json();
  doc.sections[1].blocks[0].paragraph[1] = { note: 99 };
  await page.route(PROFILE, (route) => route.fulfill({ status: 200, body: JSON.stringify(doc) }));
  const profile = new ProfilePage(page);
  await profile.open();
  await profile.loaded();
  // Note 1 is still cited by the timeline and the diagram, so this is the only problem.
  await expect(profile.alert).toContainText('This profile has 1 problem');
  await expect(profile.alert).toContainText('$.sections[1].blocks[0].paragraph[1].note: note 99 does not exist: the profile has notes 1–59');
  const missing = page.locator('.ref--missing');
  await expect(missing).toHaveText('[99?]');
  await expect(missing.locator('a')).toHaveCount(0);
  await expect(profile.notes).toHaveCount(59);
  console.assertClean();
});

test('a server that never answers is given up after 30 s with its own message, and a retry works', async ({ page }) => {
  await page.clock.install();
  await page.route(PROFILE, () => {}); // never answered
  const profile = new ProfilePage(page);
  await profile.open();
  await expect(page.getByRole('status')).toContainText('Loading');
  await page.clock.runFor(31_000);
  await expect(profile.alert.getByRole('heading')).toHaveText('The server is taking too long');
  await expect(profile.alert).toContainText('took longer than 30 seconds');
  await page.unroute(PROFILE);
  await profile.alert.getByRole('button', { name: 'Try again' }).click();
  await profile.loaded();
});

test('a slow network shows progress, then the profile', async ({ page }) => {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(PROFILE, async (route) => { await held; await route.continue(); });
  const profile = new ProfilePage(page);
  await profile.open();
  await expect(page.getByRole('status')).toContainText('Loading the profile');
  release();
  await profile.loaded();
});

test('while the profile loads, its title block shows from the catalog, and stays where it is when the profile comes', async ({ page }) => {
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries()) if (!shift.hadRecentInput) window.layoutShift += shift.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(PROFILE, async (route) => { await held; await route.continue(); });
  const profile = new ProfilePage(page);
  await profile.open();
  const header = page.locator('header.profile-header');
  await expect(header.getByRole('heading', { level: 1 })).toHaveText('Mujahedin-E Khalq (MEK)');
  await expect(header).toContainText('Aliases: Muslim Iranian Student’s Society; National Council of Resistance of Iraq (NCRI);');
  await expect(header).toContainText('A Department of Homeland Security Emeritus Center of Excellence led by the University of Maryland');
  await expect(header).toContainText('Last update: January 2015');
  await expect(page.getByRole('status')).toContainText('Loading the profile');
  const early = await header.boundingBox();
  await page.evaluate(() => { window.earlyAliases = document.querySelector('.profile-header__aliases'); });
  release();
  await profile.loaded();
  // The same element, not one drawn anew: its first paint stays the page's largest contentful paint.
  expect(await page.evaluate(() => window.earlyAliases === document.querySelector('.profile-header__aliases'))).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
  await expect(header.locator('time')).toHaveAttribute('datetime', '2015-01');
  expect(await header.boundingBox()).toEqual(early);
  expect(await page.evaluate(() => window.layoutShift)).toBeLessThan(0.01);
});

test('an embedded part shows no title block while the profile loads', async ({ page }) => {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(PROFILE, async (route) => { await held; await route.continue(); });
  await page.goto('?embed#/p/mek/history');
  await expect(page.getByRole('status')).toContainText('Loading the profile');
  await expect(page.locator('header.profile-header')).toHaveCount(0);
  release();
  await expect(page.locator('#history')).toBeVisible();
});

test('JSON served with the wrong content type is still read; the right content is what counts', async ({ page }) => {
  const body = readFileSync(new URL('../../../data/profiles/mek.json', import.meta.url), 'utf8');
  await page.route(PROFILE, (route) => route.fulfill({ status: 200, contentType: 'text/plain', body }));
  const profile = new ProfilePage(page);
  await profile.open();
  await profile.loaded();
});
