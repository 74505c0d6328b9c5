import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { writeCurriculum } from '../../bench/lib/generate-curriculum.mjs';
import { buildInto } from './support/build-site';
import { serveStatic } from './support/static-server';
import type { QuestionRecord } from '../../src/lib/site/pages';

/** One domain of 600 generated questions: well over the ~1 MB a single page may weigh. */
test.describe('a domain too large for one page', () => {
  test.describe.configure({ mode: 'serial', timeout: 600_000 });
  let outDir: string;
  let records: QuestionRecord[];
  let server: Awaited<ReturnType<typeof serveStatic>>;

  test.beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cks-study-large-'));
    writeCurriculum(folder, 600, { domains: 1 });
    outDir = buildInto({ CONTENT_DIR: folder }).outDir;
    records = JSON.parse(readFileSync(join(outDir, 'questions.json'), 'utf8')) as QuestionRecord[];
    server = await serveStatic(outDir);
  });
  test.afterAll(async () => server?.close());

  const anchorOf = (record: QuestionRecord) => record.url.split('#')[1] ?? '';
  const late = () => records[records.length - 5]!;

  test('the domain page is a light index that links every question', async ({ page }) => {
    expect(statSync(join(outDir, 'cluster-setup', 'index.html')).size).toBeLessThan(1_000_000);
    await page.goto(`${server.url}cluster-setup/`);
    await expect(page.locator('article[data-question]')).toHaveCount(0);
    await expect(page.locator('a[data-question-link]')).toHaveCount(records.length);
    await expect(page.getByRole('navigation', { name: 'Topics' })).toBeVisible();
  });

  test('a /<domain>/#<anchor> deep link lands on the question, with its answer open', async ({ page }) => {
    const target = late();
    await page.goto(`${server.url}cluster-setup/#${anchorOf(target)}`);
    await expect(page).toHaveURL(new RegExp(`/cluster-setup/[^#]+/#${anchorOf(target)}$`));
    const article = page.locator(`article#${anchorOf(target)}`);
    await expect(article.locator('details[data-answer]').first()).toHaveAttribute('open', '');
    await expect(article).toBeInViewport();
  });

  test('without JavaScript the index link still leads to the question', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const target = late();
    await page.goto(`${server.url}cluster-setup/#${anchorOf(target)}`);
    await page.locator(`a[data-question-link="${anchorOf(target)}"]`).click();
    await expect(page.locator(`article#${anchorOf(target)}`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: target.title })).toBeVisible();
    await context.close();
  });

  test('topic pages stay under the budget and link back and onward', async ({ page }) => {
    await page.goto(`${server.url}cluster-setup/`);
    await page.locator('section.topic h2 a').first().click();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveAttribute('href', '/cluster-setup/');
    const next = page.getByRole('navigation', { name: 'Topic pages' }).locator('a[rel="next"]');
    await expect(next).toBeVisible();
    await next.click();
    await expect(page.locator('article[data-question]').first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Topic pages' }).locator('a[rel="prev"]')).toBeVisible();
  });
});
