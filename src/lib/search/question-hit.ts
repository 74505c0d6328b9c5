/**
 * What a search result shows, from its text and Pagefind's match locations: whether it is a
 * real match, the words to mark, and the excerpt. A question's indexed text ends with the
 * synonyms of its names (synonyms.ts); a reader sees none of them. A match there counts, and
 * is shown at the names it stands for: `pods` marks `po` in "kubectl get po".
 */
import { resultWords, wordsAt } from './highlight';
import { isRelevant, relatedWords } from './relevance';
import { hiddenMatches, visibleLength } from './synonyms';

export interface QuestionHit {
  /** The matched words as the question writes them, for marking and for the link. */
  words: string[];
  /** The text around the best matches, `<mark>` around them, in Pagefind's excerpt format (safeExcerpt). */
  excerpt: string;
}

export interface ResultText {
  content: string;
  raw_content?: string;
  locations: readonly number[];
}

/**
 * The first word of the `length` words holding most matches; of several such windows in a
 * row, the middle one, so the matches sit inside rather than at an edge (as Pagefind picks).
 */
export function excerptStart(locations: readonly number[], length: number, end: number): number {
  const inside = locations.filter((location) => location < end);
  if (end <= length || inside.length === 0) return 0;
  const weight = new Array<number>(end).fill(0);
  for (const location of inside) weight[location] = (weight[location] ?? 0) + 1;
  let sum = weight.slice(0, length).reduce((a, b) => a + b, 0);
  let best = sum;
  let bestAt = [0];
  for (let start = 1; start + length <= end; start++) {
    sum += (weight[start + length - 1] ?? 0) - (weight[start - 1] ?? 0);
    if (sum > best) {
      best = sum;
      bestAt = [start];
    } else if (sum === best && bestAt.at(-1) === start - 1) bestAt.push(start);
  }
  return bestAt[Math.floor(bestAt.length / 2)] ?? 0;
}

/**
 * `length` words of the question's own text around its matches, the matched ones in `<mark>`.
 * Built from `raw_content` (`<` and `>` as entities, segmented text joined by zero-width
 * spaces), as Pagefind builds its excerpt, but never from the synonyms after the marker.
 */
export function questionExcerpt(text: ResultText, locations: readonly number[], length: number): string {
  const raw = text.raw_content ?? text.content.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const segmented = raw.includes('\u200B');
  const words = segmented ? raw.split('\u200B') : raw.split(/[^\S\uFEFF]+/);
  const end = visibleLength(words);
  const start = excerptStart(locations, length, end);
  const marked = new Set(locations);
  return words
    .slice(start, Math.min(end, start + length))
    .map((word, i) => (marked.has(start + i) && word.trim() !== '' ? `<mark>${word}</mark>` : word))
    .join(segmented ? '' : ' ')
    .trim();
}

/**
 * Whether a result matched the query's terms for real, not only through a trimmed-away word
 * (relevance.ts); a match on a synonym counts. Cheap, as counting a broad query's results
 * checks each of them: what a shown result marks is worked out when it is shown (questionHit).
 */
export function isQuestionHit(terms: readonly string[], text: ResultText): boolean {
  return isRelevant(terms, wordsAt(resultWords(text.content, text.raw_content), text.locations));
}

/** What a result that is a hit shows: the words to mark, as the question writes them, and its excerpt. */
export function questionHit(terms: readonly string[], text: ResultText, excerptLength: number): QuestionHit {
  const words = resultWords(text.content, text.raw_content);
  const seen = hiddenMatches(words, text.locations);
  const marked = [...new Set([...relatedWords(terms, wordsAt(words, seen.locations)), ...seen.forms])];
  return { words: marked, excerpt: questionExcerpt(text, seen.locations, excerptLength) };
}
