// The validator and the app agree: for each author error, the problems the app shows
// are exactly the lines `dossier-validate` prints for the same file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProfilePage, test, expect } from '../pages.js';

const repo = new URL('../../../', import.meta.url).pathname;
const mek = JSON.parse(readFileSync(join(repo, 'data/profiles/mek.json'), 'utf8'));
const PROFILE = '**/data/profiles/mek.json';
const validator = ['debug', 'release'].map((p) => join(repo, 'target', p, 'dossier-validate')).find(existsSync);

/** What the validator says of this profile, as "location: message" lines. */
function validate(profile) {
  const file = join(mkdtempSync(join(tmpdir(), 'dossier-')), 'mek.json');
  writeFileSync(file, JSON.stringify(profile, null, 2));
  try {
    execFileSync(validator, [file], { stdio: 'pipe' });
    return [];
  } catch (e) {
    // Each problem is "FILE: LOCATION: MESSAGE"; a count follows.
    return e.stderr.toString().trim().split('\n').filter((line) => line.startsWith(`${file}: `)).map((line) => line.slice(file.length + 2));
  }
}

const CASES = {
  'a dangling note reference': (p) => { p.sections[1].blocks[0].paragraph.push({ note: 99 }); },
  'an uncited note and an unused source': (p) => { p.notes.push({ number: 60, text: 'Never cited.', source: 'orphan' }); p.sources.push({ id: 'orphan', title: 'Orphan', publisher: 'Nobody', date: '2015' }); },
  'a relationship to an unknown actor': (p) => { p.relationships[0].actor = 'nobody'; },
  'a duplicate section id': (p) => { p.sections[2].id = p.sections[1].id; },
  'a reserved section id': (p) => { p.sections[2].id = 'diagram'; },
  'a javascript: link': (p) => { p.notes[0].url = 'javascript:alert(1)'; },
  'an event without notes': (p) => { p.events[0].notes = []; },
  'an editor’s note quoting words its section lacks': (p) => { p.editor_notes[0].quote = 'words that are not there'; },
};

for (const [name, breakIt] of Object.entries(CASES)) {
  test(`the app and the validator report ${name} the same way`, async ({ page }) => {
    test.skip(!validator, 'dossier-validate is not built (cargo build --bin dossier-validate)');
    const broken = structuredClone(mek);
    breakIt(broken);
    const expected = validate(broken);
    expect(expected.length).toBeGreaterThan(0);
    await page.route(PROFILE, (route) => route.fulfill({ json: broken }));
    const profile = new ProfilePage(page);
    await profile.open();
    await expect(profile.alert.locator('.status__list li')).toHaveCount(expected.length);
    const shown = await profile.alert.locator('.status__list li').allTextContents();
    expect(shown.sort()).toEqual([...expected].sort());
  });
}
