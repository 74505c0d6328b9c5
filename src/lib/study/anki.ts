import { rewriteLinks } from '../render/rewrite-links';
import { inlineCodeColours } from './anki-code';
import { optionsHtml, type Deck, type DeckCard } from './deck';
import { refKey } from './progress-records';

/**
 * `anki.tsv` for Anki's File > Import (plain text, Basic note type): one note per card,
 * columns GUID, Front, Back, Tags. The header lines tell Anki the separator, that fields
 * are HTML, and which columns hold the note's GUID and its tags
 * (https://docs.ankiweb.net/importing/text-files.html). A note whose GUID Anki already has
 * is updated in place, so importing the file again after the content changed updates the
 * deck instead of adding a second copy of every note.
 */

/**
 * A field as Anki's text importer reads it: fields holding a tab, a line break or a double
 * quote are wrapped in double quotes with inner quotes doubled; line breaks stay real
 * (they matter inside <pre>). A field starting with `#` is quoted too, or a note whose
 * line began with it would be read as a comment.
 */
export function ankiField(value: string): string {
  const text = value.replace(/\r\n?/g, '\n');
  return /[\t\n"]/.test(text) || text.startsWith('#') ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Anki tags cannot hold spaces; `/` in a nested domain becomes Anki's `::` hierarchy. */
export function ankiTag(slug: string): string {
  return slug.replace(/\s+/g, '_').replace(/\//g, '::');
}

/**
 * A question's note GUID: a hash of its domain slug and anchor, the same on every build
 * for as long as the question keeps its heading (its text and answer may change). FNV-1a
 * over 64 bits, so thousands of questions do not collide; `cks` keeps it apart from the
 * GUIDs Anki makes itself.
 */
export function ankiGuid(domain: string, anchor: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(`${domain}#${anchor}`)) {
    hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  }
  return `cks${hash.toString(36).padStart(13, '0')}`;
}

/** The note's tags: its domain, and its topic below the domain (Anki's `::` hierarchy) when it has one. */
export function ankiTags(domain: string, topic: string | undefined): string {
  const tag = ankiTag(domain);
  return topic ? `${tag} ${tag}::${ankiTag(topic)}` : tag;
}

export interface AnkiOptions {
  /** Deck the notes go to on import. */
  deckName: string;
  /** Turns a site path (`/cks/monitoring/`) into a full URL, so links work inside Anki. */
  absoluteUrl?: (path: string) => string;
  /** The topic anchor of each card by `domain#anchor` (deck.ts cardTopics), for its tag. */
  topics?: ReadonlyMap<string, string>;
}

function absolutize(html: string, absoluteUrl: AnkiOptions['absoluteUrl']): string {
  if (!absoluteUrl) return html;
  return rewriteLinks(html, (node, attribute, url) => {
    if (!url.startsWith('/') || url.startsWith('//')) return false;
    node.properties[attribute] = absoluteUrl(url);
    return true;
  });
}

function note(card: DeckCard, options: AnkiOptions): string {
  // Anki has no picker: a multiple-choice card lists its options under the task.
  const choices = card.choices ? optionsHtml(card.choices) : '';
  const html = (fragment: string) => inlineCodeColours(absolutize(fragment, options.absoluteUrl));
  const front = html(`<div class="question">${card.titleHtml}</div>${card.promptHtml}${choices}`);
  const back = html(card.answerHtml);
  const tags = ankiTags(card.domain, options.topics?.get(refKey(card)));
  return [ankiGuid(card.domain, card.anchor), front, back, tags].map(ankiField).join('\t');
}

export function ankiTsv(deck: Deck, options: AnkiOptions): string {
  const header = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#deck:${options.deckName.replace(/[\r\n]+/g, ' ')}`,
    '#guid column:1',
    '#tags column:4',
  ];
  const notes = deck.cards.map((card) => note(card, options));
  return `${[...header, ...notes].join('\n')}\n`;
}
