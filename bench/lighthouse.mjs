/**
 * `npm run bench:lighthouse`: Lighthouse's four scores (performance, accessibility, best
 * practices, SEO) for home, the largest domain page, /study/ and /search/ of the built dist/,
 * on Lighthouse's mobile and desktop settings, plus the domain page's layout shift once a
 * question has been graded (progress stored, so every study figure is filled in by script).
 * Writes bench/results/lighthouse.json. Run `npm run build` first.
 *
 * Lighthouse is not a dependency of the project: like compare.mjs with Starlight, it is
 * installed into $TMPDIR/cks-bench-lighthouse (reused between runs; delete it for a newer
 * release). dist/ is served gzipped, as every static host serves it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../scripts/lib/browser.mjs';
import { serveStatic } from '../scripts/lib/static-server.mjs';
import { pageTypes } from './page-weight.mjs';

const INSTALL = join(tmpdir(), 'cks-bench-lighthouse');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function installLighthouse() {
  const entry = join(INSTALL, 'node_modules/lighthouse/core/index.js');
  if (existsSync(entry)) return;
  mkdirSync(INSTALL, { recursive: true });
  writeFileSync(join(INSTALL, 'package.json'), '{ "private": true }\n');
  console.log(`lighthouse: installing into ${INSTALL}`);
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', 'lighthouse'], {
    cwd: INSTALL,
    encoding: 'utf8',
  });
  if (npm.status !== 0) throw new Error(`npm install of Lighthouse failed:\n${npm.stderr}`);
}

const load = (path) => import(pathToFileURL(join(INSTALL, 'node_modules', path)).href);

/** One Lighthouse run: the four scores, CLS, and the audits short of full marks (what to look at next). */
async function audit(lighthouse, port, url, config, keepStorage = false) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', disableStorageReset: keepStorage }, config);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  const imperfect = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
    .map((a) => a.id);
  const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? null;
  return { scores, cls, imperfect, lighthouse: lhr.lighthouseVersion };
}

/** Grade the domain's first question through the page itself, so the next visit has progress to show. */
async function storeProgress(cdpPort, url) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
  const page = await browser.contexts()[0].newPage();
  await page.goto(url);
  const article = page
    .locator('article[data-question]')
    .filter({ has: page.locator('details[data-answer]') })
    .first();
  await article.locator('details[data-answer] > summary').first().click();
  await article.getByRole('button', { name: 'I knew it' }).click();
  await article.getByText('Mastered, next review').waitFor();
  await page.close();
  await browser.close();
}

if (!existsSync('dist/index.html')) {
  console.error('lighthouse: dist/ has no site; run `npm run build` first.');
  process.exit(1);
}
installLighthouse();
const { default: lighthouse } = await load('lighthouse/core/index.js');
const { default: desktopConfig } = await load('lighthouse/core/config/desktop-config.js');
const chromeLauncher = await load('chrome-launcher/dist/index.js');

const pages = pageTypes('dist').filter((p) => !p.type.startsWith('print'));
const server = await serveStatic('dist', '/', 0, { gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: systemChromium(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const results = [];
try {
  for (const [formFactor, config] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ]) {
    for (const { type, path } of pages) {
      const run = await audit(lighthouse, chrome.port, new URL(path, server.url).href, config);
      results.push({ formFactor, type, path, ...run });
      console.log(
        `${formFactor} ${type}: ${CATEGORIES.map((c) => run.scores[c]).join('/')} CLS ${run.cls}${run.imperfect.length ? ` (short of full marks: ${run.imperfect.join(', ')})` : ''}`,
      );
    }
  }
  const domain = pages.find((p) => p.type.startsWith('domain'));
  if (domain) {
    const url = new URL(domain.path, server.url).href;
    await storeProgress(chrome.port, url);
    const run = await audit(lighthouse, chrome.port, url, undefined, true);
    results.push({ formFactor: 'mobile', type: `${domain.type}, progress stored`, path: domain.path, ...run });
    console.log(`mobile ${domain.type}, progress stored: ${CATEGORIES.map((c) => run.scores[c]).join('/')} CLS ${run.cls}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
const chromeVersion = spawnSync(systemChromium() ?? 'chromium', ['--version'], { encoding: 'utf8' }).stdout.trim();
const machine = { cores: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version };
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/lighthouse.json', `${JSON.stringify({ machine, commit, chrome: chromeVersion, results }, null, 2)}\n`);
console.log('wrote bench/results/lighthouse.json');
