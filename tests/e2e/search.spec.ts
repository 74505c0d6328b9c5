import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { headerSearch, resultTitles, typeSearch } from './support/search';
import type { QuestionRecord } from '../../src/lib/site/pages';

const questions = JSON.parse(readFileSync('dist/questions.json', 'utf8')) as QuestionRecord[];
const straceTitles = questions.filter((q) => /\bstrace\b/i.test(q.title)).map((q) => q.title);
const domainUrl = questions[0]!.url.split('#')[0]!;

test('a page nobody searches downloads no Pagefind file; focusing the search starts the download', async ({ page }) => {
  const requested: string[] = [];
  const fetched: string[] = []; // with the query string: Pagefind's entry request is tagged
  page.on('request', (request) => {
    requested.push(new URL(request.url()).pathname);
    fetched.push(request.url().replace(/^https?:\/\/[^/]+/, ''));
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'Monitoring, Logging and Runtime Security' }).first().click();
  await page.locator('details[data-answer] > summary').first().click();
  await page.waitForLoadState('networkidle');
  await expect(page.getByText('Search needs JavaScript.')).toBeHidden();
  expect(requested.filter((path) => path.includes('/pagefind/'))).toEqual([]);

  await headerSearch(page).field.focus();
  await expect.poll(() => requested.filter((path) => path.startsWith('/pagefind/')).length).toBeGreaterThan(0);

  // The page names the files every first search reads; they are fetched ahead of Pagefind,
  // and its own fetches must reuse them, not repeat them (a wrong name would be a second fetch).
  await page.keyboard.type('strace');
  await resultTitles(page, headerSearch(page).titles, 'strace');
  const named = (await headerSearch(page).field.getAttribute('data-pagefind-preload'))?.split(' ') ?? [];
  const tag = await headerSearch(page).field.getAttribute('data-pagefind-tag');
  expect(named.map((file) => file.replace(/[0-9a-f]{6,}/g, '#'))).toEqual(['pagefind.en_#.pf_meta', 'wasm.en.pagefind']);
  const ahead = [`/pagefind/pagefind-entry.json?ts=${tag}`, ...named.map((file) => `/pagefind/${file}`)];
  expect(fetched.filter((url) => ahead.includes(url)).sort()).toEqual([...ahead].sort());
  const heavy = requested.filter((path) =>
    /\/pagefind\/(wasm\.[^/]+\.pagefind|pagefind\.[^/]+\.pf_meta|filter\/[^/]+\.pf_filter)$/.test(path),
  );
  expect(heavy.sort()).toEqual([...new Set(heavy)].sort());
  expect(heavy).toHaveLength(2); // no filter chunk: a search not narrowed to a domain reads none
  expect(fetched.filter((url) => url.startsWith('/pagefind/pagefind-entry.json'))).toEqual([`/pagefind/pagefind-entry.json?ts=${tag}`]);
});

/** Counts Intl.Segmenter constructions: Pagefind builds one per query; the first in a page is the slow one. */
async function countSegmenters(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const counted = window as unknown as { segmenters: number };
    counted.segmenters = 0;
    const Original = Intl.Segmenter;
    // Intl's members are writable at run time; only the type says otherwise.
    (Intl as { Segmenter: typeof Intl.Segmenter }).Segmenter = class extends Original {
      constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
        super(...args);
        counted.segmenters++;
      }
    };
  });
  return () => page.evaluate(() => (window as unknown as { segmenters: number }).segmenters);
}

test('query splitting is prepared while the page is idle, downloading nothing, not on the first query', async ({ page }) => {
  const segmenters = await countSegmenters(page);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(domainUrl);
  await expect.poll(segmenters).toBe(1);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.includes('/pagefind/'))).toEqual([]);
  await headerSearch(page).field.focus();
  await page.keyboard.type('strace');
  await resultTitles(page, headerSearch(page).titles, 'strace');
  expect(await segmenters()).toBeGreaterThan(1); // Pagefind's own, for the query
});

