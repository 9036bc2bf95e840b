// trunk post-build hook: puts the hashes of each page's inline scripts (trunk's loader, whose
// asset paths depend on the page's folder, and the preloads) into that page's
// Content-Security-Policy <meta>, in place of 'sha256-LOADER'. A host that sets headers per
// page can send the same policy; no one policy is written for every page, because the style
// values' hashes would make it grow with every profile (and one page's HTML past the first
// round trip).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const pages = readdirSync(dir, { recursive: true }).filter((f) => /(^|\/)index\.html$/.test(f) && !f.startsWith('data/'));
for (const page of pages) {
  const path = join(dir, page);
  let html = readFileSync(path, 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  if (inline.length === 0) throw new Error(`${path}: no inline loader script to hash`);
  const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  if (!html.includes("'sha256-LOADER'")) throw new Error(`${path}: the CSP <meta> has no 'sha256-LOADER' placeholder`);
  html = html.replace("'sha256-LOADER'", hashes.join(' '));
  // The pre-renderer writes the views' computed styles (a timeline bar's place, a share) as
  // style attributes, where the app sets them through the CSSOM: each value is allowed by
  // its hash, and no other.
  const styles = [...new Set([...html.matchAll(/<[^>]*\sstyle="([^"]*)"/g)].map((m) => m[1]))];
  if (styles.length > 0) {
    const allowed = styles.map((value) => `'sha256-${createHash('sha256').update(value, 'utf8').digest('base64')}'`);
    html = html.replace("style-src 'self'", `style-src 'self' 'unsafe-hashes' ${allowed.join(' ')}`);
  }
  writeFileSync(path, html);
}
