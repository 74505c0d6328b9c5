import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LinkChecker } from 'linkinator';
import { buildInto, runBuild as build } from './support/build-site';
import { expect, test } from './support/page-health';
import { distBeforeTests, hashFiles } from './support/dist-snapshot';
import { serveStatic } from './support/static-server';

const FIXTURES = resolve('tests/fixtures');
const FILES_SITE = join(FIXTURES, 'site-with-files-and-broken-links/input');

test.describe('a build of bad input', () => {
  test.describe.configure({ timeout: 300_000 });

  test('invalid frontmatter stops the build with the file and line, and no stack trace', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cks-study-bad-'));
    copyFileSync(join(FIXTURES, 'reports-invalid-frontmatter-and-keeps-its-text/input.md'), join(folder, 'a.setup.md'));
    const { status, output } = build({ CONTENT_DIR: folder });
    expect(status).not.toBe(0);
    expect(output).toMatch(/a\.setup\.md:3:9: error: invalid frontmatter: .*\[invalid-frontmatter\]/);
    expect(output).toContain('1 error in the content; see the messages above.');
    expect(output).not.toContain('Stack trace');
    expect(output).not.toMatch(/^\s+at /m);
  });

  test('STRICT=1 fails the build on warnings, with a clean message', () => {
    const { status, output } = build({ CONTENT_DIR: FILES_SITE, STRICT: '1' });
    expect(status).not.toBe(0);
    expect(output).toMatch(/a\.workloads\.md:21:9: warning: .*\[missing-image\]/);
    expect(output).toContain('6 warnings in the content, and STRICT is set');
    expect(output).not.toContain('Stack trace');
  });

  test.describe('without STRICT, under a base path', () => {
    test.describe.configure({ mode: 'serial' });
    let site: { outDir: string; output: string };
    let server: Awaited<ReturnType<typeof serveStatic>>;
    test.beforeAll(async () => {
      site = buildInto({ CONTENT_DIR: FILES_SITE, BASE_PATH: '/cks/' });
      server = await serveStatic(site.outDir, '/cks/');
    });
    test.afterAll(async () => server?.close());

    test('publishes images beside the markdown and shows them; the missing one is the only failed request', async ({ page, health }) => {
      await page.goto(`${server.url}workloads/`);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      for (const alt of ['A pod', 'The same pod, in raw HTML']) {
        const image = page.getByRole('img', { name: alt });
        await expect(image).toBeVisible();
        await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
      }
      const manifest = await page.request.get(`${server.url}_content/manifests/pod.yaml`);
      expect(await manifest.text()).toContain('image: nginx:1.27');
      await page.waitForLoadState('networkidle');
      // The author's missing image is reported by the build and 404s in the browser; nothing else fails.
      expect([...health.problems].sort()).toEqual([
        expect.stringMatching(/^HTTP 404: .*\/cks\/workloads\/img\/missing\.png$/),
        expect.stringMatching(/^console error: Failed to load resource: .*404/),
      ]);
      health.problems.length = 0;
    });

    test('the link check finds exactly the broken links the build reported', async () => {
      const result = await new LinkChecker().check({
        path: server.url,
        recurse: true,
        linksToSkip: async (link) => !link.startsWith(new URL(server.url).origin),
      });
      // Each target once: the domain page and the study sheets link the same places.
      const broken = [...new Set(result.links.filter((l) => l.state === 'BROKEN').map((l) => new URL(l.url).pathname))].sort();
      // Left as the author wrote them, so they resolve against the domain page that shows them,
      // also on the study sheets.
      expect(broken).toEqual([
        '/cks/workloads/c.nowhere.md',
        '/cks/workloads/img/missing.png',
        '/cks/workloads/manifests/none.yaml',
        '/cks/z.md',
        '/secrets.txt',
      ]);
    });

    test('the script in the content never runs, and the page says no CSP violation', async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${server.url}services/`);
      await page.getByText('Show answer').click();
      await expect(page.getByText('look.')).toBeVisible();
      expect(await page.locator('.answer script, article script').count()).toBe(0);
      expect(dialogs).toEqual([]);
    });
  });
});

test('building again gives byte-identical output', () => {
  test.setTimeout(300_000);
  // The build under test (dist/ from `npm run build` on content/, as it was before the suite
  // started) against a second one.
  const first = distBeforeTests();
  const second = hashFiles(buildInto({}).outDir);
  expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
  const differing = Object.keys(first).filter((path) => first[path] !== second[path]);
  expect(differing).toEqual([]);
  expect(Object.keys(first).length).toBeGreaterThan(3);
});