test('without idle time before it, focusing the search prepares query splitting while the index downloads', async ({ page }) => {
  const segmenters = await countSegmenters(page);
  await page.addInitScript(() => Reflect.deleteProperty(window, 'requestIdleCallback'));
  await page.goto(domainUrl);
  await page.waitForLoadState('networkidle');
  expect(await segmenters()).toBe(0);
  await headerSearch(page).field.focus();
  await expect.poll(segmenters).toBe(1);
});

test('the domains to narrow to are part of the page: listing them reads no index file', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(domainUrl);
  await page.waitForLoadState('networkidle');
  const names = await headerSearch(page).domain.locator('option').allTextContents();
  const domainCount = new Set(questions.map((q) => q.domain)).size;
  expect(names[0]).toBe('All domains');
  expect(names.slice(1)).toEqual([...names.slice(1)].sort((a, b) => a.localeCompare(b)));
  expect(names).toHaveLength(domainCount + 1);
  expect(requested.filter((path) => path.includes('/pagefind/'))).toEqual([]);

  // A shared link names its domain: the search page starts narrowed to it.
  const chosen = names[2]!;
  await page.goto(`/search/?q=audit&domain=${encodeURIComponent(chosen)}`);
  await expect(page.locator('#search-page-domain')).toHaveValue(chosen);
  await expect(page.locator('[data-search-page-status]')).toContainText(` in ${chosen} match`);
});

test('a page that names no index files still searches: the entry file names them', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(domainUrl);
  // As a page from before its index, or of a site indexed in several languages.
  await headerSearch(page).field.evaluate((field) =>
    ['data-pagefind-tag', 'data-pagefind-preload'].forEach((name) => field.removeAttribute(name)),
  );
  await typeSearch(page, 'strace');
  const titles = await resultTitles(page, headerSearch(page).titles, 'strace');
  expect(titles.slice(0, straceTitles.length).sort()).toEqual([...straceTitles].sort());
  const heavy = fetched.filter((path) => /\/pagefind\/(wasm\.[^/]+\.pagefind|pagefind\.[^/]+\.pf_meta)$/.test(path));
  expect(heavy).toHaveLength(2);
  expect(new Set(heavy).size).toBe(2);
  // Read once by the site for the names, once by Pagefind: a named page needs only Pagefind's read.
  expect(fetched.filter((path) => path === '/pagefind/pagefind-entry.json')).toHaveLength(2);
});

test('a page loads only the small search shortcut code until the reader heads for the field', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(domainUrl);
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((path) => /\/(search-box|search-results|search-highlight)\./.test(path))).toEqual([]);

  await page.keyboard.press('/');
  await expect.poll(() => scripts.filter((path) => /\/search-results\./.test(path)).length).toBe(1);
});

test('what is typed before the search code arrives is searched once it does', async ({ page }) => {
  // Hold the combobox code back so the reader's keystrokes land in a plain field first.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/search-box\.[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await typeSearch(page, 'strace');
  await expect(headerSearch(page).options).toHaveCount(0);
  release();
  const titles = await resultTitles(page, headerSearch(page).titles, 'strace');
  expect(titles.slice(0, straceTitles.length).sort()).toEqual([...straceTitles].sort());
});

test('typing "strace" lists the strace questions first, each as a question with its domain and a marked excerpt', async ({ page }) => {
  expect(straceTitles.length).toBeGreaterThanOrEqual(3);
  await page.goto('/');
  await typeSearch(page, 'strace');
  const search = headerSearch(page);
  const titles = await resultTitles(page, search.titles, 'strace');
  expect(titles.slice(0, straceTitles.length).sort()).toEqual([...straceTitles].sort());
  const first = search.options.first();
  await expect(first.locator('.search-result-title mark').first()).toHaveText(/strace/i);
  await expect(first.locator('.search-result-context')).toContainText('Monitoring, Logging and Runtime Security');
  await expect(first.locator('.search-result-excerpt mark').first()).toHaveText(/strace/i);
  await expect(search.field).toHaveAttribute('aria-expanded', 'true');
});

