import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { headerSearch } from './support/search';

// The port after the preview server's, so suites of several checkouts stay apart.
const PORT = Number(process.env['E2E_PORT'] ?? 4329) + 1;
const URL_ROOT = `http://127.0.0.1:${PORT}/`;

async function waitForServer(child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro dev exited (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(URL_ROOT)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`astro dev did not answer on ${URL_ROOT}:\n${log()}`);
}

/**
 * One dev server for every spec that needs one: `astro dev` keeps its content store in the
 * project's .astro/ folder, so two of them in one checkout would break each other.
 */
test.describe('npm run dev', () => {
  test.describe.configure({ mode: 'serial', timeout: 240_000 });
  let child: ChildProcess;
  let output = '';
  let folder: string;

  test.beforeAll(async () => {
    // A cold start (Vite optimising dependencies) on a busy machine outlasts the default.
    test.setTimeout(150_000);
    folder = mkdtempSync(join(tmpdir(), 'cks-study-dev-'));
    cpSync(resolve('tests/fixtures/site-ckad-style/input'), folder, { recursive: true });
    child = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
      env: { ...process.env, CONTENT_DIR: folder, ASTRO_TELEMETRY_DISABLED: '1' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    await waitForServer(child, () => output);
  });

  // Playwright reads the fixtures a hook needs from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  test.afterEach(({}, testInfo) => {
    // What the dev server said is the first thing to read when one of these fails.
    if (testInfo.status !== testInfo.expectedStatus) console.error(`astro dev output:\n${output.split('\n').slice(-60).join('\n')}`);
  });

  test.afterAll(() => {
    // The dev server and its children: the whole process group it leads.
    if (child?.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    rmSync(folder, { recursive: true, force: true });
  });

  test('typing a query explains that the search index comes from a build', async ({ page }) => {
    await page.goto(URL_ROOT);
    await page.waitForLoadState('networkidle');
    const search = headerSearch(page);
    // Vite may reload the page once after optimising dependencies on the first visit.
    await expect(async () => {
      await search.field.fill('pods');
      await expect(search.status).toHaveText(
        'Search is not available in the development server: the index is written by `npm run build`. Run `npm run build && npm run preview` to search.',
        { timeout: 3_000 },
      );
    }).toPass({ timeout: 30_000 });
  });

  test('an edited heading and an added question show up without reloading by hand', async ({ page }) => {
    await page.goto(`${URL_ROOT}core-concepts/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Core Concepts');
    await expect(page.locator('article[data-question]')).toHaveCount(3);
    // Astro's dev client must be connected before the edit, or there is no one to tell.
    await page.waitForLoadState('networkidle');

    const file = join(folder, 'a.core_concepts.md');
    const source = readFileSync(file, 'utf8');
    const added =
      '\n### List the pods of every namespace\n\n<details><summary>show</summary>\n\n```bash\nkubectl get po -A\n```\n\n</details>\n';
    writeFileSync(file, source.replace('# Core Concepts', '# Core Concepts, edited') + added);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Core Concepts, edited', { timeout: 60_000 });
    await expect(page.locator('article[data-question]')).toHaveCount(4);
    await expect(page.locator('#list-the-pods-of-every-namespace')).toBeAttached();
  });

  test('a file saved in two writes (emptied, then filled) shows as it ends, not half-read', async ({ page }) => {
    const file = join(folder, 'b.multi_container_pods.md');
    const source = readFileSync(file, 'utf8');
    await page.goto(`${URL_ROOT}multi-container-pods/`);
    await page.waitForLoadState('networkidle');
    // As editors that truncate before writing do: the watcher may see only the first write.
    writeFileSync(file, '');
    await new Promise((r) => setTimeout(r, 30));
    writeFileSync(file, source.replace(/^# .+$/m, '# Sidecars, saved twice'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidecars, saved twice', { timeout: 30_000 });
  });

  test('a new domain file becomes a page; a removed one goes away', async ({ page }) => {
    // Each try waits for the response only, and not long: a try whose page load stalls (Vite
    // serving the page's modules on a busy machine) would otherwise take the whole minute.
    const status = async () => (await page.goto(`${URL_ROOT}observability/`, { waitUntil: 'commit', timeout: 10_000 }))?.status();
    const file = join(folder, 'd.observability.md');
    writeFileSync(
      file,
      '# Observability\n\n### Show the logs of a pod\n\n<details><summary>show</summary>\n\n```bash\nkubectl logs web\n```\n\n</details>\n',
    );
    await expect(async () => expect(await status()).toBe(200)).toPass({ timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Observability');
    rmSync(file);
    await expect(async () => expect(await status()).toBe(404)).toPass({ timeout: 60_000 });
  });
});
