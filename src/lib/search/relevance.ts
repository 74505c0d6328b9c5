/**
 * Pagefind forgives typos by trimming a query word until something matches: "stracez" finds
 * "strace", but "xyzzyplugh" trimmed to "x" finds the flag `-x`. These functions tell the
 * first kind from the second, and pick the matched words worth highlighting on arrival.
 */

/** Where a camelCase or ACRONYMWord name changes case: Pagefind matches the pieces too. */
const CASE_CHANGE = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;

/**
 * A word cut at punctuation, each piece also cut where its case changes:
 * `--audit-policy-file=/etc/audit.yaml` -> audit, policy, file, etc, audit, yaml;
 * `rollOutCiliumPods=true` -> rolloutciliumpods, roll, out, cilium, pods, true.
 */
export function wordParts(word: string): string[] {
  return word
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part !== '')
    .flatMap((part) => {
      const pieces = part.split(CASE_CHANGE);
      return (pieces.length > 1 ? [part, ...pieces] : [part]).map((piece) => piece.toLowerCase());
    });
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Scripts written without spaces: Pagefind splits a query there into its words (`文件系统` -> 文件, 系统). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * A matched word belongs to a query term when they share most of the term's start: a typo
 * at the end, a plural, a stem ("policy" / "policies") or the rest of a word being typed
 * ("stra" / "strace"); not a lone letter left from a trimmed nonsense word. In Chinese,
 * Japanese or Thai, a word of the term belongs to it.
 */
export function isRelated(term: string, word: string): boolean {
  if (UNSPACED.test(term) && UNSPACED.test(word)) return term.includes(word) || word.includes(term);
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

/**
 * Whether a query word is found among the matched words' parts. A word of several parts
 * (`dry-run=client`, `--image=nginx`) needs two of them, or all when it has two: `run`
 * alone, matched as the start of `runAsUser` in an index that split the word otherwise
 * (Chinese), is not `dry-run=client`.
 */
function termFound(term: string, parts: readonly string[]): boolean {
  const pieces = term.split(/[^\p{L}\p{N}]+/u).filter((piece) => piece !== '');
  const found = (piece: string) => wordParts(piece).some((p) => parts.some((part) => isRelated(p, part)));
  if (pieces.length < 2) return found(term);
  return pieces.filter(found).length >= 2;
}

/** True when a result matched the query for real, not only through a trimmed-away word. */
export function isRelevant(terms: readonly string[], matched: readonly string[]): boolean {
  const parts = [...new Set(matched.flatMap(wordParts))];
  return terms.some((term) => termFound(term, parts));
}
