import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildInto } from './support/build-site';
import { crawl } from './support/crawl';
import { serveStatic } from './support/static-server';
import type { QuestionRecord } from '../../src/lib/site/pages';

/** GitHub Pages serves a project site at https://<user>.github.io/<repo>/: the same here. */
test.describe('the site built for a sub-path (BASE_PATH=/cks/) and served under it', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  let site: { outDir: string; output: string };
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let records: QuestionRecord[];

  test.beforeAll(async () => {
    site = buildInto({ BASE_PATH: '/cks/', SITE_URL: 'https://example.org' });
    server = await serveStatic(site.outDir, '/cks/');
    records = JSON.parse(readFileSync(join(site.outDir, 'questions.json'), 'utf8')) as QuestionRecord[];
  });
  test.afterAll(async () => server?.close());

  test('home -> domain -> answer works under the base', async ({ page }) => {
    await page.goto(server.url);
    await expect(page.locator('link[rel="stylesheet"]').first()).toHaveAttribute('href', /^\/cks\/_astro\//);
    await page.getByRole('link', { name: 'Monitoring, Logging and Runtime Security' }).first().click();
    await expect(page).toHaveURL(`${server.url}monitoring-logging-runtime-security/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Monitoring, Logging and Runtime Security');
    const details = page.locator('details[data-answer]').first();
    await details.locator('summary').click();
    await expect(details).toHaveAttribute('open', '');
    // The client scripts loaded from under the base: the toolbar they reveal is there.
    await expect(page.getByRole('button', { name: 'Expand all' })).toBeVisible();
  });

  test('a deep link from questions.json opens its answer', async ({ page }) => {
    const record = records.find((r) => r.answered)!;
    expect(record.url).toMatch(/^\/cks\/[a-z0-9-]+\/#[\w-]+$/);
    await page.goto(new URL(record.url, server.url).href);
    const anchor = record.url.split('#')[1]!;
    await expect(page.locator(`[id="${anchor}"] details[data-answer]`).first()).toHaveAttribute('open', '');
  });

  test('every questions.json URL is under the base and names a question on its page', async ({ request }) => {
    expect(records.length).toBeGreaterThan(0);
    const pages = new Map<string, string>();
    for (const record of records) {
      expect(record.url.startsWith('/cks/')).toBe(true);
      const [path, anchor] = record.url.split('#') as [string, string];
      if (!pages.has(path)) {
        const response = await request.get(new URL(path, server.url).href);
        expect(response.status(), path).toBe(200);
        pages.set(path, await response.text());
      }
      expect(pages.get(path), record.url).toContain(`id="${anchor}"`);
    }
  });

  test('every internal link and asset of the site resolves under /cks/', async () => {
    const result = await crawl(server.url, '/cks/');
    expect(result.outsideBase).toEqual([]);
    expect(result.broken).toEqual([]);
    const paths = [...result.visited.keys()].map((url) => new URL(url).pathname);
    expect(paths).toContain('/cks/monitoring-logging-runtime-security/');
    expect(paths).toContain('/cks/favicon.svg');
    expect(paths.some((p) => p.startsWith('/cks/_astro/') && p.endsWith('.css'))).toBe(true);
  });

  test('canonical URLs, Open Graph, the sitemap and robots.txt carry the site URL and the base', async ({ request }) => {
    const html = await (await request.get(`${server.url}monitoring-logging-runtime-security/`)).text();
    expect(html).toContain('<link rel="canonical" href="https://example.org/cks/monitoring-logging-runtime-security/">');
    expect(html).toContain('<meta property="og:title" content="Monitoring, Logging and Runtime Security">');
    expect(html).toMatch(
      /<meta property="og:description" content="20% of the exam\. \d+ questions, \d+ answered\. Competencies: Perform behavioral analytics/,
    );
    const sitemap = await (await request.get(`${server.url}sitemap-0.xml`)).text();
    expect(sitemap).toContain('<loc>https://example.org/cks/monitoring-logging-runtime-security/</loc>');
    expect(sitemap).not.toContain('404');
    const robots = await (await request.get(`${server.url}robots.txt`)).text();
    expect(robots).toContain('Sitemap: https://example.org/cks/sitemap-index.xml');
  });

  test('a missing page shows the 404 page with the domains and a search link under the base', async ({ page }) => {
    const response = await page.goto(`${server.url}no/such/page/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Search the questions' })).toHaveAttribute('href', '/cks/search/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await page.getByRole('link', { name: 'Monitoring, Logging and Runtime Security' }).click();
    await expect(page).toHaveURL(`${server.url}monitoring-logging-runtime-security/`);
  });
});
