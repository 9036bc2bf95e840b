// Browser tests run the built app (dist/) in Debian's Chromium, served under a sub-path
// by a plain static server, as a real static host would.
import { defineConfig, devices } from '@playwright/test';

import { BASE as base, HOST as host } from './pages.js';

const port = new URL(base).port;
const hostPort = new URL(host).port;

export default defineConfig({
  testDir: './specs',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: base,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      // Keep Chromium's flood protection, as readers' browsers have it: a page that replaces
      // its URL hundreds of times in a few seconds is throttled, and a test must see that.
      ignoreDefaultArgs: ['--disable-ipc-flooding-protection'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: `node server.mjs`,
      env: { PORT: String(port) },
      url: base,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    // Another origin, for the embedding tests: a host site with its own strict CSP.
    {
      command: `node host-server.mjs`,
      env: { HOST_PORT: String(hostPort), APP_ORIGIN: new URL(base).origin },
      url: host,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
