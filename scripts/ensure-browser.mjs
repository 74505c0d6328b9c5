// Playwright needs a Chromium: a system one when installed (see playwright.config.ts),
// else Playwright's own, downloaded here once so a fresh machine needs no extra step.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { systemChromium } from './lib/browser.mjs';

const system = systemChromium();

if (system) {
  console.log(`e2e: using ${system}`);
} else if (existsSync(chromium.executablePath())) {
  console.log(`e2e: using Playwright's Chromium at ${chromium.executablePath()}`);
} else {
  console.log("e2e: no Chromium found; installing Playwright's Chromium (one-time download)");
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error('e2e: could not install a browser. Install Chromium (e.g. `apt-get install chromium`) or set CHROMIUM_PATH.');
    process.exit(result.status ?? 1);
  }
}

// The print tests read the generated PDF with poppler's pdftotext: say so up front rather
// than fail in the middle of the suite.
const poppler = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' });
if (poppler.error) {
  console.error(
    'e2e: pdftotext is missing; the print tests need it. Install poppler (Debian/Ubuntu: apt-get install poppler-utils, macOS: brew install poppler).',
  );
  process.exit(1);
}
