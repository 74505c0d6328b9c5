import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/lib/browser.mjs';

// E2E_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env['E2E_PORT'] ?? 4329);

// `astro dev` and `astro build` both write the project's .astro/ folder: the spec that starts a
// dev server runs after every other spec (whose builds run side by side), never beside a build.
const DEV_SERVER_SPECS = /dev-server\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/dist-snapshot.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: launchOptions(),
  },
  projects: [
    { name: 'site', testIgnore: DEV_SERVER_SPECS },
    { name: 'dev-server', testMatch: DEV_SERVER_SPECS, dependencies: ['site'] },
  ],
  // The site under test is the one `npm run build` just wrote to dist/.
  webServer: {
    command: `npx astro preview --port ${PORT} --host localhost`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
