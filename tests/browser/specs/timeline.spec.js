import { BASE, TimelinePage, expectOpen, ProfilePage, watchConsole, test, expect } from '../pages.js';

test('groups collapse and expand one at a time and all at once', async ({ page }) => {
  const console = watchConsole(page);
  const timeline = new TimelinePage(page);
  await timeline.open();
  await expect(timeline.groups).toHaveText([/Iran\s*1965–1979\s*4 events/, /France\s*1979–1981\s*6 events/, /Iraq\s*1981–present\s*21 events/]);
  await expect(timeline.visibleEvents).toHaveCount(0);
  await timeline.group('Iran').click();
  await expectOpen(timeline.group('Iran'));
  await expect(timeline.visibleEvents).toHaveCount(4);
  await timeline.group('Iran').click();
  await expectOpen(timeline.group('Iran'), false);
  await expect(timeline.visibleEvents).toHaveCount(0);
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(timeline.visibleEvents).toHaveCount(31);
  for (const name of ['Iran', 'France', 'Iraq']) await expectOpen(timeline.group(name));
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await expect(timeline.visibleEvents).toHaveCount(0);
  console.assertClean();
});

test('the MEK timeline holds every dated statement of the seed, in time order and the right group', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.open('open=all');
  const rows = async (group) => page.locator('.timeline__group', { has: timeline.group(group) }).locator('.event__toggle').evaluateAll(
    (els) => els.map((el) => `${el.querySelector('.event__date').textContent} | ${el.querySelector('.event__title').textContent}`));
  expect(await rows('Iran')).toEqual([
    '1965 | MEK formed by leftist students in Iran',
    '1965–1979 | Home base: Iran',
    '1970s | MEK targets U.S. forces and offices in Iran',
    '1971 | First planned attack thwarted by the Shah’s secret police',
  ]);
  const france = await rows('France');
  expect(france).toContain('1979 | Alleged role in the U.S. Embassy takeover in Tehran');
  expect(france).toContain('1980–1988 | Iran–Iraq war');
  const iraq = await rows('Iraq');
  expect(iraq).toHaveLength(21);
  expect(iraq[0]).toBe('1981 | Massoud Rajavi starts the NCRI');
  expect(iraq).toContain('1981–present | Home base: Iraq');
  expect(iraq).toContain('October 8, 1997 | U.S. designates the MEK a terrorist organization');
  expect(iraq).toContain('1990s | Implicated in actions against the Shia and Kurdish uprisings');
  expect(iraq.at(-1)).toBe('2014 | Strength: 3,000 at Camp Liberty');
});

test('filters narrow the events and every count follows; an empty result says so', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.open('open=all');
  await expect(timeline.status).toHaveText('31 events');
  await expect(timeline.chip('Designation')).toContainText('Designation4');
  await timeline.chip('Designation').click();
  await expect(timeline.chip('Designation')).toHaveAttribute('aria-pressed', 'true');
  await expect(timeline.status).toContainText('4 of 31 events match');
  await expect(timeline.visibleEvents).toHaveCount(4);
  await expect(timeline.group('Iran')).toContainText('4 events, 0 match');
  await expect(timeline.group('Iraq')).toContainText('21 events, 4 match');
  await timeline.search.fill('EU');
  await expect(timeline.status).toContainText('2 of 31 events match');
  await expect(timeline.visibleEvents).toHaveText([/2002.*EU lists/, /2009.*EU removes/]);
  await expect(timeline.chip('Strength')).toContainText('Strength0');
  await timeline.search.fill('zeppelin');
  await expect(timeline.status).toContainText('No event matches these filters.');
  await expect(timeline.visibleEvents).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(timeline.status).toHaveText('31 events');
});

test('the URL keeps the state: reload restores it and back undoes a step', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.open();
  await timeline.group('France').click();
  await timeline.chip('Attack').click();
  await timeline.event(/Alleged role in the U.S. Embassy/).click();
  await expect(page).toHaveURL(/timeline\?open=france-1979-1981&cat=attack&event=embassy-takeover$/);
  await page.reload();
  await expectOpen(timeline.group('France'));
  await expect(timeline.chip('Attack')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.event__text:visible')).toContainText('the U.S. State Department alleged that the MEK assisted in the 1979 takeover');
  await page.goBack();
  await expect(timeline.chip('Attack')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.event__text:visible')).toHaveCount(0);
  await page.goBack();
  await expect(timeline.chip('Attack')).toHaveAttribute('aria-pressed', 'false');
  await page.goBack();
  await expectOpen(timeline.group('France'), false);
});

test('an arrow key right after closing a group goes to the next group, not into the closed one', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.open('open=all');
  await expect(timeline.visibleEvents).toHaveCount(31);
  await timeline.group('France').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(timeline.group('Iraq')).toBeFocused();
  await expectOpen(timeline.group('France'), false);
  await expect(page).toHaveURL(/open=iran-1965-1979,iraq-1981$/);
});

