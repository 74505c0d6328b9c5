import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import type { QuestionRecord } from '../../src/lib/site/pages';
import { buildInto } from './support/build-site';
import { headerSearch, resultTitles, typeSearch } from './support/search';
import { serveStatic } from './support/static-server';

/**
 * One repository of every shape the parser fixtures hold, built as its author would: each
 * file a page, each of its answer blocks an answer part there, and a question of each shape
 * found by search. Counts are the fixtures' own, checked by hand.
 */
const SHAPES = [
  {
    fixture: 'makes-a-question-of-each-summary-that-asks-one',
    file: 'topics/01-pods/README.md',
    url: 'topics/pods/',
    questions: 4,
    parts: 4,
  },
  { fixture: 'makes-a-question-of-each-bold-list-item-with-an-answer', file: 'b.workloads.md', url: 'workloads/', questions: 3, parts: 3 },
  { fixture: 'makes-a-question-of-a-heading-inside-a-list-item', file: 'c.namespaces.md', url: 'namespaces/', questions: 2, parts: 2 },
  {
    fixture: 'makes-a-question-of-each-question-n-paragraph',
    file: 'd.trouble shooting & fixes.md',
    url: 'trouble-shooting-and-fixes/',
    questions: 2,
    parts: 2,
  },
  { fixture: 'reads-mkdocs-collapsibles-as-answer-blocks', file: 'e.services.md', url: 'services/', questions: 2, parts: 3 },
  { fixture: 'labels-answer-parts-by-the-role-their-summary-names', file: 'f.deployments.md', url: 'deployments/', questions: 1, parts: 4 },
  {
    fixture: 'reads-multiple-choice-options-and-the-right-answers',
    file: 'g.practice_exam.md',
    url: 'practice-exam/',
    questions: 3,
    parts: 3,
  },
] as const;

/** A topic folder in English with its Chinese translation beside it (README.md, README_zh-CN.md). */
const TRANSLATION = {
  fixture: 'site-with-a-chinese-translation',
  english: { url: 'secrets/', questions: 2 },
  chinese: { url: 'secrets/readme-zh-cn/', questions: 2 },
  mount: { en: 'Mount the Secret db-pass into a container as files.', zh: '把密钥 db-pass 以文件的形式挂载到容器中。' },
} as const;

const SEARCHES = [
  { query: 'ClusterIP', title: 'What does a ClusterIP Service give its clients?' },
  { query: 'labels', title: 'Print the labels of every pod in the namespace' },
  { query: 'staging', title: 'Create the namespace staging' },
  { query: 'Pending', title: 'Question 1. A pod stays in Pending. Find out why.' },
  { query: 'headless', title: 'What does a headless Service return from DNS?' },
  { query: 'nginx', title: 'Change the image of the deployment web to nginx:1.27' },
];

