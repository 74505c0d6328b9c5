import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildInto } from './support/build-site';
import { headerSearch, resultTitles, typeSearch } from './support/search';
import { serveStatic } from './support/static-server';

/**
 * The site as GitHub Pages hosts it, under `/cks/`, with a second domain so the domain
 * filter has something to narrow. Every Pagefind file must come from under the base.
 */
test.describe('search on a site hosted under /cks/', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const requested: string[] = [];

  test.beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cks-study-search-'));
    // Two domains the assertions know: the shipped Monitoring domain and a small fixture one.
    cpSync(join('content', 'f.monitoring_logging_runtime_security.md'), join(folder, 'f.monitoring_logging_runtime_security.md'));
    cpSync(resolve('tests/fixtures/search-second-domain/b.cluster_hardening.md'), join(folder, 'b.cluster_hardening.md'));
    const site = buildInto({ CONTENT_DIR: folder, BASE_PATH: '/cks/' });
    server = await serveStatic(site.outDir, '/cks/');
  });
  test.afterAll(async () => server?.close());
  test.beforeEach(({ page }) => {
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  });

  test('"strace" opens the strace question under /cks/ with its answer open and highlighted', async ({ page }) => {
    await page.goto(`${server.url}cluster-hardening/`);
    await typeSearch(page, 'strace');
    const search = headerSearch(page);
    const titles = await resultTitles(page, search.titles, 'strace');
    expect(titles[0]).toMatch(/strace/i);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/cks\/monitoring-logging-runtime-security\/\?highlight=[^#]*strace[^#]*#.+/);
    const article = page.locator(`article#${page.url().split('#')[1]}`);
    await expect(article).toBeInViewport();
    await expect(article.locator('details[data-answer][open] mark[data-search-mark]').first()).toHaveText(/strace/i);
  });

  test('the domain filter narrows the results to one domain', async ({ page }) => {
    await page.goto(server.url);
    await typeSearch(page, 'audit');
    const search = headerSearch(page);
    await resultTitles(page, search.titles, 'audit');
    const contexts = () => search.results.locator('.search-result-context').allTextContents();
    const domains = new Set((await contexts()).map((c) => c.split(' › ')[0]));
    expect(domains).toEqual(new Set(['Cluster Hardening', 'Monitoring, Logging and Runtime Security']));

    await search.domain.selectOption('Cluster Hardening');
    await expect(search.status).toHaveText('1 question in Cluster Hardening matches “audit”.');
    expect((await contexts()).every((c) => c.startsWith('Cluster Hardening'))).toBe(true);
    await expect(search.titles.first()).toContainText('Who may read the API server audit log');
  });

  test('the search page link keeps the query and the domain', async ({ page }) => {
    await page.goto(`${server.url}search/?q=audit&domain=Cluster+Hardening`);
    const titles = await resultTitles(page, page.locator('#search-page-results .search-result-title'), 'audit');
    expect(titles).toEqual(['Who may read the API server audit log on the control plane node, and how do you restrict it?']);
    await expect(page.getByLabel('Domain').last()).toHaveValue('Cluster Hardening');
  });

  test('every Pagefind file was fetched from under the base', () => {
    const pagefind = requested.filter((path) => path.includes('/pagefind/'));
    expect(pagefind.length).toBeGreaterThan(0);
    expect(pagefind.filter((path) => !path.startsWith('/cks/pagefind/'))).toEqual([]);
  });
});
