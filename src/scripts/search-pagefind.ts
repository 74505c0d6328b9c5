/**
 * Loads Pagefind's browser API (`<base>pagefind/pagefind.js`, written by the build) on first
 * use, so a page nobody searches downloads no Pagefind file. Only the parts used are typed.
 */

export interface PagefindResultData {
  url: string;
  /** The record's text, as indexed. */
  content: string;
  /** The text around the best match, `<` and `>` as entities, matches in `<mark>`. */
  excerpt: string;
  /** Word positions of the matches in `content` split on whitespace. */
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export type PagefindFilters = Record<string, Record<string, number>>;

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options: PagefindSearchOptions): Promise<PagefindSearch>;
  debouncedSearch(term: string, options: PagefindSearchOptions, debounceMs: number): Promise<PagefindSearch | null>;
  filters(): Promise<PagefindFilters>;
}

let loading: Promise<Pagefind> | undefined;

/** The site base with exactly one trailing slash. */
export function siteBase(): string {
  const base = import.meta.env.BASE_URL;
  return base.endsWith('/') ? base : `${base}/`;
}

/** Why search cannot run here, in words a reader can act on. */
export function unavailableMessage(): string {
  if (import.meta.env.DEV) {
    return 'Search is not available in the development server: the index is written by `npm run build`. Run `npm run build && npm run preview` to search.';
  }
  return `Search is unavailable: its index could not be loaded from ${siteBase()}pagefind/. Rebuild the site with \`npm run build\`.`;
}

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/**
 * Pagefind fetches its entry file, then its metadata and WebAssembly, one after another and
 * only once pagefind.js has run. Reading the entry file alongside pagefind.js lets those two
 * downloads start while pagefind.js is still arriving: a whole round trip off the first query.
 * The language is picked as Pagefind picks it: the page's, else the one with most pages.
 */
async function preloadIndex(bundle: string): Promise<void> {
  const response = await fetch(`${bundle}pagefind-entry.json`, { cache: 'no-store' });
  if (!response.ok) return;
  const { languages } = (await response.json()) as PagefindEntry;
  const lang = document.documentElement.lang.toLowerCase();
  const language =
    languages[lang] ?? languages[lang.split('-')[0] ?? ''] ?? Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
  if (!language) return;
  const files = [`pagefind.${language.hash}.pf_meta`, ...(language.wasm ? [`wasm.${language.wasm}.pagefind`] : [])];
  for (const file of files) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    // Pagefind's own fetch() is same-origin CORS mode: only an anonymous preload matches it.
    link.crossOrigin = 'anonymous';
    link.href = `${bundle}${file}`;
    document.head.append(link);
  }
}

export function loadPagefind(): Promise<Pagefind> {
  if (loading === undefined) {
    const bundle = `${siteBase()}pagefind/`;
    // Only a head start: if it fails, Pagefind fetches the same files itself and reports errors.
    preloadIndex(bundle).catch(() => undefined);
    loading = (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      // Record URLs already carry the base, so Pagefind must not prefix them again.
      await pagefind.options({ basePath: bundle, baseUrl: '/', excerptLength: 26, noWorker: true });
      await pagefind.init();
      return pagefind;
    })();
    // A failed load (offline, missing index) may be retried by the next keystroke.
    loading.catch(() => (loading = undefined));
  }
  return loading;
}
