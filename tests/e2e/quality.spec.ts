import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { basePath, builtPages, pageSize, pageTemplate } from './support/built-pages';
import { expect, test } from './support/page-health';
import { headerSearch, resultTitles, typeSearch } from './support/search';

const pages = builtPages();
const base = basePath();
/** --bg of src/styles/global.css in each scheme. */
const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(13, 17, 23)' };

/** Open every disclosure so the checks see answers and code too, not only the closed page. */
async function openEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

test('the build has pages to check, each in at least one colour scheme', () => {
  expect(pages).toContain('');
  expect(pages.length).toBeGreaterThan(1);
  expect(new Set([...checkedIn('light'), ...checkedIn('dark')])).toEqual(new Set(pages));
  for (const template of new Set(pages.map(pageTemplate))) {
    const sample = sampleOf(template);
    expect(checkedIn('light'), template).toContain(sample);
    expect(checkedIn('dark'), template).toContain(sample);
  }
});

test('a search, from the first keystroke to the opened result, breaks no rule of the page', async ({ page }) => {
  // Pagefind's files, its WebAssembly and the highlighting all within the page's CSP, no console error.
  await page.goto(`${base}`);
  await typeSearch(page, 'strace');
  await resultTitles(page, headerSearch(page).titles, 'strace');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('details[data-answer][open] mark[data-search-mark]').first()).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    for (const path of checkedIn(scheme)) {
      test(`${base}${path} has no accessibility violation, console error, failed request or CSP violation`, async ({ page }) => {
        // axe over a domain page with every answer open takes tens of seconds on a 2-core machine.
        test.slow();
        await page.goto(`${base}${path}`);
        await page.waitForLoadState('networkidle');
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background, 'the colour scheme is applied').toBe(BACKGROUND[scheme]);
        await openEverything(page);
        // Shiki's token colours are checked once per distinct colour (axe would check each of
        // thousands of spans); then each block is flattened to one text node, which axe checks in
        // the block's own colours (a node per line made axe take 40% longer).
        expect(await lowContrastCode(page)).toEqual([]);
        await page.evaluate(() => {
          for (const code of document.querySelectorAll('pre.shiki code')) code.replaceChildren(code.textContent ?? '');
        });
        // Legacy mode runs axe in the page itself (the site has no frames to reach into), and only
        // violations carry their nodes: both the same rules, a third of the time.
        const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(true);
        // A page checked in both schemes has had every rule in light mode already; in dark mode
        // only the rules that read colours can give another answer.
        const results = await (
          colourOnly(scheme, path)
            ? axe.withRules(['color-contrast', 'link-in-text-block'])
            : axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        ).analyze();
        const violations = results.violations.map((v) => ({
          rule: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 2).join('')}`),
          more: Math.max(0, v.nodes.length - 5),
        }));
        expect(violations).toEqual([]);
      });
    }
  });
}

/**
 * The page of a template checked in both colour schemes: its smallest, since pages of one
 * template share their markup and styles, and axe's time grows with the page.
 */
function sampleOf(template: string): string {
  const candidates = pages.filter((path) => pageTemplate(path) === template);
  return candidates.reduce((smallest, path) => (pageSize(path) < pageSize(smallest) ? path : smallest));
}

/**
 * The pages checked in one colour scheme: each template's sample in both, the template's other
 * pages in one, alternating. Every page is checked, and every template in both palettes.
 */
function checkedIn(scheme: 'light' | 'dark'): string[] {
  const seen = new Map<string, number>();
  return pages.filter((path) => {
    const template = pageTemplate(path);
    if (path === sampleOf(template)) return true;
    const index = seen.get(template) ?? 0;
    seen.set(template, index + 1);
    return (index % 2 === 0) === (scheme === 'light');
  });
}

/** A page that light mode checked with every rule: dark mode checks its colours. */
function colourOnly(scheme: 'light' | 'dark', path: string): boolean {
  return scheme === 'dark' && checkedIn('light').includes(path);
}

/**
 * Distinct (token colour, code background) pairs in highlighted code whose contrast is below
 * WCAG AA for normal text (4.5:1), computed as axe does, from the rendered colours.
 */
async function lowContrastCode(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (colour: string) => {
      const [r = 0, g = 0, b = 0] = rgb(colour).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const pairs = new Map<string, number>();
    for (const pre of document.querySelectorAll<HTMLElement>('pre.shiki')) {
      const background = getComputedStyle(pre).backgroundColor;
      for (const span of pre.querySelectorAll<HTMLElement>('span')) {
        if (span.textContent?.trim() === '') continue;
        const key = `${getComputedStyle(span).color} on ${background}`;
        if (!pairs.has(key)) pairs.set(key, ratio(getComputedStyle(span).color, background));
      }
    }
    return [...pairs].filter(([, r]) => r < 4.5).map(([pair, r]) => `${pair}: ${r.toFixed(2)}:1`);
  });
}
