// trunk post-build hook: splits the app's wasm at its lazily loaded views (`#[wasm_split]` in
// src/ui/lazy_views.rs), the step Leptos's `#[lazy]` needs between cargo and wasm-bindgen that
// trunk 0.21 has no place for. It starts again from cargo's output (linked with relocations,
// see .cargo/config.toml) and replaces the JS and wasm trunk staged under the same names:
//   1. wasm-split-cli: the main module, one module per view, chunks of code views share, and
//      `__wasm_split.js`, which fetches them the first time a view is shown;
//   2. wasm-bindgen on the main module, as trunk runs it (keeping the exports the views import);
//   3. wasm-opt on every module (release builds): the npm package binaryen 132 (.ci/package.json);
//      Debian's binaryen 108 emits a wasm that Chromium rejects; then short names for the main
//      module's imports of its glue (.ci/short-imports.mjs);
//   4. a loader that also works where .wasm is not sent as application/wasm, bundled into the
//      wasm-bindgen glue (esbuild; minified in release builds);
//   5. a content hash in the new files' names (a year of caching cannot mix two builds) and
//      in the integrity attributes of index.html, and the list of each view's modules in
//      index.html's first script, which preloads the view a link opens.
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shortenImports } from './short-imports.mjs';

// WASM_NAMES=1 (with CARGO_PROFILE_RELEASE_STRIP=false) keeps function names, for profiling.
const WASM_OPT = [
  ...(process.env.WASM_NAMES === '1' ? ['-g'] : []), '-Oz', '--enable-bulk-memory', '--enable-bulk-memory-opt', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-reference-types', '--enable-multivalue', '--enable-mutable-globals',
];

// Leptos always builds server_fn's browser client, whose wasm-streams exports JS classes
// (IntoUnderlyingSource, …Sink, …ByteSource) that turn Rust streams into JS ones. Exports are
// roots, so their code stays in the main module although nothing here makes a stream; the glue
// only calls them from those classes' methods. Removed, wasm-opt drops ~8 KB of code with them,
// and the classes go from the glue (`withoutStreamClasses`).
const UNUSED_EXPORTS = ['--remove-exports', '--pass-arg=remove-exports@*intounderlying*'];
const withoutStreamClasses = (js) => {
  const classes = /export class (IntoUnderlying\w+) \{[\s\S]*?\n\}\nif \(Symbol\.dispose\) \1\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;\n/g;
  const registries = /const IntoUnderlying\w+Finalization = \(typeof FinalizationRegistry === 'undefined'\)\n[^\n]*\n[^\n]*__wbg_intounderlying\w+_free\(ptr, 1\)\);\n/g;
  const streamType = /const __wbindgen_enum_ReadableStreamType = \["bytes"\];\n/;
  const found = [js.match(classes)?.length, js.match(registries)?.length, streamType.test(js) ? 1 : 0];
  if (found.join() !== '3,3,1') throw new Error(`wasm-bindgen's glue: the stream classes not as expected (${found})`);
  const rest = js.replace(classes, '').replace(registries, '').replace(streamType, '');
  if (/IntoUnderlying|intounderlying|ReadableStreamType/.test(rest)) throw new Error("wasm-bindgen's glue: the stream classes are still used");
  return rest;
};

// Where each module of a pack ends: a module is its header and its sections (an id, a size,
// the content), and the next one starts with a header. The loader has this function's text, and
// the build checks every pack with it.
function moduleEnds(bytes) {
    const header = [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0];
    const atHeader = (at) => header.every((b, i) => bytes[at + i] === b);
    const ends = [];
    let at = 0;
    while (at < bytes.length) {
        if (!atHeader(at)) throw new Error(`no wasm module at byte ${at}`);
        at += 8;
        while (at < bytes.length && !atHeader(at)) {
            at += 1;
            let size = 0;
            for (let shift = 0, byte = 0x80; byte & 0x80; shift += 7) {
                byte = bytes[at++];
                size += (byte & 0x7f) * 2 ** shift;
            }
            at += size;
        }
        ends.push(at);
    }
    return ends;
}

