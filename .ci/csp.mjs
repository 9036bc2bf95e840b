// trunk post-build hook: puts the hash of trunk's inline loader script into the
// Content-Security-Policy <meta> of the built index.html, in place of 'sha256-LOADER',
// and writes the same policy to dist/csp.txt for hosts that send it as a header.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const path = join(dir, 'index.html');
let html = readFileSync(path, 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) throw new Error(`${path}: no inline loader script to hash`);
const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
if (!html.includes("'sha256-LOADER'")) throw new Error(`${path}: the CSP <meta> has no 'sha256-LOADER' placeholder`);
html = html.replace("'sha256-LOADER'", hashes.join(' '));
writeFileSync(path, html);
const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
writeFileSync(join(dir, 'csp.txt'), `${policy}\n`);
