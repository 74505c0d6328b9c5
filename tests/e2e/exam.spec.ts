import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildInto } from './support/build-site';
import { pdfText } from './support/pdf';
import { serveStatic } from './support/static-server';

/*
 * The mock exam on a fixture of three domains weighted 50/30/20 (12, 9 and 6 answered tasks,
 * in our own words), with a pass mark of 60% in its cks-study.json.
 */
interface StoredExam {
  tasks: { domain: string; anchor: string; status: string }[];
  endsAt: number;
}

let server: Awaited<ReturnType<typeof serveStatic>>;
test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.beforeAll(async () => {
  const { outDir } = buildInto({ CONTENT_DIR: resolve('tests/fixtures/site-exam-weights/input') });
  server = await serveStatic(outDir);
});
test.afterAll(async () => server?.close());

const url = (path: string) => new URL(path, server.url).href;
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('cks-study:exam') ?? 'null') as StoredExam | null);

async function startExam(page: Page, tasks: number, minutes: number): Promise<void> {
  await page.goto(url('exam/'));
  await page.getByRole('spinbutton', { name: 'Tasks' }).fill(String(tasks));
  await page.getByRole('spinbutton', { name: 'Minutes' }).fill(String(minutes));
  await page.getByRole('button', { name: 'Start exam' }).click();
  await expect(page.getByRole('navigation', { name: 'Tasks' }).getByRole('button')).toHaveCount(tasks);
}

test('a 6-task, 1-minute exam follows the weights, resumes after a reload, ends on time and is scored', async ({ page }) => {
  await page.clock.install();
  await startExam(page, 6, 1);
  const exam = (await stored(page))!;
  const mix = exam.tasks.reduce<Record<string, number>>((t, { domain }) => ({ ...t, [domain]: (t[domain] ?? 0) + 1 }), {});
  expect(mix).toEqual({ workloads: 3, networking: 2, storage: 1 });
  // The answers stay hidden while the exam runs.
  await expect(page.getByText(/reference answer \w+ \d+/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await page.getByRole('button', { name: 'Next task' }).click();
  await page.getByRole('button', { name: 'Flag for review' }).click();
  await expect(page.getByRole('button', { name: 'Task 1: done' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Task 2: not started, flagged' })).toHaveAttribute('aria-current', 'step');

  await page.clock.fastForward(20_000);
  await page.reload();
  // The same tasks, the same place, and the time that was left.
  expect((await stored(page))!.tasks.map((t) => t.anchor)).toEqual(exam.tasks.map((t) => t.anchor));
  await expect(page.getByText('Task 2 of 6')).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^0:(3\d|40)$/);

  await page.clock.fastForward(45_000);
  await expect(page.getByRole('heading', { name: 'Grade your answers' })).toBeVisible();
  await expect(page.getByText('Time is up.')).toBeVisible();
  await expect(page.locator('.exam-review-item > .exam-answer').filter({ hasText: /reference answer \w+ \d+/ })).toHaveCount(6);
  await page.getByRole('group', { name: 'Task 1: how did you do?' }).getByLabel('Done', { exact: true }).check();
  await page.getByRole('group', { name: 'Task 2: how did you do?' }).getByLabel('Partly').check();
  await page.getByRole('button', { name: 'Score the exam' }).click();

  const summary = page.locator('[data-exam-result-summary]');
  await expect(summary).toContainText('(pass mark 60%)');
  await expect(summary).toContainText('time used 1:00');
  const rows = page.locator('[data-exam-result-domains] tr');
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole('heading', { name: 'Past attempts' })).toBeVisible();
  // Every task's grade is in the review log, as a flashcard's would be.
  const log = await page.evaluate(() => (JSON.parse(localStorage.getItem('cks-study:progress') ?? '{}') as { log?: unknown[] }).log ?? []);
  expect(log).toHaveLength(6);

  // A task not done is due in study mode once its relearning step (a minute) has passed.
  const notDone = exam.tasks.slice(2);
  await page.clock.fastForward(120_000);
  await page.goto(url('study/'));
  const counts = page.locator(`[data-domain-counts="${notDone[0]!.domain}"]`);
  await expect(counts).toHaveText(/^[1-9]\d* due, /);
});

test('the exam paper prints its numbered tasks with points, then the answer key after a page break', async ({ page }) => {
  await page.goto(url('exam/paper/'));
  await expect(page.locator('.paper-task')).toHaveCount(16);
  const file = join(mkdtempSync(join(tmpdir(), 'cks-exam-pdf-')), 'paper.pdf');
  await page.pdf({ path: file, format: 'A4' });
  const pages = pdfText(file).split('\f');
  const keyPage = pages.findIndex((p) => p.includes('Answer key'));
  const lastTask = pages.findIndex((p) => p.includes('Task 16'));
  expect(keyPage).toBeGreaterThan(lastTask);
  // The key starts its own page, and holds every task's answer; the paper above it none.
  expect(pages[keyPage]!.trim().startsWith('Answer key')).toBe(true);
  expect(pages.slice(0, keyPage).join('')).not.toContain('reference answer');
  expect(
    pages
      .slice(keyPage)
      .join('')
      .match(/reference answer/g),
  ).toHaveLength(16);
  expect(pages[0]).toMatch(/16 tasks · \d+(\.\d)? points/);
  expect(pages[0]).toMatch(/Task 1 .*\n?.*·\s+\d+(\.\d)? points?/);
});

test('"Print paper" during an exam prints the drawn tasks, then their key on a page of its own', async ({ page }) => {
  await startExam(page, 4, 10);
  // The browser's print dialog would wait for a person; the PDF is what it would print.
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Print paper' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'cks-exam-pdf-')), 'drawn.pdf');
  await page.pdf({ path: file, format: 'A4' });
  const pages = pdfText(file).split('\f');
  expect(pages[0]).toContain('Exam Fixture: mock exam paper');
  expect(pages[0]).toMatch(/4 tasks · \d+(\.\d)? points/);
  expect(pages[0]).not.toContain('Time left');
  const keyPage = pages.findIndex((p) => p.trim().startsWith('Answer key'));
  expect(keyPage).toBeGreaterThan(0);
  expect(
    pages
      .slice(keyPage)
      .join('')
      .match(/reference answer/g),
  ).toHaveLength(4);
});

test('by keyboard alone: start, mark a task done, move on and finish', async ({ page }) => {
  await page.goto(url('exam/'));
  await page.getByRole('spinbutton', { name: 'Tasks' }).focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(page.locator('#exam-task-title')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Done', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Done', exact: true })).toHaveAttribute('aria-pressed', 'true');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Next task' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Task 2 of 3')).toBeVisible();
  await expect(page.locator('#exam-task-title')).toBeFocused();
  await page.getByRole('button', { name: 'Finish exam' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#exam-review-heading')).toBeFocused();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the running exam and its grading pass axe in the ${scheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await startExam(page, 4, 10);
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await page.getByRole('button', { name: 'Flag for review' }).click();
    const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect((await axe()).violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await page.getByRole('button', { name: 'Finish exam' }).click();
    await expect(page.getByRole('heading', { name: 'Grade your answers' })).toBeVisible();
    expect((await axe()).violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the exam page says it needs JavaScript and links to the printable paper', async ({ page }) => {
    await page.goto(url('exam/'));
    await expect(page.getByText('The mock exam needs JavaScript')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start exam' })).toBeHidden();
    await page.getByRole('link', { name: 'print an exam paper' }).click();
    await expect(page.locator('.paper-task')).toHaveCount(16);
  });
});
