// The one Chromium every browser task uses (e2e tests, PDF, benchmarks), with the same flags,
// so a benchmark runs the browser the tests run.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** No sandbox (root in CI), no GPU, and nothing the browser would fetch or sync by itself. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** CHROMIUM_PATH, else a system Chromium; undefined means Playwright's own. */
export function systemChromium(env = process.env) {
  return env.CHROMIUM_PATH || SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

/** Launch options for that browser. */
export function launchOptions() {
  const executablePath = systemChromium();
  return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS };
}

export function launchBrowser() {
  return chromium.launch(launchOptions());
}
