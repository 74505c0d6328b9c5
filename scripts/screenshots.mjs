/**
 * `npm run screenshots`: the README's pictures of the built site (dist/), taken in Chromium:
 * home, a domain page in light and dark, and a phone. Run `npm run build` first.
 * `npm run screenshots -- --matrix` also takes every page type at every width we design for,
 * in both schemes (60 pictures, the layout e2e's matrix), into docs/screenshots/matrix/ (not
 * committed): the pictures to look through before a change to the layout lands.
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

const MATRIX_OUT = join(OUT, 'matrix');
const MATRIX_WIDTHS = [320, 360, 768, 1280, 1440];
const MATRIX_PAGES = [
  { name: 'home', path: '/' },
  { name: 'domain', path: 'first-domain' },
  { name: 'study', path: 'study/' },
  { name: 'search', path: 'search/?q=strace' },
  { name: 'print', path: 'print/' },
  { name: 'exam', path: 'exam/' },
];

/** The matrix shots: the first 1350 px of each page, where its layout shows. */
async function takeMatrix(browser, urlOf) {
  mkdirSync(MATRIX_OUT, { recursive: true });
  for (const scheme of ['light', 'dark'])
    for (const { name, path } of MATRIX_PAGES)
      for (const width of MATRIX_WIDTHS) {
        const page = await browser.newPage({ viewport: { width, height: 1350 }, colorScheme: scheme });
        await page.goto(urlOf(path));
        await page.waitForLoadState('networkidle');
        const file = join(MATRIX_OUT, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file });
        await page.close();
      }
  console.log(`wrote ${MATRIX_WIDTHS.length * MATRIX_PAGES.length * 2} pictures to ${MATRIX_OUT}/`);
}

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
  const urlOf = (path) => new URL(path === 'first-domain' ? firstDomain : path, server.url).href;
  if (process.argv.includes('--matrix')) await takeMatrix(browser, urlOf);
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.scheme });
    await page.goto(urlOf(shot.path));
    if (shot.name === 'home') {
      // The desk: "Continue" and the domain cards, below the content's own introduction.
      await page.locator('.totals').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    } else {
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
