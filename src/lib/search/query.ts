/**
 * What the browser asks Pagefind for a query, and in which order the answers are listed.
 *
 * - Flags with values. Pagefind drops punctuation from a query (`--dry-run` -> `dryrun`) but
 *   keeps symbols such as `=`, `+`, `<`, `|`, `$`, and no indexed word holds one: the index
 *   keeps `--dry-run=client` as the whole `dryrunclient` and as its parts. So `dry-run=client`
 *   found nothing. A word with a symbol inside is asked for joined (`dryrunclient`: the flag
 *   as typed, with or without dashes) and then split (`dry-run client`: its parts anywhere).
 * - Exact words first. Pagefind also matches every word as the start of longer ones, and
 *   boosts a title that matches: `sa` ranked "Take a snapshot and save it" over the service
 *   account questions. The same query in quotes (Pagefind's exact search: whole words, in a
 *   row) says which results hold it as typed; those are listed first, each part in Pagefind's
 *   order. Ranked results only: an exact search does not rank (every score is 1).
 */

/** Unicode symbols: what Pagefind keeps in a query and drops from the words it indexes. */
const SYMBOLS = /\p{S}+/gu;

export interface SearchPlan {
  /** Queries whose results are listed in this order, each result once. */
  ranked: string[];
  /** The exact search whose results go first, or null when the reader typed one. */
  exact: string | null;
}

export function searchPlan(query: string): SearchPlan {
  const trimmed = query.trim();
  const words = trimmed.split(/\s+/).filter((word) => word !== '');
  const joined = words.map((word) => word.replace(SYMBOLS, '')).filter((word) => word !== '');
  const split = words.map((word) => word.replace(SYMBOLS, ' ').trim()).filter((word) => word !== '');
  if (joined.length === 0) return { ranked: [trimmed], exact: null };
  const first = joined.join(' ');
  const second = split.join(' ');
  return {
    ranked: first === second ? [first] : [first, second],
    exact: /^".+"$/.test(trimmed) ? null : `"${first}"`,
  };
}

/** Results of several queries as one list, each result once, where it first came; those in `first` ahead. */
export function mergeResults<R extends { id: string }>(lists: readonly (readonly R[])[], first: ReadonlySet<string> = new Set()): R[] {
  const seen = new Set<string>();
  const merged: R[] = [];
  for (const list of lists) {
    for (const result of list) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      merged.push(result);
    }
  }
  return [...merged.filter((result) => first.has(result.id)), ...merged.filter((result) => !first.has(result.id))];
}
