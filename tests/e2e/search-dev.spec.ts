import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { acquireProjectLock } from './support/project-lock';
import { headerSearch } from './support/search';

/** A second port beside E2E_PORT, so several checkouts can run side by side. */
const PORT = Number(process.env['E2E_PORT'] ?? 4329) + 1;

/** `astro dev` has no search index; the field must say so rather than fail silently. */
test.describe('search in the development server', () => {
  test.describe.configure({ timeout: 300_000 });
  let dev: ChildProcess | undefined;
  let unlock: (() => void) | undefined;

  test.beforeAll(async () => {
    unlock = await acquireProjectLock();
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
    unlock?.();
  });

  test('typing a query explains that the index comes from a build', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.waitForLoadState('networkidle');
    const search = headerSearch(page);
    // Vite may reload the page once after optimising dependencies on the first visit.
    await expect(async () => {
      await search.field.fill('strace');
      await expect(search.status).toHaveText(
        'Search is not available in the development server: the index is written by `npm run build`. Run `npm run build && npm run preview` to search.',
        { timeout: 3_000 },
      );
    }).toPass({ timeout: 30_000 });
  });
});
