/**
 * Pagefind forgives typos by trimming a query word until something matches: "stracez" finds
 * "strace", but "xyzzyplugh" trimmed to "x" finds the flag `-x`. These functions tell the
 * first kind from the second, and pick the matched words worth highlighting on arrival.
 */

/** A word cut at punctuation: `--audit-policy-file=/etc/audit.yaml` -> audit, policy, file, etc, audit, yaml. */
export function wordParts(word: string): string[] {
  return word
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part !== '');
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * A matched word belongs to a query term when they share most of the term's start: a typo
 * at the end, a plural, a stem ("policy" / "policies") or the rest of a word being typed
 * ("stra" / "strace"); not a lone letter left from a trimmed nonsense word.
 */
export function isRelated(term: string, word: string): boolean {
  const t = term.toLowerCase();
  const needed = Math.min(t.length, Math.max(3, Math.ceil(t.length * 0.6)));
  return commonPrefixLength(t, word.toLowerCase()) >= needed;
}

/** The parts of the matched words that belong to some query term, without duplicates. */
export function relatedWords(terms: readonly string[], matched: readonly string[]): string[] {
  const parts = new Set(matched.flatMap(wordParts));
  const queryParts = terms.flatMap(wordParts);
  return [...parts].filter((part) => queryParts.some((term) => isRelated(term, part)));
}

/** True when a result matched the query for real, not only through a trimmed-away word. */
export function isRelevant(terms: readonly string[], matched: readonly string[]): boolean {
  return relatedWords(terms, matched).length > 0;
}
