import type { PagefindPreload } from './pagefind-preload';

/** What the build tells the pages about its search index. */
export interface SearchData {
  /** The Pagefind files a focus on the search field fetches at once; none without an index. */
  preload?: PagefindPreload;
  /** The domains a search can be narrowed to (none when fewer than two). */
  domains: string[];
}