test.describe('a repository of every shape, built as it is', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let records: QuestionRecord[];

  test.beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cks-study-shapes-'));
    for (const shape of SHAPES) {
      mkdirSync(dirname(join(folder, shape.file)), { recursive: true });
      cpSync(resolve('tests/fixtures', shape.fixture, 'input.md'), join(folder, shape.file));
    }
    cpSync(resolve('tests/fixtures', TRANSLATION.fixture, 'input'), folder, { recursive: true });
    writeFileSync(join(folder, 'README.md'), '# Shapes\n\nEvery way of writing exercises. See [how to help](CONTRIBUTING.md).\n');
    writeFileSync(join(folder, 'CONTRIBUTING.md'), '# Contributing\n\nOpen a pull request.\n');
    const site = buildInto({ CONTENT_DIR: folder });
    records = JSON.parse(readFileSync(join(site.outDir, 'questions.json'), 'utf8')) as QuestionRecord[];
    server = await serveStatic(site.outDir);
  });
  test.afterAll(async () => server?.close());

  test('every file is a page, with each of its answer blocks as an answer part', async ({ page }) => {
    for (const shape of SHAPES) {
      await page.goto(`${server.url}${shape.url}`);
      await expect(page.locator('article[data-question]'), shape.file).toHaveCount(shape.questions);
      await expect(page.locator('details[data-answer]'), shape.file).toHaveCount(shape.parts);
    }
    const translated = TRANSLATION.english.questions + TRANSLATION.chinese.questions;
    expect(records).toHaveLength(SHAPES.reduce((n, s) => n + s.questions, translated));
  });

  test('parts are labelled by the role their summary names', async ({ page }) => {
    await page.goto(`${server.url}deployments/`);
    await expect(page.locator('details[data-answer] > summary')).toHaveText([
      /Prerequisites/,
      /Solution/,
      /Solution - kubectl edit/,
      /Clean Up/,
    ]);
    await page.goto(`${server.url}topics/pods/`);
    await expect(page.getByRole('heading', { name: 'What is a Pod?' }).first()).toBeVisible();
  });

  test('a multiple-choice question is answered and graded by keyboard, with and without a pick count', async ({ page }) => {
    await page.goto(`${server.url}practice-exam/`);
    const two = page.locator('#which-objects-are-namespaced-choose-two');
    await expect(two.getByRole('group', { name: 'Choose 2' })).toBeVisible();
    await two.getByRole('checkbox', { name: /ConfigMap/ }).focus();
    await page.keyboard.press('Space');
    // Past PersistentVolume to ServiceAccount.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await two.getByRole('button', { name: 'Check' }).focus();
    await page.keyboard.press('Enter');
    await expect(two.getByRole('status')).toHaveText('Right.');
    await expect(two.locator('details[data-answer]')).toHaveAttribute('open', '');

    const one = page.locator('#which-command-shows-why-a-pod-is-pending');
    await expect(one.getByRole('group', { name: 'Choose one' })).toBeVisible();
    await one.getByRole('radio', { name: /kubectl logs/ }).check();
    await one.getByRole('button', { name: 'Check' }).press('Enter');
    await expect(one.getByRole('status')).toHaveText('Not quite: the answer is B.');
    // No letter named in the answer: an ordinary question, its options left as the author's list.
    await expect(page.locator('#the-answer-to-this-one-names-no-letter [data-choices]')).toHaveCount(0);
    const record = records.find((r) => r.title.startsWith('Which objects are namespaced'));
    expect(record).toMatchObject({ type: 'multiple-choice', correct: ['B', 'D'] });
  });

  test('a multiple-choice flashcard is picked by letter, checked with Enter and graded from the pick', async ({ page }) => {
    await page.goto(`${server.url}study/`);
    const domains = page.getByRole('group', { name: 'Domains' });
    for (const box of await domains.getByRole('checkbox').all()) await box.uncheck();
    await domains.getByRole('checkbox', { name: /Practice Exam/ }).check();
    await page.getByRole('button', { name: 'Start' }).click();
    const card = page.locator('.flashcard');
    const grades = page.getByRole('group', { name: 'How well did you remember it?' });

    await expect(card.getByRole('group', { name: 'Choose 2' })).toBeVisible();
    await expect(card.locator('[data-card-prompt]')).not.toContainText('ConfigMap');
    await page.keyboard.press('b');
    await page.keyboard.press('d');
    await page.keyboard.press('Enter');
    await expect(card.locator('[data-card-choice-result]')).toHaveText('Right.');
    await expect(grades.getByRole('button', { name: /^Good, .*from your pick/ })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(card.getByRole('group', { name: 'Choose one' })).toBeVisible();
    await page.keyboard.press('a');
    await expect(card.getByRole('radio', { name: /kubectl logs/ })).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(card.locator('[data-card-choice-result]')).toHaveText('Not quite: the answer is B.');
    await expect(card.locator('[data-choice="B"]')).toHaveAttribute('data-mark', 'right');
    await expect(card.locator('[data-card-answer]')).toBeVisible();
    await expect(grades.getByRole('button', { name: /^Again, .*from your pick/ })).toBeFocused();
    await page.keyboard.press('Enter');

    // The third names no letter: an ordinary card, shown and graded as any other.
    await expect(card.getByRole('group', { name: /Choose/ })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
    await page.getByRole('button', { name: 'End session' }).click();
    await expect(page.locator('[data-summary-grades]')).toContainText('Again: 1');
    await expect(page.locator('[data-summary-grades]')).toContainText('Good: 1');
  });

  for (const { query, title } of SEARCHES) {
    test(`search for "${query}" finds "${title}"`, async ({ page }) => {
      await page.goto(server.url);
      await typeSearch(page, query);
      expect(await resultTitles(page, headerSearch(page).titles, query)).toContain(title);
    });
  }

  test('a Chinese translation beside the English file is marked up as Chinese, the English one as English', async ({ page }) => {
    await page.goto(`${server.url}${TRANSLATION.chinese.url}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
    await expect(page.locator('article[data-question]')).toHaveCount(TRANSLATION.chinese.questions);
    await page.goto(`${server.url}${TRANSLATION.english.url}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto(`${server.url}print/${TRANSLATION.chinese.url}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
    expect(records.find((r) => r.title === TRANSLATION.mount.zh)).toMatchObject({ lang: 'zh' });
    expect(records.find((r) => r.title === TRANSLATION.mount.en)).toMatchObject({ lang: 'en' });
  });

  test('a Chinese word typed on an English page finds the Chinese question and opens its answer', async ({ page }) => {
    await page.goto(server.url);
    await typeSearch(page, '容器');
    const search = headerSearch(page);
    expect(await resultTitles(page, search.titles, '容器')).toContain(TRANSLATION.mount.zh);
    await search.options.filter({ hasText: TRANSLATION.mount.zh }).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${TRANSLATION.chinese.url}\\?highlight=[^#]*#`));
    const article = page.locator('article[data-question]', { hasText: TRANSLATION.mount.zh });
    await expect(article).toBeInViewport();
    await expect(article.locator('details[data-answer]').first()).toHaveAttribute('open', '');
    await expect(article.locator('mark[data-search-mark]').first()).toHaveText('容器');
  });

  test('an English word typed on the Chinese page finds the English question', async ({ page }) => {
    await page.goto(`${server.url}${TRANSLATION.chinese.url}`);
    await typeSearch(page, 'mount');
    expect(await resultTitles(page, headerSearch(page).titles, 'mount')).toContain(TRANSLATION.mount.en);
  });
});
