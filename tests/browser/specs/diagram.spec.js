import { readFileSync } from 'node:fs';
import { DiagramPage, ProfilePage, serveSynthetic, watchConsole, test, expect } from '../pages.js';

const mek = JSON.parse(readFileSync(new URL('../../../data/profiles/mek.json', import.meta.url), 'utf8'));
const PROFILE = '**/data/profiles/mek.json';
const ids = (pred) => mek.relationships.filter(pred).map((r) => r.id).sort();

test('the MEK diagram holds every actor the seed names, each on its side, each link citing its notes', async ({ page }) => {
  const console = watchConsole(page);
  const diagram = new DiagramPage(page);
  await diagram.open();
  await expect(diagram.page.locator('.node[data-actor]')).toHaveCount(mek.actors.length);
  for (const actor of mek.actors) await expect(diagram.node(actor.id)).toContainText(actor.name.split(' ')[0]);
  for (const rel of mek.relationships) {
    const notes = rel.notes.join(', ');
    await expect(diagram.link(rel.id)).toHaveAttribute('aria-label', new RegExp(`note${rel.notes.length > 1 ? 's' : ''} ${notes}$`));
  }
  const centre = await diagram.centre().boundingBox();
  const box = (id) => diagram.node(id).boundingBox();
  for (const ally of ['iraq-saddam', 'iranian-diaspora', 'us-advocates', 'france']) expect((await box(ally)).x + (await box(ally)).width).toBeLessThan(centre.x);
  for (const rival of ['shah', 'islamic-republic', 'united-states', 'coalition-forces']) expect((await box(rival)).x).toBeGreaterThan(centre.x + centre.width);
  for (const wing of ['nla', 'ncri']) expect((await box(wing)).y + (await box(wing)).height).toBeLessThan(centre.y);
  expect((await box('european-union')).y).toBeGreaterThan(centre.y + centre.height);
  // Labels never overlap one another.
  const rects = await page.locator('.node .node__box').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++) {
      const [a, b] = [rects[i], rects[j]];
      expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, `boxes ${i} and ${j} overlap`).toBe(false);
    }
  // Suspected links are drawn faded with a question mark; directed ones carry an arrowhead.
  await expect(diagram.link('united-states-embassy').locator('.link__line')).toHaveAttribute('stroke-opacity', '0.55');
  await expect(diagram.link('united-states-embassy').locator('.link__badge-text')).toHaveText('?');
  await expect(diagram.link('iraq-saddam-sponsor').locator('.link__line')).toHaveAttribute('marker-start', 'url(#arrow-state_sponsor)');
  await expect(diagram.link('shah-target').locator('.link__line')).toHaveAttribute('marker-end', 'url(#arrow-target)');
  await expect(diagram.page.locator('.diagram__key')).toContainText('Suspected or alleged');
  console.assertClean();
});

