import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// content/ is checked against the default Kubernetes release (kubernetes-versions.ts) and builds with no finding.
const RELEASE = /Kubernetes 1\.\d+/;

test('a checked manifest carries a quiet "valid for Kubernetes" mark with a tooltip, and Copy leaves it out', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/cluster-setup/');
  const details = page.locator('details[data-answer]:has(pre.shiki[data-manifest])').first();
  const marked = details.locator('pre.shiki[data-manifest]').first();
  await details.locator(':scope > summary').click();
  await expect(details).toHaveAttribute('open', '');
  const mark = marked.locator('.manifest-mark');
  await expect(mark).toBeVisible();
  await expect(mark).toHaveText(/^✓ valid for Kubernetes 1\.\d+$/);
  await expect(mark).toHaveAttribute('title', /^Checked against the API schema of Kubernetes 1\.\d+: /);
  // Small beside the code: its text is smaller than the code's.
  const sizes = await marked.evaluate((pre) => ({
    mark: parseFloat(getComputedStyle(pre.querySelector('.manifest-mark')!).fontSize),
    code: parseFloat(getComputedStyle(pre.querySelector('code')!).fontSize),
  }));
  expect(sizes.mark).toBeLessThan(sizes.code);
  await marked.hover();
  // The copy script wraps the block in .code-block and puts its button beside the <pre>.
  const copy = marked.locator('xpath=..').getByRole('button', { name: 'Copy code to clipboard' });
  await copy.click();
  // The write waits for the prompt stripper to load: read the clipboard once the button says it is done.
  await expect(copy).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('apiVersion:');
  expect(copied).not.toContain('valid for Kubernetes');
});

test('the domain page says how many manifests were checked, and only marked blocks say valid', async ({ page }) => {
  await page.goto('/cluster-setup/');
  await expect(page.locator('.domain-stats [data-count="manifests"]')).toHaveText(/^\d+ manifests? checked against Kubernetes 1\.\d+$/);
  const marks = await page.locator('.manifest-mark').count();
  expect(marks).toBeGreaterThan(0);
  expect(await page.locator('pre.shiki[data-manifest]').count()).toBe(marks);
  // A shell block with no manifest has no mark.
  const plain = page.locator('pre.shiki[data-lang="bash"]:not([data-manifest])').first();
  await expect(plain.locator('.manifest-mark')).toHaveCount(0);
  await expect(page.locator('.domain-stats')).toContainText(RELEASE);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the mark is readable in the ${colorScheme} scheme (axe, colour contrast included)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/cluster-setup/');
    const details = page.locator('details[data-answer]:has(pre.shiki[data-manifest])').first();
    await details.locator(':scope > summary').click();
    await expect(details.locator('.manifest-mark').first()).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('.manifest-mark')
      .options({ resultTypes: ['violations'] })
      .setLegacyMode(true)
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
}