test('a keyboard-only walk: Tab to a group, Enter, arrows through the events in time order', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.open();
  await page.getByRole('button', { name: 'Clear filters' }).count(); // nothing to clear yet
  await timeline.group('Iran').focus();
  await page.keyboard.press('Enter');
  await expectOpen(timeline.group('Iran'));
  await expect(timeline.visibleEvents).toHaveCount(4);
  await page.keyboard.press('ArrowDown');
  await expect(timeline.event(/MEK formed by leftist students/)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(timeline.event(/MEK targets U.S. forces/)).toBeFocused();
  await page.keyboard.press('Enter');
  await expectOpen(timeline.event(/MEK targets U.S. forces/));
  await expect(page).toHaveURL(/event=targets-us-1970s/);
  await expect(page.locator('.event__text:visible')).toContainText('Throughout the 1970s, the MEK targeted U.S. forces and offices in Iran.');
  // Tab enters the event's note markers, then continues to the next event: time order.
  await page.keyboard.press('Tab');
  await expect(page.locator('#tl-targets-us-1970s-4-1')).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveAccessibleName('Note 4');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(timeline.event(/First planned attack/)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(timeline.group('France')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(timeline.group('Iran')).toBeFocused();
  // Arrow keys outside the timeline are left alone.
  await page.getByRole('searchbox', { name: 'Filter events' }).focus();
  await page.keyboard.type('19');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('searchbox', { name: 'Filter events' })).toBeFocused();
});

test('an event’s footnote preview opens in place', async ({ page }) => {
  const timeline = new TimelinePage(page);
  const profile = new ProfilePage(page);
  await timeline.open('open=iraq-1981&event=us-designation');
  const marker = page.locator('#tl-us-designation-57-1');
  await profile.hover(marker);
  await expect(profile.preview).toHaveAccessibleName('Note 57');
  await expect(profile.preview).toContainText('Council on Foreign Relations');
});

test('the overview strip jumps to a decade and the periods show where the group was listed', async ({ page }) => {
  const timeline = new TimelinePage(page);
  await timeline.open();
  await expect(page.locator('.overview__row', { hasText: 'Listed by United States' })).toContainText('1997–2012');
  await expect(page.locator('.overview__row', { hasText: 'Listed by European Union' })).toContainText('2002–2009');
  await expect(page.locator('.overview__row', { hasText: 'Listed by The Islamic Republic of Iran' })).toContainText('undated');
  await expect(page.locator('.overview__row', { hasText: 'Home base' })).toContainText('1981–present: Iraq');
  // Each decade with events is a button, each note marker on a period bar a link, at least
  // 24 px each way and apart (WCAG 2.2 target size).
  const decades = page.locator('.overview__decade');
  await expect(decades).toHaveText(['1960s', '1970s', '1980s', '1990s', '2000s', '2010s']);
  const markers = page.locator('.overview__span .ref__link');
  await expect(markers.first()).toBeVisible();
  const apart = async (targets) => {
    const boxes = await targets.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    boxes.forEach((box, i) => {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
      if (i > 0) expect(box.left >= boxes[i - 1].right || box.top >= boxes[i - 1].bottom).toBe(true);
    });
  };
  await apart(decades);
  await apart(markers);
  await page.setViewportSize({ width: 375, height: 800 });
  await apart(decades);
  await apart(markers);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: '1990s: 5 events' }).click();
  await expectOpen(timeline.group('Iraq'));
  const event = timeline.event(/Implicated in actions against the Shia/);
  await expect(event).toBeFocused();
  await expect(event).toBeInViewport();
});

test('at 320 px the timeline is vertical with no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const timeline = new TimelinePage(page);
  await timeline.open('open=all&event=ceasefire');
  await expect(timeline.visibleEvents).toHaveCount(31);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the timeline drawn inside a hidden iframe lays out once shown', async ({ page }) => {
  await page.setContent(`<iframe id="f" title="Dossier" style="display:none;width:600px;height:500px" src="${BASE}#/p/mek/timeline?open=all"></iframe>`);
  const frame = page.frameLocator('#f');
  await page.waitForTimeout(1500);
  await page.evaluate(() => { document.getElementById('f').style.display = 'block'; });
  await expect(frame.locator('.overview__bar').first()).toBeVisible();
  const bar = await frame.locator('.overview__span').first().boundingBox();
  expect(bar.width).toBeGreaterThan(40);
  await expect(frame.locator('.event:visible')).toHaveCount(31);
});