test('the layout is the same on every load', async ({ page }) => {
  const diagram = new DiagramPage(page);
  const snapshot = () => page.locator('.diagram__viewport').evaluate((g) => g.innerHTML.replace(/ class="[^"]*"/g, ''));
  await diagram.open();
  const first = await snapshot();
  await page.reload();
  await expect(diagram.centre()).toBeVisible();
  expect(await snapshot()).toBe(first);
});

test('pointing at a link previews its card, a click keeps it open with footnote previews; pointing at a node highlights its links', async ({ page }) => {
  const diagram = new DiagramPage(page);
  const reader = new ProfilePage(page);
  await diagram.open();
  const sponsor = diagram.link('iraq-saddam-sponsor').locator('.link__hit');
  await reader.hover(sponsor);
  await expect(diagram.card.getByRole('heading')).toHaveText('State sponsor: The Iraqi Government under Saddam Hussein');
  await expect(diagram.card).toContainText('1986–2003');
  await expect(diagram.card).toContainText('The regime provided financial and physical support');
  await expect(diagram.card).toHaveClass(/diagram-card--preview/);
  // Leaving the link ends the preview.
  await reader.pointAway();
  await expect(diagram.card).toHaveCount(0);
  await reader.hover(sponsor);
  await sponsor.click({ force: true });
  await expect(diagram.card).not.toHaveClass(/diagram-card--preview/);
  await expect(page).toHaveURL(/link=iraq-saddam-sponsor/);
  // The opened card's markers preview their notes like the reader's.
  await reader.hover(diagram.card.locator('.ref__link', { hasText: '[40]' }).first());
  await expect(reader.preview).toBeVisible();
  await expect(reader.preview).toContainText(mek.notes[39].text.slice(0, 30));
  await page.keyboard.press('Escape'); // closes the preview
  await diagram.card.getByRole('button', { name: 'Close the card' }).click();
  await expect(diagram.card).toHaveCount(0);
  await reader.hover(diagram.node('islamic-republic').locator('.node__box'));
  await expect(diagram.card.getByRole('heading')).toHaveText('The Islamic Republic of Iran');
  await expect(diagram.card.locator('.rel-entry')).toHaveCount(4);
  await expect(diagram.viewport).toHaveClass(/has-focus/);
  await expect(diagram.link('islamic-republic-target')).toHaveClass(/is-related/);
  await expect(diagram.link('iraq-saddam-sponsor')).not.toHaveClass(/is-related/);
  await expect(diagram.node('france')).not.toHaveClass(/is-related/);
  // Faded by colour, not by `opacity` (a compositing layer per item): its arrowhead too.
  const faded = diagram.link('iraq-saddam-sponsor').locator('.link__line');
  await expect(faded).toHaveCSS('stroke-opacity', '0.15');
  await expect(faded).toHaveCSS('marker-start', /#arrow-faded/);
  await expect(diagram.node('france').locator('.node__text')).toHaveCSS('fill-opacity', '0.15');
  await expect(diagram.link('islamic-republic-target').locator('.link__line')).toHaveCSS('stroke-opacity', '1');
  await expect(diagram.link('iraq-saddam-sponsor')).toHaveCSS('opacity', '1');
});

test('the year slider shows only the relationships active that year, undated ones always', async ({ page }) => {
  const diagram = new DiagramPage(page);
  await diagram.open();
  await expect(diagram.status).toHaveText('22 relationships');
  await diagram.setYear(1990);
  await expect(page).toHaveURL(/diagram\?year=1990$/);
  const in1990 = await diagram.visibleLinks();
  expect(in1990).toContain('iraq-saddam-sponsor');
  expect(in1990).toContain('nla-wing'); // undated
  expect(in1990).not.toContain('france-host'); // 1979–1986
  expect(in1990).not.toContain('united-states-designation'); // 1997–2012
  await expect(diagram.status).toContainText(`${in1990.length} of 22 relationships active in 1990 (including`);
  // An actor with nothing left that year is faded.
  await expect(diagram.node('shah')).toHaveAttribute('fill-opacity', '0.4');
  await diagram.setYear(2010);
  // The drawing follows the slider in a later frame: read it once it says 2010.
  await expect(diagram.status).toContainText('active in 2010');
  await expect.poll(() => diagram.visibleLinks()).toContain('united-states-designation');
  const in2010 = await diagram.visibleLinks();
  expect(in2010).toContain('united-states-designation');
  expect(in2010).not.toContain('iraq-saddam-sponsor');
  await page.getByRole('button', { name: /^All years/ }).click();
  await expect(diagram.status).toHaveText('22 relationships');
  await expect.poll(() => diagram.visibleLinks()).toHaveLength(22);
});

test('dragging the slider across every year writes the URL once the drag is on screen, with no history entry', async ({ page }) => {
  const messages = [];
  page.on('console', (m) => messages.push(m.text()));
  const diagram = new DiagramPage(page);
  await diagram.open();
  await expect(diagram.status).toHaveText('22 relationships');
  const before = await page.evaluate(() => history.length);
  // 300 moves in one task, as a fast drag or a held arrow key can make: Chromium ignores a
  // page that replaces its URL more than 200 times in 10 seconds, so each must not.
  const last = await page.evaluate(() => {
    const input = document.querySelector('.diagram__range');
    const [min, max] = [Number(input.min), Number(input.max)];
    let year = min;
    for (let i = 0; i < 300; i++) {
      year = min + (i % (max - min + 1));
      input.value = String(year);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return year;
  });
  await expect(diagram.status).toContainText(`active in ${last}`);
  await expect(page).toHaveURL(new RegExp(`diagram\\?year=${last}$`));
  expect(await page.evaluate(() => history.length)).toBe(before);
  expect(messages.filter((m) => /throttl/i.test(m))).toEqual([]);
});

test('play steps through the years and pause stops', async ({ page }) => {
  const diagram = new DiagramPage(page);
  await diagram.open();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page).toHaveURL(/year=1965/);
  await expect(page).toHaveURL(/year=1966/, { timeout: 3000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  // The last year shown is written to the URL once it is on screen: after the next paint.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));
  const year = Number(new URL(page.url().replace('#/', '')).searchParams.get('year') ?? page.url().match(/year=(\d+)/)[1]);
  await page.waitForTimeout(1500);
  expect(page.url()).toContain(`year=${year}`);
});

test('type filters narrow the diagram and its counts; the table always matches', async ({ page }) => {
  const diagram = new DiagramPage(page);
  await diagram.open();
  await expect(diagram.chip('Designating authority')).toContainText('3');
  await diagram.chip('Designating authority').click();
  await expect(diagram.chip('Designating authority')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => diagram.visibleLinks()).toEqual(ids((r) => r.type === 'designating_authority'));
  await diagram.chip('Target').click();
  const both = ids((r) => ['designating_authority', 'target'].includes(r.type));
  await expect.poll(() => diagram.visibleLinks()).toEqual(both);
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(diagram.table).toBeVisible();
  expect(await diagram.tableRows()).toEqual(both);
  await expect(diagram.table.locator('caption')).toHaveText(`${both.length} of 22 relationships of Mujahedin-E Khalq (MEK)`);
  // The table carries the year too, with each row's notes.
  await diagram.setYear(2000);
  const expected = ids((r) => ['designating_authority', 'target'].includes(r.type) && (!r.period || covers(r.period, 2000)));
  expect(await diagram.tableRows()).toEqual(expected);
  const row = diagram.table.locator('tr[data-relationship="united-states-designation"]');
  await expect(row.locator('.rel-table__notes')).toHaveText('[15][53][57]');
  // Back from the table, the diagram is drawn anew by an effect after the click: wait for it.
  await page.getByRole('button', { name: 'Diagram', exact: true }).click();
  await expect.poll(() => diagram.visibleLinks()).toEqual(expected);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => diagram.visibleLinks()).toHaveLength(22);
});

function covers(period, year) {
  const [start, end] = period.split('/');
  const y = (s, open) => (s === undefined ? Number(start.slice(0, 4)) + (start.includes('X') ? 9 : 0) : s === '..' ? open : Number(s.slice(0, 3) + (s[3] === 'X' ? '0' : s[3])));
  const from = y(start, -Infinity);
  const to = end === undefined ? (start.includes('X') ? from + 9 : from) : y(end, 2015);
  return from <= year && year <= to;
}

test('the keyboard walks from the centre along the links, Enter opens a card and Escape closes it', async ({ page }) => {
  const console = watchConsole(page);
  const diagram = new DiagramPage(page);
  await diagram.open();
  await page.getByRole('button', { name: 'Download PNG' }).focus();
  await page.keyboard.press('Tab'); // past the hint into the diagram: one tab stop
  expect(await diagram.focused()).toBe('centre');
  await expect(diagram.card.getByRole('heading')).toHaveText('Mujahedin-E Khalq (MEK)');
  await page.keyboard.press('ArrowLeft');
  const first = await diagram.focused();
  expect(mek.actors.find((a) => a.id === first)).toBeTruthy();
  await page.keyboard.press('ArrowDown');
  const second = await diagram.focused();
  expect(second).not.toBe(first);
  const [a, b] = [await diagram.node(first).boundingBox(), await diagram.node(second).boundingBox()];
  expect(b.y).toBeGreaterThan(a.y);
  await page.keyboard.press('ArrowRight'); // onto the second actor's link
  const link = await diagram.focused();
  expect(mek.relationships.find((r) => r.id === link).actor).toBe(second);
  await expect(diagram.card.getByRole('heading')).toContainText(mek.actors.find((x) => x.id === second).name);
  await page.keyboard.press('Enter');
  await expect(page.locator('#diagram-card-title')).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`link=${link}`));
  await page.keyboard.press('Escape');
  await expect(diagram.card).toHaveCount(0);
  expect(await diagram.focused()).toBe(link);
  await page.keyboard.press('ArrowRight');
  expect(await diagram.focused()).toBe('centre');
  await page.keyboard.press('ArrowUp');
  expect(await diagram.focused()).toBe('ncri');
  await page.keyboard.press('Tab');
  expect(await diagram.focused()).not.toMatch(/^(centre|ncri)$/); // one tab stop: Tab leaves
  console.assertClean();
});

test('zoom and pan by buttons, keys, Ctrl+wheel, drag and pinch; reset restores', async ({ page }) => {
  const diagram = new DiagramPage(page);
  await diagram.open();
  const transform = () => diagram.viewport.getAttribute('transform');
  const scale = async () => Number((await transform()).match(/scale\(([\d.]+)\)/)[1]);
  expect(await scale()).toBe(1);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  expect(await scale()).toBeCloseTo(1.25);
  await page.getByRole('button', { name: 'Reset view' }).click();
  expect(await scale()).toBe(1);
  await diagram.centre().focus();
  await page.keyboard.press('+');
  expect(await scale()).toBeCloseTo(1.25);
  await page.keyboard.press('0');
  expect(await scale()).toBe(1);
  // Ctrl + wheel zooms where the pointer is.
  await diagram.svg.scrollIntoViewIfNeeded();
  const paper = await page.locator('.diagram__paper').boundingBox();
  await page.mouse.move(paper.x + 10, paper.y + 10);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect.poll(scale).toBeGreaterThan(1.2);
  await page.getByRole('button', { name: 'Reset view' }).click();
  // Drag on the background pans.
  await diagram.svg.scrollIntoViewIfNeeded();
  const at = await page.locator('.diagram__paper').boundingBox();
  await page.mouse.move(at.x + 10, at.y + 10);
  await page.mouse.down();
  await page.mouse.move(at.x + 110, at.y + 60, { steps: 5 });
  await page.mouse.up();
  expect(await transform()).toMatch(/^translate\(\d+\.\d+ \d+\.\d+\) scale\(1\.0000\)$/);
  expect(await transform()).not.toBe('translate(0.00 0.00) scale(1.0000)');
  await page.getByRole('button', { name: 'Reset view' }).click();
  // Two fingers moving apart zoom in.
  await page.locator('svg.diagram__svg').evaluate((svg, box) => {
    const fire = (type, id, x) => svg.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch', isPrimary: id === 1, clientX: x, clientY: box.y + 40, bubbles: true }));
    const mid = box.x + box.width / 2;
    fire('pointerdown', 1, mid - 20);
    fire('pointerdown', 2, mid + 20);
    fire('pointermove', 1, mid - 60);
    fire('pointermove', 2, mid + 60);
    fire('pointerup', 1, mid - 60);
    fire('pointerup', 2, mid + 60);
  }, paper);
  expect(await scale()).toBeGreaterThan(2);
});

test('SVG and PNG exports produce files of the shown diagram', async ({ page }) => {
  const diagram = new DiagramPage(page);
  await diagram.open('year=1990');
  const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
  expect(svgFile.suggestedFilename()).toBe('mek-relationships-1990.svg');
  const svg = readFileSync(await svgFile.path(), 'utf8');
  expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('Mujahedin-E Khalq (MEK)');
  expect(svg).toContain('Saddam');
  expect(svg).not.toMatch(/class="diagram__viewport[^"]*" transform=/);
  const [pngFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
  expect(pngFile.suggestedFilename()).toBe('mek-relationships-1990.png');
  const png = readFileSync(await pngFile.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(16)).toBe(1920); // width: 960 units at 2x
  expect(png.length).toBeGreaterThan(20_000);
});

test('a diagram many screens tall: a change reaches every item within frames, and an export right away has all of it', async ({ page }) => {
  test.setTimeout(60_000);
  // 1,000 actors (dossier-synth): the items out of view are written a few hundred per frame.
  const big = await serveSynthetic(page, 10, 1000);
  const diagram = new DiagramPage(page);
  await diagram.open('', big.id);
  const links = page.locator('.link');
  await expect(links).toHaveCount(1000, { timeout: 20_000 });
  const [svgHeight, windowHeight] = await page.evaluate(() => [document.querySelector('.diagram__svg').getBoundingClientRect().height, innerHeight]);
  expect(svgHeight).toBeGreaterThan(10 * windowHeight);

  const active = async () => Number((await diagram.status.textContent()).match(/^(\d+) of 1000/)[1]);
  const hiddenLinks = () => links.evaluateAll((els) => els.filter((e) => e.getAttribute('visibility') === 'hidden').length);
  await diagram.setYear(1994);
  await expect(diagram.status).toContainText('active in 1994');
  await expect.poll(async () => 1000 - (await hiddenLinks())).toBe(await active());

  // Back to all years, then a year again (most links hidden) and the export at once, before
  // the frames have written the items out of view.
  await page.getByRole('button', { name: /^All years/ }).click();
  await expect.poll(hiddenLinks).toBe(0);
  const [file] = await Promise.all([page.waitForEvent('download'), page.evaluate(async () => {
    const input = document.querySelector('.diagram__range');
    input.value = '2005';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Download SVG').click();
  })]);
  await expect(diagram.status).toContainText('active in 2005');
  const svg = readFileSync(await file.path(), 'utf8');
  const hidden = svg.match(/<g class="link [^>]*visibility="hidden"/g)?.length ?? 0;
  expect(1000 - hidden).toBe(await active());
});

test('an actor with its own profile navigates to it', async ({ page }) => {
  const linked = structuredClone(mek);
  linked.actors.find((a) => a.id === 'ncri').profile = 'mek';
  await page.route(PROFILE, (route) => route.fulfill({ json: linked }));
  const diagram = new DiagramPage(page);
  await diagram.open();
  await expect(diagram.node('ncri')).toHaveAttribute('aria-label', /has its own profile/);
  await diagram.node('ncri').locator('.node__box').click();
  await expect(page).toHaveURL(/#\/p\/mek$/);
});

test('the state is in the URL: a shared link restores year, types, table and the open card', async ({ page }) => {
  const diagram = new DiagramPage(page);
  await diagram.open('year=1990&type=state_sponsor&link=iraq-saddam-sponsor');
  await expect(diagram.slider).toHaveValue('1990');
  await expect(diagram.chip('State sponsor')).toHaveAttribute('aria-pressed', 'true');
  expect(await diagram.visibleLinks()).toEqual(['iraq-saddam-sponsor']);
  await expect(diagram.card.getByRole('heading')).toHaveText('State sponsor: The Iraqi Government under Saddam Hussein');
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(diagram.table).toBeVisible();
  await page.goBack();
  await expect(diagram.svg).toBeVisible();
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('the diagram fits the width, reads at 1:1 and a tap opens a card', async ({ page }) => {
    const diagram = new DiagramPage(page);
    await diagram.open();
    const svg = await diagram.svg.boundingBox();
    expect(svg.width).toBeLessThanOrEqual(375);
    expect(await diagram.svg.getAttribute('viewBox')).toMatch(/^0 0 340\.0 /);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await diagram.link('iraq-saddam-sponsor').locator('.link__hit').tap({ force: true });
    await expect(diagram.card.getByRole('heading')).toHaveText('State sponsor: The Iraqi Government under Saddam Hussein');
    await diagram.card.getByRole('button', { name: 'Close the card' }).tap();
    await expect(diagram.card).toHaveCount(0);
  });
});
