import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { QuestionRecord } from '../../src/lib/site/pages';
import { CONTENT_PROBES, FIXTURE_PROBES, PROBE_FIXTURE, rankOf, searchTitles, type Probe } from '../support/search-probes';
import { buildInto } from './support/build-site';
import { serveStatic } from './support/static-server';

/** Every probe whose question is not in the top 3, with what came instead, for the failure message. */
async function misses(page: Page, probes: readonly Probe[]): Promise<string[]> {
  const missed: string[] = [];
  for (const probe of probes) {
    const titles = await searchTitles(page, probe.query);
    const rank = rankOf(probe, titles);
    if (rank === null || rank > 3) missed.push(`${probe.query} -> #${rank ?? '-'} (top: ${titles.slice(0, 3).join(' | ')})`);
  }
  return missed;
}

/** Every result of a query, from the search page with all its batches shown. */
async function allTitles(page: Page, base: string, query: string): Promise<string[]> {
  await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search-page-status]')).toContainText(`“${query}”`);
  const more = page.getByRole('button', { name: 'Show more results' });
  while (await more.isVisible()) {
    const shown = await page.locator('#search-page-results .search-result-title').count();
    await more.click();
    await expect(page.locator('#search-page-results .search-result-title')).not.toHaveCount(shown);
  }
  return page.locator('#search-page-results .search-result-title').allTextContents();
}

const text = (q: QuestionRecord) => [q.title, ...q.parts.flatMap((p) => [p.prompt, p.answer])].join(' ');

test.describe('search probes over content/', () => {
  const questions = JSON.parse(readFileSync('dist/questions.json', 'utf8')) as QuestionRecord[];

  test('every probe finds its question in the top 3', async ({ page }) => {
    test.setTimeout(120_000);
    for (const probe of CONTENT_PROBES)
      expect(
        questions.map((q) => q.title),
        probe.query,
      ).toContain(probe.question);
    await page.goto('/');
    expect(await misses(page, CONTENT_PROBES)).toEqual([]);
  });

  test('a flag with a value lists the questions that use it as typed before those with only its parts', async ({ page }) => {
    const exact = questions.filter((q) => text(q).includes('--dry-run=server')).map((q) => q.title);
    const partial = questions.filter((q) => /--dry-run\b/.test(text(q)) && !text(q).includes('--dry-run=server'));
    expect(exact.length).toBeGreaterThanOrEqual(3);
    expect(partial.length).toBeGreaterThanOrEqual(3);
    await page.goto('/search/');
    const field = page.getByRole('searchbox', { name: 'Search the questions and answers' });
    await field.fill('dry-run=server');
    const status = page.locator('[data-search-page-status]');
    await expect(status).toHaveText(/“dry-run=server”/);
    const titles = await page.locator('#search-page-results .search-result-title').allTextContents();
    expect(titles.slice(0, exact.length).sort()).toEqual([...exact].sort());
  });

  test('no excerpt shows the synonyms indexed after a question', async ({ page }) => {
    await page.goto('/');
    for (const query of ['netpol', 'k get po', 'sa', 'pods']) {
      await searchTitles(page, query);
      for (const excerpt of await page.locator('[data-site-search] .search-result-excerpt').allTextContents()) {
        expect(excerpt, query).not.toContain('⁂');
      }
    }
  });
});

test.describe('search probes over a CKAD-style repository with a Chinese translation', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let questions: QuestionRecord[];

  test.beforeAll(async () => {
    const site = buildInto({ CONTENT_DIR: resolve(PROBE_FIXTURE) });
    questions = JSON.parse(readFileSync(join(site.outDir, 'questions.json'), 'utf8')) as QuestionRecord[];
    server = await serveStatic(site.outDir);
  });
  test.afterAll(async () => server?.close());

  test('every probe finds its question in the top 3', async ({ page }) => {
    for (const probe of FIXTURE_PROBES)
      expect(
        questions.map((q) => q.title),
        probe.query,
      ).toContain(probe.question);
    await page.goto(server.url);
    expect(await misses(page, FIXTURE_PROBES)).toEqual([]);
  });

  test('dry-run=client finds the questions whose answers use --dry-run=client, and no other', async ({ page }) => {
    const using = questions.filter((q) => text(q).includes('--dry-run=client')).map((q) => q.title);
    expect(using.length).toBeGreaterThanOrEqual(2);
    await page.goto(server.url);
    // The Chinese index splits the query otherwise; `run` alone (runAsUser) is not a match.
    for (const query of ['dry-run=client', '--dry-run=client']) {
      expect((await searchTitles(page, query)).sort(), query).toEqual([...using].sort());
    }
  });

  test('short names and their kinds find each other: pods finds a question that only says po, netpol every NetworkPolicy', async ({
    page,
  }) => {
    const onlyPo = questions.find((q) => /\bpo\b/.test(text(q)) && !/\bpods?\b/i.test(text(q)));
    expect(onlyPo).toBeDefined();
    const policies = questions.filter((q) => /NetworkPolicy|\bnetpol\b/.test(text(q))).map((q) => q.title);
    expect(policies.filter((title) => !/\bnetpol\b/.test(text(questions.find((q) => q.title === title)!)))).not.toEqual([]);
    expect(await allTitles(page, server.url, 'pods')).toContain(onlyPo!.title);
    expect((await allTitles(page, server.url, 'netpol')).sort()).toEqual([...policies].sort());
    await page.goto(server.url);
    // The answer writes `k create cm`: kubectl and configmap find it through their synonyms.
    expect((await searchTitles(page, 'kubectl create configmap'))[0]).toBe(
      'Create a ConfigMap app-config with the key mode=debug and load it into a pod as environment variables',
    );
  });

  test('a question found through a synonym opens with the name it wrote marked in its answer', async ({ page }) => {
    await page.goto(server.url);
    await searchTitles(page, 'pods labels');
    await page
      .locator('[data-site-search] [role="option"]', { hasText: 'Show the labels of everything running' })
      .getByRole('link')
      .click();
    await expect(page).toHaveURL(/highlight=[^#]*\bpo\b/);
    const mark = page.locator('details[data-answer][open] mark[data-search-mark]', { hasText: /^po$/ });
    await expect(mark).toBeVisible();
  });

  test('a question with the term in its title comes before those with it only in the answer', async ({ page }) => {
    await page.goto(server.url);
    const titles = await searchTitles(page, 'ingress');
    const inTitle = titles.filter((title) => /ingress/i.test(title));
    expect(inTitle).not.toEqual([]);
    expect(titles.slice(0, inTitle.length)).toEqual(inTitle);
    expect(titles.length).toBeGreaterThan(inTitle.length);
  });
});
