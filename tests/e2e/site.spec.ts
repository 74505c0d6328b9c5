import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { QuestionRecord } from '../../src/lib/site/pages';

const questions = JSON.parse(readFileSync('dist/questions.json', 'utf8')) as QuestionRecord[];
const strace = questions.find((q) => /strace/i.test(q.title) && q.answered && q.parts.some((p) => p.answer.includes('```')));

function anchorOf(question: QuestionRecord): string {
  return question.url.split('#')[1] ?? '';
}

async function domainPage(page: Page, question: QuestionRecord) {
  await page.goto(question.url.split('#')[0] ?? '/');
}

test('the home page lists each domain with its weight, question count and answered count', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('[data-domain="monitoring-logging-runtime-security"]');
  await expect(card.getByRole('link', { name: 'Monitoring, Logging and Runtime Security' })).toBeVisible();
  await expect(card).toContainText('20% of the exam');
  const count = questions.filter((q) => q.domain === 'monitoring-logging-runtime-security').length;
  expect(count).toBeGreaterThanOrEqual(25);
  await expect(card.locator('[data-count="questions"]')).toHaveText(`${count} questions`);
});

test('home -> domain -> expanding an answer shows highlighted code', async ({ page }) => {
  expect(strace, 'content has an answered strace question with code').toBeDefined();
  await page.goto('/');
  await page
    .locator('[data-domain="monitoring-logging-runtime-security"]')
    .getByRole('link', { name: 'Monitoring, Logging and Runtime Security' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Monitoring, Logging and Runtime Security');
  const article = page.locator(`article[data-question="${anchorOf(strace!)}"]`);
  const details = article.locator('details[data-answer]').first();
  await expect(details).not.toHaveAttribute('open', '');
  await details.getByText('Show answer').click();
  await expect(details).toHaveAttribute('open', '');
  const code = details.locator('pre.shiki').first();
  await expect(code).toBeVisible();
  // Highlighted: the tokens actually differ in colour (common colours are classes, rare ones inline styles).
  const colours = await code.locator('.line > span').evaluateAll((spans) => [...new Set(spans.map((s) => getComputedStyle(s).color))]);
  expect(colours.length).toBeGreaterThan(1);
});

test('arriving at a deep link scrolls to the question and opens its answer', async ({ page }) => {
  await page.goto(strace!.url);
  const article = page.locator(`#${anchorOf(strace!)}`);
  await expect(article.locator('details[data-answer]').first()).toHaveAttribute('open', '');
  await expect(article).toBeInViewport();
  const others = page.locator(`article[data-question]:not([id="${anchorOf(strace!)}"]) details[open]`);
  await expect(others).toHaveCount(0);
});

test('the link icon copies the question deep link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await domainPage(page, strace!);
  await page.locator(`#${anchorOf(strace!)} a[data-deep-link]`).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(strace!.url, page.url()).href);
  await expect(page.locator('[data-status]')).toHaveText('Link copied');
});

test('the copy button copies a code block without shell prompts', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await domainPage(page, strace!);
  const article = page.locator(`#${anchorOf(strace!)}`);
  await article.getByText('Show answer').first().click();
  const block = article.locator('.code-block').first();
  await block.getByRole('button', { name: 'Copy code to clipboard' }).click();
  // The prompt stripper loads on first use: the clipboard holds the text once the button says so.
  await expect(block.getByRole('button')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const code = (await block.locator('code').textContent()) ?? '';
  expect(copied.length).toBeGreaterThan(0);
  expect(code).toContain(copied.split('\n')[0]!.trim());
  expect(copied).not.toMatch(/^\$ /m);
});

test('Expand all opens every answer and Collapse all closes them', async ({ page }) => {
  await domainPage(page, strace!);
  const answers = page.locator('details[data-answer]');
  const total = await answers.count();
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.locator('details[data-answer][open]')).toHaveCount(total);
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await expect(page.locator('details[data-answer][open]')).toHaveCount(0);
});

test('the theme toggle switches to dark and is remembered', async ({ page }) => {
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', /dark|light/);
  const after = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(after).not.toBe(before);
  await page.reload();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(after);
});

test('a 360px phone never scrolls sideways, even with long code lines', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await domainPage(page, strace!);
  await page.getByRole('button', { name: 'Expand all' }).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const width of [320, 360]) {
  test(`a ${width}px phone has the title, search, menu and theme in one header row, and no link broken inside a word`, async ({ page }) => {
    await page.setViewportSize({ width, height: 640 });
    await page.goto('/');
    const header = page.locator('.site-header');
    const rowHeight = await page.locator('.site-search-input').evaluate((el) => el.getBoundingClientRect().height);
    const tops = await header
      .locator('.site-title, .site-search-input, [data-menu-toggle], [data-theme-toggle]')
      .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(Math.max(...tops) - Math.min(...tops), `tops ${tops.join(', ')}`).toBeLessThan(rowHeight / 2);

    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Site' });
    await expect(nav).toBeHidden();
    await menu.click();
    await expect(nav).toBeVisible();
    // Each link on one line: no label wraps inside a word ("Doma|ins").
    for (const link of await nav.getByRole('link').all()) {
      const lines = await link.evaluate((el) => el.getClientRects().length);
      expect(lines, await link.innerText()).toBe(1);
    }
    await nav.getByRole('link', { name: 'Study', exact: true }).focus();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('keyboard focus is visible on links and answers', async ({ page }) => {
  await domainPage(page, strace!);
  const summary = page.locator('details[data-answer] > summary').first();
  await summary.focus();
  const outline = await summary.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('details[data-answer]').first()).toHaveAttribute('open', '');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('questions read and answers open natively', async ({ page }) => {
    await domainPage(page, strace!);
    const count = questions.filter((q) => q.domain === strace!.domain).length;
    await expect(page.locator('article[data-question]')).toHaveCount(count);
    await expect(page.locator('[data-answer-toolbar]')).toBeHidden();
    const details = page.locator(`#${anchorOf(strace!)} details[data-answer]`).first();
    await details.locator('summary').click();
    await expect(details.locator('pre').first()).toBeVisible();
  });
});
