/**
 * What the text of a `<summary>` (or a collapsible's title) says: only "open me" (`show`,
 * `Click to expand`), the role of the part it opens (`Solution - kubectl edit`, `Clean up`),
 * or a question of its own (`What is a Pod?`), as repositories of the devops-interview shape
 * write them, dozens under one category heading.
 */
import { headingText } from './markdown';

export type SummaryKind = 'generic' | 'role' | 'question';

/** The summary as words: markup, emoji and surrounding punctuation gone, spaces collapsed. */
export function summaryWords(summary: string): string {
  return headingText(summary.replace(/<[^>]*>/g, ' '))
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '')
    .replace(/^[\s:.\-–—>»▶▸*]+|[\s:.\-–—<«*]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const GENERIC =
  /^(?:show|hide|open|reveal|expand|view|see|click|toggle|details?|more|spoiler)?(?: ?(?:me|the|here|to|for|an?|my))*(?: ?(?:show|reveal|expand|view|see|check|open))?(?: ?(?:answers?|solutions?|results?|details|more|it|hint))?(?: ?(?:here|below))?$/i;

/** Words that open the name of a part's role: the part of a task it holds. */
const ROLE =
  /^(?:answers?|solutions?|correct answers?|check(?: your)? answers?|prerequisites?|pre-?reqs?|setup|set up|preparation|hints?|help|tips?|clean ?up|cleanup|tear ?down|overview|explanation|explained|why|verify|verification|validation|steps?|commands?|example|output|result|notes?|reference|resources|docs|documentation|imperative|declarative|yaml|manifest|kubectl|option \w+|method \w+|approach \w+|alternative|bonus)\b/i;

export function summaryKind(summary: string): SummaryKind {
  const words = summaryWords(summary);
  if (words === '' || GENERIC.test(words)) return 'generic';
  if (ROLE.test(words) && !words.endsWith('?')) return 'role';
  // A question needs a few words or a question mark: "Show me" and "Step 2" are labels.
  const count = words.split(' ').length;
  return words.endsWith('?') || count >= 4 ? 'question' : 'role';
}