test("excerpts hold the author's words, not page furniture", async ({ page }) => {
  await page.goto('/');
  for (const query of ['strace', 'falco', 'audit']) {
    const search = headerSearch(page);
    await search.field.fill(query);
    await resultTitles(page, search.titles, query);
    for (const excerpt of await search.results.locator('.search-result-excerpt').allTextContents()) {
      expect(excerpt).not.toMatch(/\bShow answer\b|\bshow\b|\bCopy\b|Copy link|Expand all|part \d of \d/);
    }
  }
});

test('opening a result lands on its question with the answer open and "strace" highlighted in question and answer', async ({ page }) => {
  await page.goto('/');
  await typeSearch(page, 'strace');
  const search = headerSearch(page);
  await resultTitles(page, search.titles, 'strace');
  const title = (await search.titles.first().textContent()) ?? '';
  await search.options.first().getByRole('link').click();

  const question = questions.find((q) => q.title === title)!;
  const anchor = question.url.split('#')[1]!;
  await expect(page).toHaveURL(new RegExp(`\\?highlight=[^#]*strace[^#]*#${anchor}$`));
  const article = page.locator(`article#${anchor}`);
  await expect(article).toBeInViewport();
  await expect(article.locator('details[data-answer]').first()).toHaveAttribute('open', '');
  await expect(article.locator('h3 mark[data-search-mark]').first()).toHaveText(/strace/i);
  const inAnswer = article.locator('details[data-answer] mark[data-search-mark]').first();
  await expect(inAnswer).toHaveText(/strace/i);
  await expect(inAnswer).toBeVisible();
  // Only the question that was opened is marked.
  await expect(page.locator(`article:not(#${anchor}) mark[data-search-mark]`)).toHaveCount(0);
});

test('a term only in a closed answer is found, and that answer opens with it highlighted', async ({ page }) => {
  // "ptrace" is in the answer of the strace question, never in a question title.
  expect(questions.some((q) => /ptrace/i.test(q.title))).toBe(false);
  await page.goto('/');
  await typeSearch(page, 'ptrace');
  const search = headerSearch(page);
  await resultTitles(page, search.titles, 'ptrace');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/highlight=ptrace/);
  const mark = page.locator('details[data-answer][open] mark[data-search-mark]').first();
  await expect(mark).toHaveText(/^ptrace/i);
  await expect(mark).toBeVisible();
});

test('"audit policy" finds the audit log questions', async ({ page }) => {
  await page.goto('/');
  await typeSearch(page, 'audit policy');
  const titles = await resultTitles(page, headerSearch(page).titles, 'audit policy');
  // Every word of a query must match (Pagefind's AND): the audit questions that speak of a policy.
  const text = (q: QuestionRecord) => [q.title, ...q.parts.flatMap((p) => [p.prompt, p.answer])].join(' ');
  const expected = questions.filter((q) => /\baudit\b/i.test(q.title) && /\bpolic/i.test(text(q))).map((q) => q.title);
  expect(expected.length).toBeGreaterThanOrEqual(2);
  expect(titles).toEqual(expect.arrayContaining(expected));
  expect(titles[0]).toMatch(/\baudit (policy|log)\b/i);
  expect(titles[1]).toMatch(/\baudit (policy|log)\b/i);
});

test('a nonsense word says clearly that nothing matches', async ({ page }) => {
  await page.goto('/');
  await typeSearch(page, 'xyzzyplugh');
  const search = headerSearch(page);
  await expect(search.status).toHaveText('No questions match “xyzzyplugh”. Check the spelling, or try fewer or other words.');
  await expect(search.options).toHaveCount(0);
});

