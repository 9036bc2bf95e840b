// trunk post-build hook: the stylesheets trunk staged (one per area of style/, in the order
// index.html links them) become one file, minified in release builds (esbuild): one
// render-blocking request instead of nine, compressed as one text (docs/design.md).
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
const htmlPath = join(staging, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

const link = /<link rel="stylesheet" href="\.\/([\w-]+\.css)" integrity="sha384-[^"]+"\/>\n?/g;
const sheets = [...html.matchAll(link)].map((m) => m[1]);
if (sheets.length === 0) throw new Error(`${htmlPath}: no stylesheet links to bundle`);
const css = sheets.map((file) => readFileSync(join(staging, file), 'utf8')).join('\n');
const { code } = transformSync(css, { loader: 'css', minify: release, logLevel: 'warning' });

const digest = (algorithm, encoding) => createHash(algorithm).update(code).digest(encoding);
const name = `dossier-${digest('sha256', 'hex').slice(0, 16)}.css`;
writeFileSync(join(staging, name), code);
for (const file of sheets) rmSync(join(staging, file));
let first = true;
html = html.replace(link, () => {
  if (!first) return '';
  first = false;
  return `<link rel="stylesheet" href="./${name}" integrity="sha384-${digest('sha384', 'base64')}"/>\n`;
});
writeFileSync(htmlPath, html);
