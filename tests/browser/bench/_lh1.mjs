// one Lighthouse run of one page, printing the metrics and the top long tasks
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serveCompressed } from './common.mjs';
const [dist, hash, runs] = [process.argv[2], process.argv[3] ?? '#/p/mek', Number(process.argv[4] ?? 3)];
const port = 8831;
const server = await serveCompressed(dist, port);
for (let i = 0; i < runs; i++) {
  const { stdout } = await promisify(execFile)('/work/main/tests/browser/bench/node_modules/.bin/lighthouse', [
    `http://127.0.0.1:${port}/${hash}`, '--output=json', '--output-path=stdout', '--quiet', '--only-categories=performance',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update',
  ], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
  const r = JSON.parse(stdout);
  const a = (k) => Math.round(r.audits[k].numericValue);
  const tasks = (r.audits['long-tasks']?.details?.items ?? []).map((t) => `${Math.round(t.startTime)}+${Math.round(t.duration)}`).join(' ');
  console.log(`perf ${Math.round(r.categories.performance.score * 100)} FCP ${a('first-contentful-paint')} LCP ${a('largest-contentful-paint')} TBT ${a('total-blocking-time')} SI ${a('speed-index')} | long tasks ${tasks}`);
}
server.kill();
