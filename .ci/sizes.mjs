// Prints what the built app (dist/, or the folder given) costs, brotli (quality 11), page by
// page, against the budgets of the pre-rendering issue:
//   - readable: the page's HTML and the stylesheet, all a reader needs to read it (the MEK
//     profile within 30 KB);
//   - first trip: the page's HTML and its policy, the one header that grows with the page (a host
//     that sends headers per page sends that): within 14,000 B, they and the other headers
//     arrive in the first round trip (TCP's first window: 10 segments, 14,600 B), and the
//     page paints one round trip earlier (Lighthouse's simulation counts it the same way);
//   - interactive: the wasm and JS the page loads to come alive (the main module, its JS, and
//     the pack of the page's first step: its view's, with the code that fetches the profile's
//     file, or on the timeline's page the controls of the timeline it was written with),
//     within 100 KB;
//   - then: what the page loads after it is live (its tools: `later`; an embed's page, what
//     makes it an embed: `embed_page`; the catalog's and the timeline's own code, whose first
//     step works on what the page was written with; the fetch of the profile's file).
// Then each split-off part's pack, and the other files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const READABLE_BUDGET = 30_000;
const FIRST_TRIP_BUDGET = 14_000;
const INTERACTIVE_BUDGET = 100_000;

const dir = process.argv[2] ?? 'dist';
const files = readdirSync(dir);
const sizeOf = (file) => {
  const bytes = readFileSync(join(dir, file));
  const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
  return { raw: bytes.length, brotli: brotliCompressSync(bytes, { params }).length };
};
const sum = (sizes) => sizes.reduce((a, b) => ({ raw: a.raw + b.raw, brotli: a.brotli + b.brotli }), { raw: 0, brotli: 0 });
const only = (pattern) => {
  const found = files.filter((f) => pattern.test(f));
  if (found.length === 0) throw new Error(`${dir}: no file matches ${pattern}`);
  return found;
};
const n = (x) => x.toLocaleString('en-US').padStart(9);
const verdict = (ok) => (ok ? '✓' : '✗');

// Each view's pack, as .ci/split-wasm.mjs wrote it into index.html for its preloads.
const code = readFileSync(join(dir, 'index.html'), 'utf8').match(/var code = (\{[^;]*\});/)?.[1];
if (!code) throw new Error(`${dir}/index.html: no list of the views' packs`);
const packs = Object.fromEntries(Object.entries(JSON.parse(code)).map(([name, list]) => [name, sum(list.map(sizeOf))]));

const main = sizeOf(only(/^dossier-[0-9a-f]+_bg\.wasm$/)[0]);
const js = sizeOf(only(/^dossier-[0-9a-f]+\.js$/)[0]);
const css = sum(only(/\.css$/).map(sizeOf));
console.log(`main module ${n(main.brotli).trim()} B, its JS ${n(js.brotli).trim()} B, the stylesheet ${n(css.brotli).trim()} B (brotli)`);

// What the loader fetches for a part: its pack, unless a tenth of it is here already, and then
// only the modules that are not (the loader's table, in the app's JS, with sizes in KB).
const table = readFileSync(join(dir, only(/^dossier-[0-9a-f]+\.js$/)[0]), 'utf8');
const [, moduleList, packList] = table.match(/(\[\["\.\/[^\]]*\][^=]*?\]\])[^{]*(\{[^}]*\})/) ?? [];
if (!packList) throw new Error(`${dir}: no loader table in the app's JS`);
const modules = JSON.parse(moduleList).map(([file, size]) => ({ file: file.slice(2), size }));
// Minified, the table's keys are not quoted.
const held = JSON.parse(packList.replace(/([{,])"?(\w+)"?:/g, '$1"$2":'));
let loaded = new Set();
const load = (view) => {
  const list = held[view][1].map((i) => modules[i]);
  const bytes = (of) => of.reduce((total, m) => total + m.size, 0);
  const missing = list.filter((m) => !loaded.has(m.file));
  const brotli = bytes(missing) * 10 > bytes(list) * 9 ? packs[view].brotli : sum(missing.map((m) => sizeOf(m.file))).brotli;
  missing.forEach((m) => loaded.add(m.file));
  return brotli;
};

console.log(`\n${'page (brotli, bytes)'.padEnd(26)} ${'first trip'.padStart(10)}   ${'readable'.padStart(9)}   ${'interactive'.padStart(11)}    then`);
for (const [page, path, first, then = 'later'] of [
  ['catalog', '', [], ['later', 'catalog']], ['profile (MEK)', 'p/mek/', [], ['profile_file', 'later']],
  ['timeline (MEK)', 'p/mek/timeline/', ['written_timeline'], ['profile_file', 'later', 'timeline']],
  ['diagram (MEK)', 'p/mek/diagram/', ['written_diagram'], ['profile_file', 'later', 'diagram']],
  ['embed: timeline (MEK)', 'p/mek/embed/timeline/', ['written_timeline'], ['profile_file', 'embed_page', 'timeline']],
  ['embed: diagram (MEK)', 'p/mek/embed/diagram/', ['written_diagram'], ['profile_file', 'embed_page', 'diagram']],
  ['embed: History (MEK)', 'p/mek/embed/history/', [], ['profile_file', 'embed_page']],
]) {
  const html = sizeOf(join(path, 'index.html')).brotli;
  const policy = readFileSync(join(dir, path, 'index.html'), 'utf8').match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
  const firstTrip = html + policy.length;
  const readable = html + css.brotli;
  loaded = new Set();
  const interactive = main.brotli + js.brotli + first.reduce((total, pack) => total + load(pack), 0);
  const readableNote = page.startsWith('profile') ? verdict(readable <= READABLE_BUDGET) : ' ';
  const later = [then].flat().reduce((total, pack) => total + load(pack), 0);
  console.log(`${page.padEnd(26)} ${n(firstTrip).padStart(10)} ${verdict(firstTrip <= FIRST_TRIP_BUDGET)} ${n(readable)} ${readableNote} ${n(interactive)} ${verdict(interactive <= INTERACTIVE_BUDGET)}  ${n(later)}`);
}
// An embed of a profile without pages (added after the build) is the root page's app: its
// pack, then each view's, which the loader fetches whole unless a tenth of it is here
// already, and then only the modules that are not (the loader's table, in the app's JS).
loaded = new Set();
const rootEmbed = main.brotli + js.brotli + ['app', 'embedded', 'timeline'].reduce((total, view) => total + load(view), 0);
console.log(`${'embed: root page\'s app'.padEnd(26)} ${'—'.padStart(10)}   ${'—'.padStart(9)}   ${n(rootEmbed)}    (timeline, a profile added after the build: nothing to read until then)`);
console.log(`(budgets: each page's first trip within ${n(FIRST_TRIP_BUDGET).trim()}, the profile readable within ${n(READABLE_BUDGET).trim()}, each page interactive within ${n(INTERACTIVE_BUDGET).trim()})`);

console.log(`\n${'a part whose code comes when needed'.padEnd(40)} ${'raw'.padStart(9)} ${'brotli'.padStart(9)}`);
for (const [name, size] of Object.entries(packs)) console.log(`  ${name.padEnd(38)} ${n(size.raw)} ${n(size.brotli)}`);

console.log('\nother files');
const line = (label, { raw, brotli }) => console.log(`  ${label.padEnd(38)} ${n(raw)} ${n(brotli)}`);
line('embed.js (host pages only)', sizeOf('embed.js'));
for (const file of ['data/index.json', ...readdirSync(join(dir, 'data/profiles')).map((f) => `data/profiles/${f}`)]) {
  line(file, sizeOf(file));
}
