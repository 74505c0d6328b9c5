import { expect, test, type Page } from '@playwright/test';

/** Every request a page makes, while it loads and while it is used. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

test.describe('pages load nothing from the internet', () => {
  test('the home page', async ({ page, baseURL }) => {
    const urls = recordRequests(page);
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Dark mode' }).click();
    expect(urls.length).toBeGreaterThan(1);
    expect(urls.filter((url) => new URL(url).origin !== new URL(baseURL!).origin)).toEqual([]);
  });

  test('a domain page with every answer open', async ({ page, baseURL }) => {
    const urls = recordRequests(page);
    await page.goto('/monitoring-logging-runtime-security/');
    await page.getByRole('button', { name: 'Expand all' }).click();
    await page.waitForLoadState('networkidle');
    expect(urls.length).toBeGreaterThan(1);
    expect(urls.filter((url) => new URL(url).origin !== new URL(baseURL!).origin)).toEqual([]);
  });

  test('a loaded domain page keeps working with the network gone', async ({ page, context }) => {
    await page.goto('/monitoring-logging-runtime-security/');
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Expand all' }).click();
    const total = await page.locator('details[data-answer]').count();
    await expect(page.locator('details[data-answer][open]')).toHaveCount(total);
    await expect(page.locator('details[data-answer] pre.shiki').first()).toBeVisible();
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', /dark|light/);
  });
});
