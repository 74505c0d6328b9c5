/**
 * Words the pages show beside the author's own, where the search index must say the same
 * (it is built from the model, not by reading the pages; see src/lib/build/search-records.ts).
 */

/** The disclosure of an answer part whose summary only says "open me" (`show`, `Answer`, none). */
export const SHOW_ANSWER = 'Show answer';

/** Shown in place of an answer part the author left empty. */
export const NO_ANSWER = 'No answer yet';

/** `1 question`, `2 questions`: a count and its word, for words that take an `s`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
