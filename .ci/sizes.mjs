// Prints what each part of the built app (dist/, or the folder given) costs, raw and brotli
// (quality 11), against the performance issue's budgets: the first load every page needs (the
// main wasm, its JS with the split loader, the CSS) within 100 KB; a lazily loaded view adds its
// pack (its own module and the chunks of code it shares with other views), and the timeline page as a whole
// should weigh less than TimelineJS3 (64.7 KB brotli).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const FIRST_LOAD_BUDGET = 100_000;
const TIMELINEJS3 = 64_700;

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
const n = (x) => x.toLocaleString('en-US').padStart(10);
const line = (label, { raw, brotli }, note = '') => console.log(`${label.padEnd(40)} ${n(raw)} ${n(brotli)}  ${note}`);
const verdict = (ok) => (ok ? '✓' : '✗');

console.log(`${'first load (every page)'.padEnd(40)} ${'raw'.padStart(10)} ${'brotli'.padStart(10)}`);
const parts = [
  ['wasm (main module)', only(/^dossier-[0-9a-f]+_bg\.wasm$/)],
  ['JS (wasm-bindgen glue, split loader)', only(/^dossier-[0-9a-f]+\.js$/)],
  ['CSS', only(/\.css$/)],
].map(([label, group]) => {
  const size = sum(group.map(sizeOf));
  line(`  ${label}${group.length > 1 ? ` (${group.length} files)` : ''}`, size);
  return size;
});
const firstLoad = sum(parts);
line('  total', firstLoad, `${verdict(firstLoad.brotli <= FIRST_LOAD_BUDGET)} budget ${n(FIRST_LOAD_BUDGET).trim()}`);

// What each view needs: its pack (its module and the chunks it shares, in one file), as
// .ci/split-wasm.mjs wrote it into index.html for its preloads.
const code = readFileSync(join(dir, 'index.html'), 'utf8').match(/var code = (\{[^;]*\});/)?.[1];
if (!code) throw new Error(`${dir}/index.html: no list of the views' packs`);
console.log(`\n${'a view adds, the first time shown (its pack)'.padEnd(40)} ${'raw'.padStart(10)} ${'brotli'.padStart(10)}  page total, brotli`);
for (const [name, files] of Object.entries(JSON.parse(code))) {
  const adds = sum(files.map(sizeOf));
  const page = firstLoad.brotli + adds.brotli;
  const note = name === 'timeline' ? `${verdict(page < TIMELINEJS3)} TimelineJS3 ${n(TIMELINEJS3).trim()}` : '';
  line(`  ${name}`, adds, `${n(page).trim()} ${note}`);
}

console.log('\nother files');
line('  embed.js (host pages only)', sizeOf('embed.js'));
for (const file of ['data/index.json', ...readdirSync(join(dir, 'data/profiles')).map((f) => `data/profiles/${f}`)]) {
  line(`  ${file}`, sizeOf(file));
}
