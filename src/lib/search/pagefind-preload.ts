/**
 * What a page needs to know to fetch, the moment a reader focuses the search field, every
 * Pagefind file that the first search reads whatever the query. Without it the browser learns
 * those names only from `pagefind-entry.json`, one round trip later, and while the main thread
 * is busy starting the search code, so the downloads start late (see bench/search.ts).
 * Plain data in, names out: the build and the browser (search-pagefind.ts) both use it.
 */
export interface PagefindPreload {
  /** The index hash: Pagefind's cache tag (`metaCacheTag`), so its entry request is known too. */
  tag: string;
  /** Paths under the bundle folder: metadata and WebAssembly. */
  files: string[];
}

/** One language of `pagefind-entry.json`. */
export interface PagefindLanguage {
  hash: string;
  wasm: string | null;
  page_count: number;
}

export interface PagefindEntry {
  languages: Record<string, PagefindLanguage>;
}

/** The metadata and WebAssembly of a language. */
export function languageFiles(language: Pick<PagefindLanguage, 'hash' | 'wasm'>): string[] {
  const files = [`pagefind.${language.hash}.pf_meta`];
  if (language.wasm) files.push(`wasm.${language.wasm}.pagefind`);
  return files;
}

/**
 * The preload for an index of one language; `undefined` when the entry names several (the
 * browser picks one by the page's language then, so it reads the entry itself) or none.
 * Query-dependent files (index chunks, fragments) are left out: most would go unused; so are
 * the filter chunks, which only a search narrowed to a domain reads (the domains a page offers
 * are written into it: src/lib/search/filters.ts).
 */
export function preloadFromEntry(entry: Partial<PagefindEntry>): PagefindPreload | undefined {
  const languages = Object.values(entry.languages ?? {});
  const language = languages[0];
  if (languages.length !== 1 || typeof language?.hash !== 'string' || language.hash === '') return undefined;
  const wasm = typeof language.wasm === 'string' ? language.wasm : null;
  return { tag: language.hash, files: languageFiles({ hash: language.hash, wasm }) };
}

/** What the browser reads for an index of several languages, by the page's `<html lang>`. */
export interface LanguagePlan {
  /** The page's own language, as Pagefind picks it: loaded first, with its WebAssembly. */
  primary: PagefindLanguage;
  /** Every other language, merged in so a search finds their questions too; their metadata only. */
  others: string[];
  /** What to fetch early: the primary's files and each other language's metadata. */
  files: string[];
}

/**
 * The language key Pagefind loads for a page (`findIndex` in its browser script): the page's
 * `lang` lower-cased, else its first subtag, else the language with most pages.
 */
export function pageLanguageKey(languages: Record<string, PagefindLanguage>, pageLang: string): string | undefined {
  const lang = pageLang.toLowerCase();
  const first = lang.split('-')[0] ?? '';
  if (languages[lang]) return lang;
  if (languages[first]) return first;
  return Object.entries(languages).sort(([, a], [, b]) => b.page_count - a.page_count)[0]?.[0];
}

/** The page's language and the others to merge into it; undefined when the entry names none. */
export function languagePlan(entry: Partial<PagefindEntry>, pageLang: string): LanguagePlan | undefined {
  const languages = entry.languages ?? {};
  const key = pageLanguageKey(languages, pageLang);
  const primary = key === undefined ? undefined : languages[key];
  if (key === undefined || !primary) return undefined;
  const others = Object.keys(languages)
    .filter((other) => other !== key)
    .sort();
  // A merged language is searched with the page's WebAssembly: only its metadata is read.
  const metadata = others.flatMap((other) => languageFiles({ hash: languages[other]?.hash ?? '', wasm: null }));
  const files = [...languageFiles(primary), ...metadata];
  return { primary, others, files };
}
