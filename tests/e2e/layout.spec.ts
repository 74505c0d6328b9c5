import { expect, test, type Page } from '@playwright/test';

/*
 * Every page type at every width we design for, in both schemes: nothing scrolls sideways,
 * the page's regions do not overlap, and no label of the header, sidebar, outline or a
 * heading breaks inside a word. The screenshots (`npm run screenshots -- --matrix`) show the same matrix.
 */

const WIDTHS = [320, 360, 768, 1280, 1440];
const SCHEMES = ['light', 'dark'] as const;
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'domain', path: '/monitoring-logging-runtime-security/' },
  { name: 'study', path: '/study/' },
  { name: 'search', path: '/search/?q=strace' },
  { name: 'print', path: '/print/' },
  { name: 'exam', path: '/exam/' },
];
// The page's regions, as laid out side by side or stacked: none may cover another.
const REGIONS = ['.site-header', '.page-sidebar', 'main', '.page-outline', '.site-footer'];
// Short labels that must break only between words: a word split over two lines ("Doma|ins") is a defect.
const LABELS = '.site-header a, .site-header button, .page-sidebar a, .page-outline a, .page-outline summary, h1, h2, main button';

interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function overlapping(boxes: Box[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      // One pixel of shared border is rounding, not overlap.
      if (x > 1 && y > 1) found.push(`${a.name} and ${b.name}`);
    }),
  );
  return found;
}

async function regionBoxes(page: Page): Promise<Box[]> {
  return page.evaluate((selectors) => {
    const boxes: Box[] = [];
    for (const selector of selectors) {
      const el = document.querySelector(selector);
      if (!el) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // Page coordinates, so a sticky header is compared where it stands at the top.
      boxes.push({ name: selector, left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY });
    }
    return boxes;
  }, REGIONS);
}

/**
 * Each word of a visible label that the browser splits over two lines where it need not: the
 * pieces of a word between hyphens and slashes (where a line may break) are checked, and a
 * piece wider than its whole line (a long path in a narrow outline) may break. Lines clipped
 * by a line clamp are not laid out for the reader and are not counted.
 */
async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const broken: string[] = [];
    const blockOf = (el: Element): Element => {
      let block: Element = el;
      while (['inline', 'contents'].includes(getComputedStyle(block).display) && block.parentElement) block = block.parentElement;
      return block;
    };
    for (const el of document.querySelectorAll(selector)) {
      if (!(el as HTMLElement).checkVisibility() || el.closest('pre, code')) continue;
      const block = blockOf(el);
      const style = getComputedStyle(block);
      const lineWidth = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const shown = el.getBoundingClientRect();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/[^\s\-/]+[-/]*|[-/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.top < shown.bottom - 1);
          const lines = new Set(rects.map((r) => Math.round(r.top)));
          const width = rects.reduce((sum, r) => sum + r.width, 0);
          if (lines.size > 1 && width <= lineWidth) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, LABELS);
}

for (const scheme of SCHEMES) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const { name, path } of PAGES) {
      test(`the ${name} page fits 320 to 1440px without sideways scroll, overlap or a broken word`, async ({ page }) => {
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(path);
          await page.waitForLoadState('networkidle');
          const at = `${name} at ${width}px (${scheme})`;
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${at}: sideways scroll`).toBeLessThanOrEqual(0);
          const boxes = await regionBoxes(page);
          expect(
            boxes.map((b) => b.name),
            `${at}: regions`,
          ).toEqual(expect.arrayContaining(['.site-header', 'main', '.site-footer']));
          expect(overlapping(boxes), `${at}: overlapping regions`).toEqual([]);
          expect(await brokenWords(page), `${at}: words broken over two lines`).toEqual([]);
        }
      });
    }
  });
}

test('the domain page at 1280px shows its sidebar and outline beside the questions', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/monitoring-logging-runtime-security/');
  const boxes = await regionBoxes(page);
  const names = boxes.map((b) => b.name);
  // Guards the overlap check above: it compares three columns here, not a single stack.
  expect(names).toEqual(expect.arrayContaining(['.page-sidebar', 'main', '.page-outline']));
  const [sidebar, main, outline] = ['.page-sidebar', 'main', '.page-outline'].map((n) => boxes.find((b) => b.name === n)!);
  expect(sidebar!.right).toBeLessThanOrEqual(main!.left + 1);
  expect(main!.right).toBeLessThanOrEqual(outline!.left + 1);
});

test('the overlap and broken-word checks catch a page made to break', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/');
  // Styles set through the DOM: the site's CSP refuses an added <style>.
  await page.evaluate(() => {
    document.querySelector('main')!.style.marginTop = '-40px';
    const title = document.querySelector<HTMLElement>('.site-title')!;
    // The title is one nowrap line by design: let it wrap, and anywhere, in a box narrower than it.
    Object.assign(title.style, { whiteSpace: 'normal', wordBreak: 'break-all', maxWidth: '5ch', display: 'inline-block' });
  });
  expect(overlapping(await regionBoxes(page))).toContain('.site-header and main');
  expect((await brokenWords(page)).length).toBeGreaterThan(0);
});
