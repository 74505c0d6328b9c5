import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { layoutShift } from './support/layout-shift';

interface Deck {
  domains: { slug: string; title: string }[];
  cards: { domain: string; anchor: string; title: string }[];
}
const deck = JSON.parse(readFileSync('dist/study/cards.json', 'utf8')) as Deck;
const domain = deck.domains[0]!;
const cards = deck.cards.filter((c) => c.domain === domain.slug);

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the sidebar lists every domain, marks the current one and its topics; the outline lists every question', async ({ page }) => {
    await page.goto(`/${domain.slug}/`);
    const sidebar = page.getByRole('navigation', { name: 'Domains' });
    await expect(sidebar.getByRole('link')).not.toHaveCount(0);
    for (const d of deck.domains) await expect(sidebar.getByRole('link', { name: d.title }).first()).toBeVisible();
    await expect(sidebar.locator('[aria-current="page"]')).toHaveText(new RegExp(domain.title));
    await expect(sidebar.locator('.sidebar-topics a').first()).toHaveAttribute('href', /^#/);
    const outline = page.getByRole('navigation', { name: 'Questions on this page' });
    await expect(outline.locator('[data-outline-item]')).toHaveCount(await page.locator('article[data-question]').count());
    await expect(outline.locator('.outline-state').first()).toHaveText('new');
  });

  test('grading a question updates its outline state at once, and the outline follows the scroll', async ({ page }) => {
    await page.goto(`/${domain.slug}/`);
    const outline = page.getByRole('navigation', { name: 'Questions on this page' });
    const [first, , third] = cards;
    const article = page.locator(`article[data-question="${first!.anchor}"]`);
    await article.getByText('Show answer').first().click();
    await article.getByRole('button', { name: 'I knew it' }).click();
    await expect(outline.locator(`[data-outline-item="${first!.anchor}"] .outline-state`)).toHaveText('mastered');

    await page.locator(`article[data-question="${third!.anchor}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(outline.locator(`[data-outline-item="${third!.anchor}"]`)).toHaveAttribute('aria-current', 'location');
    await outline.locator(`[data-outline-item="${first!.anchor}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${first!.anchor}$`));
  });

  test('the domain page reads title, counts, progress line, collapsed competencies and references, then the questions', async ({
    page,
  }) => {
    await page.goto(`/${domain.slug}/`);
    const main = page.locator('main');
    const order = await main.evaluate((el) => {
      const find = (selector: string) => {
        const node = el.querySelector(selector);
        return node ? Array.from(el.querySelectorAll('*')).indexOf(node) : -1;
      };
      return ['h1', '.domain-stats', '.progress-line', '.competencies-block', 'article[data-question]'].map(find);
    });
    expect(order.every((n) => n >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await expect(main.locator('.competencies-block')).not.toHaveAttribute('open', '');
    await expect(main.locator('.progress-line')).toContainText(`0 of ${cards.length} mastered`);
    await expect(page.locator('[data-study-progress] table')).toHaveCount(0);
  });

  test('no page moves as it loads, first visit or with progress stored', async ({ page }) => {
    await page.goto(`/${domain.slug}/`);
    expect(await layoutShift(page)).toBe(0);
    const article = page.locator(`article[data-question="${cards[0]!.anchor}"]`);
    await article.getByText('Show answer').first().click();
    await article.getByRole('button', { name: 'I knew it' }).click();
    // The grade is saved once the scheduler has loaded: wait for it before leaving.
    await expect(article).toContainText('Mastered, next review');
    await page.goto(`/${domain.slug}/`);
    await expect(page.locator('.progress-line')).toContainText(`1 of ${cards.length} mastered`);
    expect(await layoutShift(page)).toBe(0);
    for (const path of ['/', '/study/', '/search/']) {
      await page.goto(path);
      expect(await layoutShift(page), path).toBe(0);
    }
  });
});

test('on a phone no page moves as it loads either, PDF link included: longer lines wrap where the script fills them in', async ({
  page,
}) => {
  // Lighthouse's phone: text that fits a line at 1440px takes two at this width.
  await page.setViewportSize({ width: 412, height: 823 });
  // As after `npm run pdf`: the PDF link appears once pdf.json names the file.
  await page.route('**/pdf.json', (route) => route.fulfill({ json: { file: 'cks-study-sheet.pdf', bytes: 2_000_000 } }));
  for (const path of ['/', `/${domain.slug}/`, '/study/', '/search/', '/print/']) {
    await page.goto(path);
    expect(await layoutShift(page), path).toBe(0);
  }
});

test('"Continue" on the home page leads back to the question last read, and says what is due', async ({ page }) => {
  await page.goto('/');
  const block = page.getByRole('region', { name: 'Continue' });
  await expect(block).toContainText('start with its first question');
  const target = cards[4]!;
  await page.goto(`/${domain.slug}/#${target.anchor}`);
  await expect(page.getByRole('navigation', { name: 'Questions on this page' }).locator('[aria-current="location"]')).toHaveAttribute(
    'data-outline-item',
    target.anchor,
  );
  await page.goto('/');
  await expect(block).toContainText(`where you stopped, “${target.title}”`);
  expect(await layoutShift(page)).toBe(0);
  await block.getByRole('link', { name: domain.title }).click();
  await expect(page).toHaveURL(new RegExp(`/${domain.slug}/#${target.anchor}$`));
  await expect(page.locator(`article[data-question="${target.anchor}"] details[data-answer]`).first()).toHaveAttribute('open', '');
});

test('on a narrow screen there is no sidebar, and the outline is a disclosure above the questions', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto(`/${domain.slug}/`);
  await expect(page.getByRole('navigation', { name: 'Domains' })).toBeHidden();
  const disclosure = page.locator('details.outline-narrow');
  await expect(disclosure.locator('summary')).toHaveText(/^Questions on this page \(\d+\)$/);
  await disclosure.locator('summary').click();
  await expect(disclosure.locator('[data-outline-item]').first()).toBeVisible();
  expect(await layoutShift(page)).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });

  test('the sidebar and the outline are plain links', async ({ page }) => {
    await page.goto(`/${domain.slug}/`);
    const second = deck.domains[1]!;
    await page.getByRole('navigation', { name: 'Domains' }).getByRole('link', { name: second.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(second.title);
    const link = page.getByRole('navigation', { name: 'Questions on this page' }).locator('[data-outline-item]').nth(1);
    await link.click();
    await expect(page).toHaveURL(/#.+$/);
  });
});

test.describe('by keyboard alone', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a domain opens from the sidebar, j and k move between questions, o opens one, 1 grades it and the outline shows it', async ({
    page,
  }) => {
    const next = deck.domains[1]!;
    const nextCards = deck.cards.filter((c) => c.domain === next.slug);
    await page.goto(`/${domain.slug}/`);
    const sidebarLink = page.getByRole('navigation', { name: 'Domains' }).getByRole('link', { name: next.title }).first();
    // Tab through the page until the sidebar link to the next domain has the focus.
    for (let presses = 0; presses < 40 && !(await sidebarLink.evaluate((el) => el === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect(sidebarLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${next.slug}/$`));
    // The keys are the page's module scripts' to take, which run once the page has loaded.
    await page.waitForLoadState('load');

    const [first, second] = nextCards;
    const status = page.locator('[data-status]');
    await page.keyboard.press('j');
    await expect(page.locator(`article[data-question="${first!.anchor}"]`)).toBeFocused();
    await page.keyboard.press('j');
    const article = page.locator(`article[data-question="${second!.anchor}"]`);
    await expect(article).toBeFocused();
    await expect(status).toHaveText(new RegExp(`^Question 2 of ${nextCards.length}: `));
    await page.keyboard.press('k');
    await expect(page.locator(`article[data-question="${first!.anchor}"]`)).toBeFocused();
    await page.keyboard.press('j');

    await page.keyboard.press('1');
    await expect(status).toHaveText(/Open the answer first/);
    await page.keyboard.press('o');
    await expect(article.locator('details[data-answer]').first()).toHaveAttribute('open', '');
    await page.keyboard.press('1');
    const outline = page.getByRole('navigation', { name: 'Questions on this page' });
    await expect(outline.locator(`[data-outline-item="${second!.anchor}"] .outline-state`)).toHaveText('mastered');
    await page.keyboard.press('Enter');
    await expect(article.locator('details[data-answer]').first()).not.toHaveAttribute('open', '');
  });

  test('? lists the keys in a dialog that Escape closes, and keys typed into search stay there', async ({ page }) => {
    await page.goto(`/${domain.slug}/`);
    await page.waitForLoadState('load');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('kbd', { hasText: /^j$/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    const search = page.locator('[data-search-input]');
    await search.focus();
    await page.keyboard.type('jo1');
    await expect(search).toHaveValue('jo1');
    await expect(page.locator('article[data-question]:focus')).toHaveCount(0);
  });
});
