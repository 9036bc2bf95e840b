// Takes README's two pictures from the built app (dist/): the MEK profile with a footnote
// preview open, on a desktop, and the timeline on a phone. Writes them to public/readme/.
// Usage (after `trunk build --release`): node tests/browser/readme-screenshots.mjs
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serveCompressed } from './bench/common.mjs';

const repo = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
const port = Number(process.env.PORT ?? 8805);
const base = `http://127.0.0.1:${port}/`;
const out = join(repo, 'public/readme');
const server = await serveCompressed(join(repo, 'dist'), port);
const browser = await launch();
try {
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await desktop.goto(`${base}p/mek/#history`);
  await desktop.waitForSelector('html[data-app="whole"]');
  const marker = desktop.locator('.profile__body .ref__link[data-note="3"]').first();
  await marker.hover();
  await desktop.getByRole('dialog').waitFor();
  await desktop.waitForTimeout(300);
  await desktop.screenshot({ path: join(out, 'profile-preview.png') });

  const phone = await browser.newPage({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2 });
  await phone.goto(`${base}p/mek/timeline/`);
  await phone.waitForSelector('html[data-app="whole"]');
  await phone.screenshot({ path: join(out, 'timeline-phone.png') });
  console.log(`wrote ${out}/profile-preview.png and timeline-phone.png`);
} finally {
  await browser.close();
  server.kill();
}
