import { languagePlan, type PagefindEntry } from '../../lib/search/pagefind-preload';
import { baseDir } from '../../lib/url';

/**
 * Loads Pagefind's browser API (`<base>pagefind/pagefind.js`, written by the build) on first
 * use, so a page nobody searches downloads no Pagefind file. Only the parts used are typed.
 */

export interface PagefindResultData {
  url: string;
  /** The record's text, as indexed. */
  content: string;
  /** The text as Pagefind split it: words of a segmented language (Chinese) joined by U+200B. */
  raw_content?: string;
  /** The text around the best match, `<` and `>` as entities, matches in `<mark>`. */
  excerpt: string;
  /** Word positions of the matches in `content` split on whitespace. */
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  /** Word positions of the matches in the record's text; empty when only metadata matched. */
  words: number[];
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options: PagefindSearchOptions): Promise<PagefindSearch>;
  debouncedSearch(term: string, options: PagefindSearchOptions, debounceMs: number): Promise<PagefindSearch | null>;
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

/** Words in a result's excerpt (question-hit.ts builds it; Pagefind's own is left unused). */
export const EXCERPT_LENGTH = 26;

/**
 * Pagefind boosts a result whose title matches the query (its `title` weight is 5); the
 * synonyms of the title's names (`meta.synonyms`, src/lib/build/search-records.ts) weigh the
 * same, so `netpol` ranks "Create a NetworkPolicy" as `networkpolicy` does.
 */
const RANKING = { metaWeights: { title: 5, synonyms: 5 } };

/** The site base with exactly one trailing slash. */
export function siteBase(): string {
  return baseDir(import.meta.env.BASE_URL);
}

/** Why search cannot run here, in words a reader can act on. */
export function unavailableMessage(): string {
  if (import.meta.env.DEV) {
    return 'Search is not available in the development server: the index is written by `npm run build`. Run `npm run build && npm run preview` to search.';
  }
  return `Search is unavailable: its index could not be loaded from ${siteBase()}pagefind/. Rebuild the site with \`npm run build\`.`;
}

/** A preload that Pagefind's own fetch() of the same URL picks up (same-origin CORS mode, hence anonymous). */
function preload(href: string): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/** Asks for Pagefind's entry request, tagged as `metaCacheTag` makes Pagefind tag it. */
function preloadEntry(bundle: string, tag: string): void {
  preload(`${bundle}pagefind-entry.json?ts=${encodeURIComponent(tag)}`);
}

/**
 * Left to itself, Pagefind downloads and runs pagefind.js, then fetches its entry file, then
 * its metadata and WebAssembly: trips one after another, each also waiting for a busy
 * main thread. A built page names those files (SearchBox.astro), so they are all asked for in
 * the focus handler, before any script runs. The index hash becomes Pagefind's cache tag,
 * which makes even its own entry request known in advance (and changes whenever the index does).
 * Returns the tag, or null when the page names no files (an index of several languages).
 */
function preloadNamed(bundle: string): string | null {
  const field = document.querySelector<HTMLElement>('[data-pagefind-tag]');
  const tag = field?.dataset['pagefindTag'];
  if (!field || !tag) return null;
  preloadEntry(bundle, tag);
  for (const file of field.dataset['pagefindPreload']?.split(' ') ?? []) if (file) preload(bundle + file);
  return tag;
}

/** What the entry file says to load: the cache tag, and the languages to merge into the page's. */
interface EntryPlan {
  tag: string;
  others: string[];
}

/**
 * Otherwise (an index of several languages) the entry file is read while pagefind.js downloads
 * (it is tiny) to learn the same names. The language is picked as Pagefind picks it: the
 * page's, else the one with most pages; the metadata of every other language is asked for too,
 * as they are merged in (loadPagefind). Returns null when the entry cannot be read: Pagefind
 * then finds out itself, and searches the page's language only.
 */
async function preloadFromEntryFile(bundle: string): Promise<EntryPlan | null> {
  const response = await fetch(`${bundle}pagefind-entry.json`, { cache: 'no-store' });
  if (!response.ok) return null;
  const plan = languagePlan((await response.json()) as PagefindEntry, document.documentElement.lang);
  if (!plan) return null;
  const tag = plan.primary.hash;
  preloadEntry(bundle, tag);
  for (const file of plan.files) preload(bundle + file);
  return { tag, others: plan.others };
}

/**
 * Pagefind's browser API loads the index of the page's language only, so on an English page a
 * Chinese question would never be found. Each other language of the same bundle is merged in
 * (`mergeIndex` with `language`); its query is split by that language's segmenter. Pagefind
 * skips a merge whose path starts its own bundle path ("appears to be the same as the primary
 * index"), so the bundle is named by its absolute URL, which it then fetches as the same files.
 * A language that fails to load is left out: the others still search.
 */
async function mergeOtherLanguages(pagefind: Pagefind, bundle: string, others: string[], options: Record<string, unknown>) {
  const url = new URL(bundle, document.baseURI).href;
  await Promise.allSettled(others.map((language) => pagefind.mergeIndex(url, { ...options, language })));
}

export function loadPagefind(): Promise<Pagefind> {
  if (loading === undefined) {
    const bundle = `${siteBase()}pagefind/`;
    loading = (async () => {
      // Only a head start: if it fails, Pagefind fetches the same files itself and reports errors.
      const named = preloadNamed(bundle);
      const entry: Promise<EntryPlan | null> =
        named === null ? preloadFromEntryFile(bundle).catch(() => null) : Promise.resolve({ tag: named, others: [] });
      // pagefind.js downloads meanwhile; Pagefind fetches nothing itself before init().
      const script = import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>;
      script.catch(() => undefined); // a failure is reported below, once the entry is read; not as unhandled meanwhile
      const plan = await entry;
      const pagefind = await script;
      // Record URLs already carry the base, so Pagefind must not prefix them again. No worker:
      // it loads Pagefind a second time, which made the first query slower (bench/README.md).
      const shared = { baseUrl: '/', excerptLength: EXCERPT_LENGTH, ranking: RANKING, ...(plan ? { metaCacheTag: plan.tag } : {}) };
      await pagefind.options({ basePath: bundle, noWorker: true, ...shared });
      await pagefind.init();
      if (plan && plan.others.length > 0) await mergeOtherLanguages(pagefind, bundle, plan.others, shared);
      return pagefind;
    })();
    // A failed load (offline, missing index) may be retried by the next keystroke.
    loading.catch(() => (loading = undefined));
  }
  return loading;
}
