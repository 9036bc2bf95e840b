// A host site on another origin (another port), as a think tank's page would be: it embeds
// Dossier views and serves its pages under a strict Content-Security-Policy that lets in
// only the app's origin (APP_ORIGIN) for frames and scripts.
// Tests PUT a page's HTML to /pages/NAME, then open it; /pym.v1.min.js is NPR's Pym.js.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.HOST_PORT ?? 8788);
const app = process.env.APP_ORIGIN ?? 'http://127.0.0.1:8787';
const pym = fileURLToPath(new URL('./node_modules/pym.js/dist/pym.v1.min.js', import.meta.url));
const pages = new Map();

const policy = [
  "default-src 'none'",
  `script-src 'self' ${app}`,
  `frame-src ${app}`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const css = 'body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 48rem; padding: 1rem; background: #eef1f5; color: #222; }\n'
  + 'h1 { font-size: 1.4rem; } .column { background: #fff; padding: 1rem; border-radius: 8px; }\n';

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const name = url.pathname.match(/^\/pages\/([\w-]+)$/)?.[1];
  if (req.method === 'PUT' && name) {
    let body = '';
    for await (const chunk of req) body += chunk;
    pages.set(name, body);
    res.writeHead(204).end();
  } else if (req.method === 'GET' && name && pages.has(name)) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy });
    res.end(pages.get(name));
  } else if (url.pathname === '/host.css') {
    res.writeHead(200, { 'content-type': 'text/css' }).end(css);
  } else if (url.pathname === '/pym.v1.min.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(pym));
  } else if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('host');
  } else {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`host site at http://127.0.0.1:${port}/ embedding ${app}`));
