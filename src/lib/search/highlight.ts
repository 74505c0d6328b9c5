/**
 * Carrying search terms from a result to the page it opens, and marking them there.
 * Pure string functions: the browser scripts do the DOM work with what these return.
 */

import { HIGHLIGHT_PARAM } from './highlight-param';

/** The query parameter that carries the terms: `/monitoring/?highlight=strace#what-is-strace`. */
export { HIGHLIGHT_PARAM };

/** Pagefind splits content on whitespace (its `word_separators`), so locations index these words. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** Letters, digits and the joiners that occur inside technical words (`kube-apiserver`, `pods/exec`). */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

function clean(word: string): string {
  return word.replace(EDGE_PUNCTUATION, '');
}

/** Terms of a query as typed: words, lower-cased, without duplicates or stray punctuation. */
export function queryTerms(query: string): string[] {
  return unique(query.split(WORD_SEPARATORS).map(clean));
}

/**
 * A result's words as Pagefind counts its locations. Text of a language it segments (Chinese,
 * Japanese, Thai) has no spaces: Pagefind's `raw_content` holds it with a zero-width space
 * between its words (and `<`, `>` as entities), and locations index those.
 */
export function resultWords(content: string, rawContent: string | undefined): string[] {
  if (rawContent === undefined || !rawContent.includes('\u200B')) return content.split(WORD_SEPARATORS);
  return rawContent.split('\u200B').map((word) => word.replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim());
}

/** The words at some locations, each once, spelled as first found, edge punctuation trimmed. */
export function wordsAt(words: readonly string[], locations: readonly number[]): string[] {
  // Spelled as first found, not lower-cased: a name's case tells its parts (relevance.ts).
  const byLower = new Map<string, string>();
  for (const location of locations) {
    const word = clean(words[location] ?? '');
    if (word !== '' && !byLower.has(word.toLowerCase())) byLower.set(word.toLowerCase(), word);
  }
  return [...byLower.values()];
}

/**
 * The words Pagefind actually matched, read from a result's content at its match locations.
 * They include stemmed and prefix matches ("audit" finds "Auditing"), which the query alone
 * cannot tell. `rawContent` is the result's `raw_content`, for text Pagefind segmented.
 */
export function matchedWords(content: string, locations: readonly number[], rawContent?: string): string[] {
  return wordsAt(resultWords(content, rawContent), locations);
}

function unique(words: string[]): string[] {
  const seen = new Set<string>();
  for (const word of words) {
    const lower = word.toLowerCase();
    if (lower.length > 0) seen.add(lower);
  }
  return [...seen];
}

/** Longest first, so "strace" wins over "s" when both are terms. */
function byLength(a: string, b: string): number {
  return b.length - a.length || a.localeCompare(b);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Scripts written without spaces between words: a term there is found inside a run of text. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Terms this short are marked as whole words only: `po` or `k` as a prefix would mark "policy", "key". */
const WHOLE_WORD_BELOW = 3;

/**
 * A pattern that finds the terms in text: case-insensitive, at the start of a word, and
 * continuing to the end of the word so "audit" marks all of "auditing"; a term of one or two
 * letters (a short name such as `po`, the alias `k`) only as a whole word. A term in Chinese,
 * Japanese or Thai is found as it is, anywhere: a whole sentence there is one run of letters.
 * Null when there is nothing to find.
 */
export function termPattern(terms: readonly string[]): RegExp | null {
  const usable = unique(terms.map(clean)).sort(byLength);
  if (usable.length === 0) return null;
  const spaced = usable.filter((term) => !UNSPACED.test(term));
  const prefixes = spaced.filter((term) => term.length >= WHOLE_WORD_BELOW).map(escapeRegExp);
  const whole = spaced.filter((term) => term.length < WHOLE_WORD_BELOW).map(escapeRegExp);
  const unspaced = usable.filter((term) => UNSPACED.test(term)).map(escapeRegExp);
  const alternatives = [
    ...(prefixes.length > 0 ? [`(?<![\\p{L}\\p{N}])(?:${prefixes.join('|')})[\\p{L}\\p{N}]*`] : []),
    ...(whole.length > 0 ? [`(?<![\\p{L}\\p{N}])(?:${whole.join('|')})(?![\\p{L}\\p{N}])`] : []),
    ...(unspaced.length > 0 ? [`(?:${unspaced.join('|')})`] : []),
  ];
  return new RegExp(alternatives.join('|'), 'giu');
}

export interface Segment {
  text: string;
  match: boolean;
}

/** Text cut into matching and non-matching runs, in order, nothing lost. */
export function splitByPattern(text: string, pattern: RegExp | null): Segment[] {
  if (pattern === null || text === '') return text === '' ? [] : [{ text, match: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const found of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    const start = found.index;
    if (start > last) segments.push({ text: text.slice(last, start), match: false });
    segments.push({ text: found[0], match: true });
    last = start + found[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Plain text as HTML with the terms in `<mark>`: for result titles. */
export function markText(text: string, pattern: RegExp | null): string {
  return splitByPattern(text, pattern)
    .map((s) => (s.match ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text)))
    .join('');
}

/**
 * Pagefind's excerpt is the record's text with `<` and `>` turned into entities and `<mark>`
 * around matches; `&` and quotes stay raw. The text may hold `<` (YAML, shell redirects), so
 * it is decoded back to text and escaped again in full, keeping only the marks as HTML.
 */
export function safeExcerpt(excerpt: string): string {
  return excerpt
    .split(/(<\/?mark>)/)
    .map((piece) => {
      if (piece === '<mark>' || piece === '</mark>') return piece;
      return escapeHtml(piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
    })
    .join('');
}

/**
 * The link to a result with its terms attached, before the hash so the anchor still works:
 * `/monitoring/#what-is-strace` + ["strace"] -> `/monitoring/?highlight=strace#what-is-strace`.
 */
export function linkWithTerms(url: string, terms: readonly string[]): string {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const usable = unique(terms.map(clean));
  if (usable.length === 0) return url;
  const [path = '', query = ''] = beforeHash.split('?');
  const params = new URLSearchParams(query);
  params.set(HIGHLIGHT_PARAM, usable.join(' '));
  return `${path}?${params.toString()}${hash}`;
}

/** The terms a page was opened with, from `location.search`. */
export function termsFromSearch(search: string): string[] {
  const params = new URLSearchParams(search);
  return unique(params.getAll(HIGHLIGHT_PARAM).flatMap((value) => value.split(WORD_SEPARATORS).map(clean)));
}
