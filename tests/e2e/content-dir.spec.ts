import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildInto } from './support/build-site';
import { serveStatic } from './support/static-server';

const SEED = resolve('../shared/seed/monitoring-logging-runtime-security.md');

test.describe('an author builds their own folder with CONTENT_DIR', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  let site: { outDir: string; output: string };
  let server: Awaited<ReturnType<typeof serveStatic>>;

  test.beforeAll(() => {
    const folder = mkdtempSync(join(tmpdir(), 'cks-study-seed-'));
    cpSync(SEED, join(folder, 'f.monitoring_logging_runtime_security.md'));
    site = buildInto({ CONTENT_DIR: folder });
  });
  test.beforeAll(async () => {
    server = await serveStatic(site.outDir);
  });
  test.afterAll(async () => server?.close());

  test('the build reports the placeholders and unanswered questions with file and line', () => {
    expect(site.output).toMatch(/f\.monitoring_logging_runtime_security\.md:\d+:\d+: warning: .*\[placeholder-question\]/);
    expect(site.output).toMatch(/\[empty-answer\]/);
    expect(site.output).toContain('1 domain, 13 questions, 9 answered, 4 placeholders');
  });

  test('the seed gives its 13 questions, 4 of them without an answer yet', async ({ page }) => {
    const records = JSON.parse(readFileSync(join(site.outDir, 'questions.json'), 'utf8')) as { answered: boolean }[];
    expect(records).toHaveLength(13);
    expect(records.filter((r) => !r.answered)).toHaveLength(4);
    await page.goto(`${server.url}monitoring-logging-runtime-security/`);
    await expect(page.locator('article[data-question]')).toHaveCount(13);
    await expect(page.getByText('No answer yet')).toHaveCount(4);
  });

  test('questions without an answer are never flashcards nor Anki notes', async ({ page }) => {
    const deck = JSON.parse(readFileSync(join(site.outDir, 'study/cards.json'), 'utf8')) as { cards: unknown[] };
    expect(deck.cards).toHaveLength(9);
    const notes = readFileSync(join(site.outDir, 'anki.tsv'), 'utf8').match(/^"<div class=""question"">/gm);
    expect(notes).toHaveLength(9);
    await page.goto(`${server.url}monitoring-logging-runtime-security/`);
    await page.getByRole('button', { name: 'Expand all' }).click();
    await expect(page.getByRole('button', { name: 'I knew it' })).toHaveCount(9);
  });

  test('a glued answer block still renders its code block, not the rest of the file', async ({ page }) => {
    await page.goto(`${server.url}monitoring-logging-runtime-security/#what-are-the-4-types-of-falco-rules`);
    const article = page.locator('#what-are-the-4-types-of-falco-rules');
    await expect(article.locator('details[data-answer]')).toHaveAttribute('open', '');
    await expect(article.locator('pre')).toHaveCount(1);
    await expect(article.locator('pre')).toContainText('Descriptions, Conditions, Output, Priority.');
    await expect(page.locator('#what-is-sysdig pre')).toContainText('Open source system monitoring tool.');
  });
});