const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
const profile = process.env.TRUNK_PROFILE ?? 'release';
const input = join(process.env.CARGO_TARGET_DIR ?? 'target', 'wasm32-unknown-unknown', profile, 'dossier.wasm');
const htmlPath = join(staging, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
// trunk's name for the app's files, hashed from cargo's wasm: index.html already uses it.
const stem = html.match(/\.\/(dossier-[0-9a-f]+)\.js/)?.[1];
if (!stem) throw new Error(`${htmlPath}: no ./dossier-HASH.js to replace`);

// wasm-opt warns, for every module, about a names subsection it does not read (id 3): noise.
const NOISE = /^warning: unknown name subsection with id \d+ at \d+\n/gm;
const run = (tool, args) => {
  const result = spawnSync(tool, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  process.stderr.write((result.stderr ?? '').replace(NOISE, ''));
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')}: ${result.error ?? `exit ${result.status}`}`);
};
const digest = (algorithm, bytes, encoding) => createHash(algorithm).update(bytes).digest(encoding);
// 32 bits of a content hash: enough that no two builds share a name for different code.
const short = (bytes) => digest('sha256', bytes, 'hex').slice(0, 8);

const work = mkdtempSync(join(tmpdir(), 'dossier-split-'));
try {
  run('wasm-split-cli', [input, work, '--out-name', stem]);
  const out = join(work, 'out');
  run('wasm-bindgen', ['--target=web', '--keep-lld-exports', '--no-typescript',
    `--out-dir=${out}`, `--out-name=${stem}`, join(work, `${stem}.wasm`)]);
  const views = readdirSync(work).filter((f) => /^(split|chunk)_\w+\.wasm$/.test(f));
  for (const file of views) copyFileSync(join(work, file), join(out, file));
  if (profile === 'release') {
    for (const file of [`${stem}_bg.wasm`, ...views]) {
      const main = file === `${stem}_bg.wasm` ? UNUSED_EXPORTS : [];
      run('wasm-opt', [...main, ...WASM_OPT, join(out, file), '-o', join(out, file)]);
    }
  }

  // The main module's imports of its glue under short names (.ci/short-imports.mjs).
  {
    const wasmPath = join(out, `${stem}_bg.wasm`);
    const jsPath = join(out, `${stem}.js`);
    const glue = withoutStreamClasses(readFileSync(jsPath, 'utf8'));
    const shortened = shortenImports(readFileSync(wasmPath), glue, `./${stem}_bg.js`);
    writeFileSync(wasmPath, shortened.wasm);
    writeFileSync(jsPath, shortened.js);
  }

  // Streaming compilation needs the host to send .wasm as application/wasm: on any other type
  // the loader compiles the bytes instead (as wasm-bindgen's own loader does), so that the app
  // keeps working on any static host.
  const streaming = 'WebAssembly.instantiateStreaming(src, imports)';
  const source = readFileSync(join(work, '__wasm_split.js'), 'utf8');
  if (!source.includes(streaming)) throw new Error(`__wasm_split.js: no ${streaming} to replace`);
  let loader = `${source.replaceAll(streaming, 'instantiate(src, imports)')}
async function instantiate(src, imports) {
    const response = await src;
    if (response.headers.get('content-type')?.startsWith('application/wasm')) {
        return WebAssembly.instantiateStreaming(response, imports);
    }
    return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}
`;
  // Every module and pack under a name that changes with the content of them all: one hash,
  // which the loader's table (in the JS every page loads) repeats at no cost once compressed,
  // where a hash of each module's own cost 1.3 KB of brotli. The split numbers the chunks anew
  // when the code changes, so names of their own kept little in a cache from one build to
  // the next.
  const everyModule = views.map((file) => [file, readFileSync(join(out, file))]).sort(([a], [b]) => a.localeCompare(b));
  const codeHash = short(Buffer.concat(everyModule.flatMap(([file, bytes]) => [Buffer.from(file), bytes])));
  const hashedName = new Map();
  for (const [file, bytes] of everyModule) {
    const hashed = file.replace(/\.wasm$/, `-${codeHash}.wasm`);
    loader = loader.replaceAll(`"./${file}"`, `"./${hashed}"`);
    hashedName.set(file, hashed);
    writeFileSync(join(staging, hashed), bytes);
  }
  // What each view needs: its module and the chunks it shares, as the loader lists them
  // (`const __chunk_N = makeLoad(... "./chunk_N.wasm"`;
  // `export const __wasm_split_load_VIEW = ... "./split_VIEW.wasm" ... [__chunk_N, ...]`).
  const chunks = new Map([...source.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)]
    .map((m) => [m[1], hashedName.get(m[2])]));
  const modules = Object.fromEntries([...source.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\[([^\]]*)\]\)\)/g)]
    .map(([, view, module, deps]) => [view, [hashedName.get(module),
      ...deps.split(',').map((d) => d.trim()).filter(Boolean).map((d) => chunks.get(d))]]));
  if (Object.keys(modules).length === 0) throw new Error('__wasm_split.js: no view modules found');
  // Each view's modules also make one file, its pack: a view shown first comes in one request
  // and is compressed as one (separately, its 15 to 19 small files lose 2-6 KB of brotli, and
  // take as many requests). A pack is named .wasm so that hosts serve and compress it like
  // the modules it holds; the loader cuts it up (`viaPack` below).
  // The loader's table: every module once, with its size; each view's pack, with the modules
  // it holds in order (by their place in that list).
  const parts = [...new Set(Object.values(modules).flat())];
  const contents = new Map(parts.map((file) => [file, readFileSync(join(staging, file))]));
  const packs = {};
  for (const [view, files] of Object.entries(modules)) {
    const bytes = Buffer.concat(files.map((file) => contents.get(file)));
    const pack = `pack_${view}-${codeHash}.wasm`;
    const sizes = files.map((file) => contents.get(file).length);
    const ends = moduleEnds(bytes);
    if (ends.join() !== sizes.map((size, i) => sizes.slice(0, i + 1).reduce((a, b) => a + b)).join()) {
      throw new Error(`${pack}: its modules are not where moduleEnds finds them`);
    }
    writeFileSync(join(staging, pack), bytes);
    packs[view] = [`./${pack}`, files.map((file) => parts.indexOf(file))];
  }
  const fetchModule = /fetch\(new URL\(("\.\/[^"]+"), import\.meta\.url\)\)/g;
  const viewLoad = /export const (__wasm_split_load_(\w+)) = wrapAsyncCb\((makeLoad\([\s\S]*?\]\))\);/g;
  if ([...loader.matchAll(viewLoad)].length !== Object.keys(packs).length) throw new Error('__wasm_split.js: view loads not as expected');
  // Every module's load is the same function of its file and the modules it needs (`moduleLoad`).
  const moduleLoad = /makeLoad\(\(\) => \{\s*const src = part\(("[^"]+")\);\s*src\.catch\(\(\) => \{\}\);\s*return async \(imports\) => \(instantiate\(src, imports\)\);\s*\}\s*,/g;
  loader = loader.replace(fetchModule, 'part($1)').replace(viewLoad, 'export const $1 = wrapAsyncCb(viaPack("$2", $3));');
  if ([...loader.matchAll(moduleLoad)].length !== parts.length) throw new Error('__wasm_split.js: module loads not as expected');
  loader = `${loader.replace(moduleLoad, 'moduleLoad($1,')}
function moduleLoad(file, deps) {
    return makeLoad(() => {
        const src = part(file);
        src.catch(() => {});
        return async (imports) => instantiate(src, imports);
    }, deps);
}
// Loading a view starts with its pack if index.html preloaded it (it is on its way), or if
// under a tenth of it is here already; otherwise (another view shares that code, e.g. the
// diagram after the timeline) each missing module comes alone rather than downloading so much
// again. Modules already here are skipped in a pack, which is cut where each module ends
// (\`moduleEnds\`). Every module is instantiated once, and a failed download is fetched again
// when asked for again. The table gives each module's size in KB, which is all that choice
// needs (exact sizes do not compress).
const parts = ${JSON.stringify(parts.map((file) => [`./${file}`, Math.ceil(contents.get(file).length / 1024)]))};
const packs = ${JSON.stringify(packs)};
${moduleEnds}
const fromPacks = new Map();
const requested = new Set();
function part(file) {
    const response = fromPacks.get(file) ?? fetch(new URL(file, import.meta.url));
    fromPacks.delete(file);
    requested.add(file);
    response.catch(() => requested.delete(file));
    return response;
}
function viaPack(view, load) {
    return () => {
        const [pack, held] = packs[view];
        const files = held.map((i) => parts[i]);
        const here = ([file]) => requested.has(file) || fromPacks.has(file);
        const kb = (list) => list.reduce((sum, [, size]) => sum + size, 0);
        const preloaded = [...document.querySelectorAll('link[rel="preload"]')].some((link) => link.href === new URL(pack, import.meta.url).href);
        if (preloaded || kb(files.filter(here)) * 10 < kb(files)) {
            const modules = fetch(new URL(pack, import.meta.url)).then(async (response) => {
                if (!response.ok) throw new Error(\`\${pack}: HTTP \${response.status}\`);
                const bytes = await response.arrayBuffer();
                const ends = moduleEnds(new Uint8Array(bytes));
                return ends.map((end, i) => bytes.slice(ends[i - 1] ?? 0, end));
            });
            files.forEach(([file], i) => {
                if (here([file])) return;
                fromPacks.set(file, modules.then((m) => new Response(m[i], { headers: { 'content-type': 'application/wasm' } })));
            });
        }
        return load();
    };
}
`;
  // For the preloads of index.html's first script: the pack of the view an address opens.
  const placeholder = "{} /* each view's wasm modules, filled in by .ci/split-wasm.mjs */";
  if (!html.includes(placeholder)) throw new Error(`${htmlPath}: no view modules to preload`);
  const code = Object.fromEntries(Object.entries(packs).map(([view, [pack]]) => [view, [pack.slice(2)]]));
  html = html.replace(placeholder, JSON.stringify(code));
  // The loader goes into the glue, which imports it (and which it imports): one file less on
  // the page's critical path. Release builds minify it (esbuild).
  writeFileSync(join(out, '__wasm_split.js'), loader);
  const bundle = buildSync({
    entryPoints: [join(out, `${stem}.js`)], bundle: true, format: 'esm', write: false,
    minify: profile === 'release', legalComments: 'none', logLevel: 'warning',
    // wasm-bindgen lists the split loader once per import of it (`"./__wasm_split.js":
    // import6, … import8`), every one the same module: the repeated key is harmless.
    logOverride: { 'duplicate-object-key': 'silent' },
  });
  const files = {
    [`${stem}.js`]: Buffer.from(bundle.outputFiles[0].contents),
    [`${stem}_bg.wasm`]: readFileSync(join(out, `${stem}_bg.wasm`)),
  };
  for (const [name, bytes] of Object.entries(files)) {
    writeFileSync(join(staging, name), bytes);
    const link = new RegExp(`(<link[^>]*href="\\./${name}"[^>]*integrity=")sha384-[^"]+"`);
    if (!link.test(html)) throw new Error(`${htmlPath}: no integrity attribute for ${name}`);
    html = html.replace(link, `$1sha384-${digest('sha384', bytes, 'base64')}"`);
  }
  // The app comes after the page's first contentful paint (index.html's first script says
  // when): a page is readable without it (the pages are pre-rendered), and its download then
  // does not hold back the stylesheet's. trunk's loader and its preloads give way to one that
  // waits for that paint, then fetches the wasm and the glue together.
  const trunkLoader = /<script type="module">\s*import init, \* as bindings from '(\.\/[^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '(\.\/[^']+\.wasm)' \}\);([\s\S]*?)<\/script>/;
  if (!trunkLoader.test(html)) throw new Error(`${htmlPath}: trunk's loader is not as expected`);
  html = html.replace(trunkLoader, (_, js, wasm, rest) => `<script type="module">
await window.dossierPainted;
const code = fetch('${wasm}');
const { default: init, ...bindings } = await import('${js}');
const wasm = await init({ module_or_path: code });${rest}</script>`);
  const preloads = /<link rel="(modulepreload|preload)" href="\.\/dossier-[0-9a-f]+(\.js|_bg\.wasm)"[^>]*>/g;
  if ([...html.matchAll(preloads)].length !== 2) throw new Error(`${htmlPath}: trunk's preloads are not as expected`);
  html = html.replace(preloads, '');
  writeFileSync(htmlPath, html);
} finally {
  rmSync(work, { recursive: true, force: true });
}
