/**
 * `npm run screenshots`: the README's pictures of the built site (dist/), taken in Chromium:
 * home, a domain page in light and dark, and a phone. Run `npm run build` first.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.mjs';
import { serveStatic } from './lib/static-server.mjs';

const OUT = 'docs/screenshots';
const SHOTS = [
  { name: 'home', path: '/', width: 1280, height: 800, scheme: 'light' },
  { name: 'domain-light', path: 'first-domain', width: 1440, height: 900, scheme: 'light' },
  { name: 'domain-dark', path: 'first-domain', width: 1440, height: 900, scheme: 'dark' },
  { name: 'phone', path: 'first-domain', width: 360, height: 740, scheme: 'light' },
];

if (!existsSync('dist/index.html')) {
  console.error('screenshots: dist/ has no site; run `npm run build` first.');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
const server = await serveStatic('dist', '/', 4590);
const browser = await launchBrowser();
try {
  const home = await browser.newPage();
  await home.goto(server.url);
  const firstDomain = await home.locator('.domain-card a').first().getAttribute('href');
  await home.close();
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.scheme });
    await page.goto(new URL(shot.path === 'first-domain' ? firstDomain : shot.path, server.url).href);
    if (shot.name !== 'home') {
      // An answer open, as a reader sees it.
      await page.locator('details[data-answer] > summary').first().click();
      await page
        .locator('article[data-question]')
        .first()
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    }
    await page.waitForTimeout(300);
    const file = join(OUT, `${shot.name}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
