// What the browser benchmarks share: Debian's Chromium, medians, and pages that record
// the longest main-thread task in `window.__longest`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const RUNS = 5;

export const launch = () => chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The performance issue's budget for an interaction, input to the frame that shows it (ms). */
export const BUDGET = 50;

/** A median interaction time, marked ✓ within the budget and ✗ over it. */
export const againstBudget = (ms) => `${ms.toFixed(0).padStart(5)}${ms <= BUDGET ? '✓' : '✗'}`;

export async function measuredPage(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  return page;
}

/** Serves `dist` at the root of `port` as a production host would (server.mjs COMPRESS=1);
 *  resolves with the server's process once it answers (after precompressing every file). */
export function serveCompressed(dist, port) {
  const server = spawn('node', [fileURLToPath(new URL('../server.mjs', import.meta.url))], {
    env: { ...process.env, DIST: dist, PORT: String(port), BASE: '/', COMPRESS: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    server.on('exit', (code) => reject(new Error(`server.mjs for ${dist} exited with ${code}`)));
    server.stdout.on('data', (chunk) => {
      if (String(chunk).includes('serving')) resolve(server);
    });
  });
}