test('keyboard only: / and Ctrl+K focus the field, arrows move, Enter opens, Esc closes', async ({ page }) => {
  await page.goto(domainUrl);
  const search = headerSearch(page);
  await page.keyboard.press('Control+k');
  await expect(search.field).toBeFocused();
  await page.keyboard.type('strace', { delay: 20 });
  await resultTitles(page, search.titles, 'strace');
  await expect(search.results).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(search.results).toBeHidden();
  await expect(search.field).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(search.results).toBeVisible();
  await expect(search.options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const second = search.options.nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(search.field).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
  const href = (await second.getByRole('link').getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new URL(href, page.url()).href);
  await expect(page.locator('mark[data-search-mark]').first()).toBeVisible();
});

test('/ typed into another field stays in that field', async ({ page }) => {
  await page.goto('/search/');
  const pageField = page.getByRole('searchbox', { name: 'Search the questions and answers' });
  await pageField.focus();
  await page.keyboard.type('pods/exec');
  await expect(pageField).toHaveValue('pods/exec');
  await expect(pageField).toBeFocused();
});

test('Enter with no result chosen goes to the search page, a shareable link with the same results', async ({ page }) => {
  await page.goto('/');
  await typeSearch(page, 'strace');
  const header = await resultTitles(page, headerSearch(page).titles, 'strace');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=strace$/);
  const results = page.locator('#search-page-results .search-result-title');
  await expect(page.getByRole('searchbox', { name: 'Search the questions and answers' })).toHaveValue('strace');
  const onPage = await resultTitles(page, results, 'strace');
  expect(onPage.slice(0, header.length)).toEqual(header);

  // The link works on its own, in a fresh page.
  const fresh = await page.context().newPage();
  await fresh.goto('/search/?q=strace');
  expect(await resultTitles(fresh, fresh.locator('#search-page-results .search-result-title'), 'strace')).toEqual(onPage);
});

test('typing on the search page keeps the address shareable', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: 'Search the questions and answers' }).fill('falco');
  await resultTitles(page, page.locator('#search-page-results .search-result-title'), 'falco');
  await expect(page).toHaveURL(/\/search\/\?q=falco$/);
});

test('a broad query reads only the texts of the results shown; "Show more results" lists the rest, each once', async ({ page }) => {
  const fragments = new Set<string>();
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/fragment/')) fragments.add(request.url());
  });
  await page.goto('/search/?q=pod');
  const status = page.locator('[data-search-page-status]');
  await expect(status).toHaveText(/^\d+ questions match “pod”\.$/);
  const total = Number(/\d+/.exec((await status.textContent()) ?? '')?.[0]);
  const links = page.locator('#search-page-results .search-result-link');
  expect(total).toBeGreaterThan(40);
  await expect(links).toHaveCount(20);
  // Reading every result's text first fetched every fragment file of the index.
  expect(fragments.size).toBeLessThan(readdirSync('dist/pagefind/fragment').length);

  const more = page.getByRole('button', { name: 'Show more results' });
  for (let shown = 20; shown < total; shown += 20) {
    await more.click();
    await expect(links).toHaveCount(Math.min(total, shown + 20));
  }
  await expect(more).toBeHidden();
  await expect(status).toHaveText(`${total} questions match “pod”.`);
  const hrefs = await links.evaluateAll((all) =>
    all.map((link) => (link as HTMLAnchorElement).pathname + (link as HTMLAnchorElement).hash),
  );
  expect(new Set(hrefs).size).toBe(total);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search field and page say that search needs JavaScript, and the site still reads', async ({ page }) => {
    await page.goto(domainUrl);
    await expect(page.locator('.site-search').getByText('Search needs JavaScript.')).toBeVisible();
    await expect(page.locator('article[data-question]').first()).toBeVisible();
    await page.goto('/search/?q=strace');
    await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
  });
});
