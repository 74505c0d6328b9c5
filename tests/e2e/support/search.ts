import { expect, type Locator, type Page } from '@playwright/test';

/** The header search, found by role as a reader (or a screen reader) finds it. */
export function headerSearch(page: Page) {
  const field = page.getByRole('combobox', { name: 'Search questions' });
  const results = page.getByRole('listbox', { name: 'Search results' });
  return {
    field,
    results,
    options: results.getByRole('option'),
    titles: results.locator('.search-result-title'),
    status: page.locator('[data-search-status]'),
    domain: page.getByLabel('Domain', { exact: true }).first(),
  };
}

/** Focus the header search with `/` and type as a reader does, one key at a time. */
export async function typeSearch(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  await expect(headerSearch(page).field).toBeFocused();
  await page.keyboard.type(query, { delay: 20 });
}

/** The titles of the listed results, in order, once the results for `query` are shown. */
export async function resultTitles(page: Page, titles: Locator, query: string): Promise<string[]> {
  await expect(page.getByText(new RegExp(`match(es)? “${query}”`)).first()).toBeVisible();
  return titles.allTextContents();
}
