// A plain static file server, like any static host: no rewrites, 404 for what is missing.
// Serves DIST (default ../../dist) under BASE (default /some/sub/path/) on PORT.
// With COMPRESS=1 it serves as a production host would (the benchmarks): brotli or gzip by
// the request's Accept-Encoding, precompressed before it starts listening (compressing the
// wasm at brotli's quality 11 on first request would stall that answer for seconds), and
// hashed assets cached for a year. It prints "serving …" once it answers.
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(process.env.DIST ?? join(here, '../../dist'));
const base = process.env.BASE ?? '/some/sub/path/';
const port = Number(process.env.PORT ?? 8787);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const compress = process.env.COMPRESS === '1';
const compressed = new Map();

// A page's own policy, from its <meta>, sent as the header too, as a host that sets headers
// per page would (the build writes each page's: its inline scripts' and style values' hashes).
const policyOf = (html) => html.toString('utf8').match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1] ?? '';

/** Every file under `dir`, compressed both ways, keyed as `encode` looks them up. */
async function precompress(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) await precompress(file);
    else if (!/\.(png|woff2?)$/.test(file)) {
      const body = await readFile(file);
      compressed.set(`br:${file}`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      compressed.set(`gzip:${file}`, gzipSync(body, { level: 9 }));
    }
  }
}

/** The body as the client accepts it. */
function encode(file, body, accepted, headers) {
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  const packed = compress && encoding && compressed.get(`${encoding}:${file}`);
  if (!packed) return body;
  headers['content-encoding'] = encoding;
  headers.vary = 'accept-encoding';
  return packed;
}

if (compress) await precompress(root);

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  let rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
  if (rel.endsWith('/')) rel += 'index.html';
  const file = normalize(join(root, rel));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
    const raw = await readFile(file);
    const csp = extname(file) === '.html' ? policyOf(raw) : '';
    if (csp) headers['content-security-policy'] = csp;
    // trunk's file names carry a content hash: those never change.
    headers['cache-control'] = /-[0-9a-f]{8,16}(_bg)?\.\w+$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
    const body = encode(file, raw, req.headers['accept-encoding'] ?? '', headers);
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
