// trunk post-build hook: puts the hashes of each page's inline scripts (trunk's loader, whose
// asset paths depend on the page's folder, and the preloads) into that page's
// Content-Security-Policy <meta>, in place of 'sha256-LOADER', and writes one policy that
// allows every page's to dist/csp.txt, for hosts that send it as a header.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const pages = readdirSync(dir, { recursive: true }).filter((f) => /(^|\/)index\.html$/.test(f) && !f.startsWith('data/'));
const all = new Set();
const allStyles = new Set();
let policy;
for (const page of pages) {
  const path = join(dir, page);
  let html = readFileSync(path, 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  if (inline.length === 0) throw new Error(`${path}: no inline loader script to hash`);
  const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  hashes.forEach((hash) => all.add(hash));
  if (!html.includes("'sha256-LOADER'")) throw new Error(`${path}: the CSP <meta> has no 'sha256-LOADER' placeholder`);
  html = html.replace("'sha256-LOADER'", hashes.join(' '));
  // The pre-renderer writes the views' computed styles (a timeline bar's place, a share) as
  // style attributes, where the app sets them through the CSSOM: each value is allowed by
  // its hash, and no other.
  const styles = [...new Set([...html.matchAll(/<[^>]*\sstyle="([^"]*)"/g)].map((m) => m[1]))];
  if (styles.length > 0) {
    const allowed = styles.map((value) => `'sha256-${createHash('sha256').update(value, 'utf8').digest('base64')}'`);
    allowed.forEach((hash) => allStyles.add(hash));
    html = html.replace("style-src 'self'", `style-src 'self' 'unsafe-hashes' ${allowed.join(' ')}`);
  }
  writeFileSync(path, html);
  policy ??= html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1]
    .replace(hashes.join(' '), "'sha256-LOADER'").replace(/style-src 'self'[^;]*/, "style-src 'self'");
}
const styleSrc = allStyles.size > 0 ? `style-src 'self' 'unsafe-hashes' ${[...allStyles].join(' ')}` : "style-src 'self'";
writeFileSync(join(dir, 'csp.txt'), `${policy.replace("'sha256-LOADER'", [...all].join(' ')).replace("style-src 'self'", styleSrc)}\n`);
