import { BASE, CatalogPage, watchConsole, test, expect } from '../pages.js';

test('the catalog lists the MEK profile, served under a sub-path', async ({ page }) => {
  const console = watchConsole(page);
  const catalog = new CatalogPage(page);
  await catalog.open();
  expect(page.url()).toContain('/some/sub/path/');
  await expect(catalog.entries).toHaveCount(1);
  await expect(catalog.link('Mujahedin-E Khalq (MEK)')).toBeVisible();
  await expect(catalog.entries.first()).toContainText('People’s Mujahideen of Iran (PMOI)');
  await expect(page).toHaveTitle('Dossier');
  console.assertClean();
});

for (const query of ['PMOI', 'pmoi', 'mujahedin', 'MUJAHÉDIN', "people's mujahideen"]) {
  test(`search finds the MEK by “${query}”`, async ({ page }) => {
    const catalog = new CatalogPage(page);
    await catalog.open();
    await catalog.search.fill(query);
    await expect(catalog.entries).toHaveCount(1);
    await expect(catalog.count).toHaveText('1 profile');
  });
}

test('a search that matches nothing says so, and the query is in the URL', async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open();
  await catalog.search.fill('hezbollah');
  await expect(catalog.entries).toHaveCount(0);
  await expect(catalog.count).toHaveText('No profile matches “hezbollah”.');
  // Typing replaces the URL once the change is on screen (use_route.rs), a frame later: the
  // pre-rendered catalog's own address, with the query.
  await expect.poll(() => new URL(page.url()).search).toBe('?q=hezbollah');
  await page.reload();
  await expect(catalog.search).toHaveValue('hezbollah');
  await expect(catalog.entries).toHaveCount(0);
});

test('choosing a profile opens it, and back returns to the catalog', async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open();
  await catalog.link('Mujahedin-E Khalq (MEK)').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mujahedin-E Khalq (MEK)');
  await expect(page).toHaveTitle('Mujahedin-E Khalq (MEK) — Dossier');
  await page.goBack();
  await expect(catalog.entries).toHaveCount(1);
});

test('the home page searches the list it was written with before the catalog and its code come', async ({ page }) => {
  const console = watchConsole(page);
  // Neither the catalog's file nor its code ever arrives: the page is live, never whole.
  await page.route(/\/data\/index\.json$|\/(pack|split)_catalog-[0-9a-f]+\.wasm$/, () => {});
  const catalog = new CatalogPage(page);
  await page.goto(BASE);
  await expect(page.locator('html[data-app="live"]')).toHaveCount(1);
  await catalog.search.fill('pmoi');
  await expect(catalog.entries).toHaveCount(1);
  await expect(catalog.count).toHaveText('1 profile');
  await catalog.search.fill('hezbollah');
  await expect(catalog.entries).toHaveCount(0);
  await expect(catalog.count).toHaveText('No profile matches “hezbollah”.');
  await expect.poll(() => new URL(page.url()).search).toBe('?q=hezbollah');
  await catalog.search.fill('');
  await expect(catalog.link('Mujahedin-E Khalq (MEK)')).toBeVisible();
  expect(await page.locator('html').getAttribute('data-app')).toBe('live');
  console.assertClean();
});

test('an address with a query opens the written list searched, and the catalog\'s code keeps it so', async ({ page }) => {
  const catalog = new CatalogPage(page);
  await page.goto(`${BASE}?q=hezbollah`);
  await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
  await expect(catalog.search).toHaveValue('hezbollah');
  await expect(catalog.entries).toHaveCount(0);
  await expect(catalog.count).toHaveText('No profile matches “hezbollah”.');
  await catalog.search.fill('PMOI');
  await expect(catalog.entries).toHaveCount(1);
});

test('the catalog\'s code taking the list over while the reader types keeps the field, its focus and the list', async ({ page }) => {
  const console = watchConsole(page);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\/(pack|split)_catalog-[0-9a-f]+\.wasm$/, async (route) => { await held; await route.continue(); });
  const catalog = new CatalogPage(page);
  await page.goto(BASE);
  await expect(page.locator('html[data-app="live"]')).toHaveCount(1);
  await catalog.search.click();
  await page.keyboard.type('pm');
  await expect(catalog.count).toHaveText('1 profile');
  release();
  await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
  await expect(catalog.search).toBeFocused();
  await page.keyboard.type('oi x');
  await expect(catalog.search).toHaveValue('pmoi x');
  await expect(catalog.entries).toHaveCount(0);
  await expect(catalog.count).toHaveText('No profile matches “pmoi x”.');
  console.assertClean();
});

test('the search lowercases any script in the browser too: a Cyrillic alias found by its capitals', async ({ page }) => {
  const catalog = new CatalogPage(page);
  const index = await (await page.request.get('data/index.json')).json();
  index.profiles.push({ id: 'cyrillic-test', name: 'Test profile', aliases: ['Жёлтый фронт'], last_update: '2020' });
  await page.route('**/data/index.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(index) }));
  await page.goto(BASE);
  await expect(page.locator('html[data-app="whole"]')).toHaveCount(1);
  await expect(catalog.entries).toHaveCount(2);
  await catalog.search.fill('ЖЁЛТЫЙ');
  await expect(catalog.entries).toHaveCount(1);
  await expect(catalog.entries.first()).toContainText('Жёлтый фронт');
  await expect(catalog.count).toHaveText('1 of 2 profiles match.');
});
