import type { PagefindPreload } from '../../lib/search/pagefind-preload';
import type { SearchRecord } from '../../lib/build/search-records';

/**
 * Where the content loader sends a build's search records as it renders them: set by the
 * Pagefind integration for `astro build` (src/integrations/pagefind/integration.ts), absent otherwise.
 *
 * The loader is loaded by Vite's module runner (through src/content.config.ts) and the
 * integration by astro.config.mjs: both run in the build's process, but each has its own
 * copy of every module, so a module variable would be two variables. A global symbol is one.
 */
export interface SearchIndexer {
  /** Queue records for the index; a problem with them surfaces in `finish`. */
  add(records: readonly SearchRecord[]): void;
  /** Every record has been sent: write the index (the integration puts it in place later). */
  finish(): Promise<void>;
  /** The content failed to build: stop without writing anything. */
  abort(): Promise<void>;
  /** Once `finish` has written the index: what pages name for the browser to fetch early. */
  readonly preload: PagefindPreload | undefined;
  /** Records per domain title, as sent to the index: the domains a search can be narrowed to. */
  readonly domains: Readonly<Record<string, number>>;
}

const KEY = Symbol.for('cks-study:search-indexer');

type Holder = { [KEY]?: SearchIndexer };

export function setSearchIndexer(indexer: SearchIndexer | undefined): void {
  if (indexer === undefined) delete (globalThis as Holder)[KEY];
  else (globalThis as Holder)[KEY] = indexer;
}

export function searchIndexer(): SearchIndexer | undefined {
  return (globalThis as Holder)[KEY];
}
