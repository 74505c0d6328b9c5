import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { headerSearch, typeSearch } from './support/search';

/** A second port beside E2E_PORT, so several checkouts can run side by side. */
const PORT = Number(process.env['E2E_PORT'] ?? 4329) + 1;

/** `astro dev` has no search index; the field must say so rather than fail silently. */
test.describe('search in the development server', () => {
  test.describe.configure({ timeout: 180_000 });
  let dev: ChildProcess | undefined;

  test.beforeAll(async () => {
    dev = spawn('npx', ['astro', 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      detached: true,
      stdio: 'ignore',
    });
    const deadline = Date.now() + 120_000;
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`astro dev did not answer on port ${PORT} within 120 s`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  });
  test.afterAll(() => {
    // The dev server and the children npx started: one process group.
    if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  });

  test('typing a query explains that the index comes from a build', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await typeSearch(page, 'strace');
    await expect(headerSearch(page).status).toHaveText(
      'Search is not available in the development server: the index is written by `npm run build`. Run `npm run build && npm run preview` to search.',
    );
  });
});
