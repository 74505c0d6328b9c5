import { rewriteLinks } from '../render/rewrite-links';
import { optionsHtml, type Deck } from './deck';

/**
 * `anki.tsv` for Anki's File > Import (plain text, Basic note type): one note per card,
 * columns Front, Back, Tags. The header lines tell Anki the separator, that fields are
 * HTML, and which column holds the tags (https://docs.ankiweb.net/importing/text-files.html).
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

export interface AnkiOptions {
  /** Deck the notes go to on import. */
  deckName: string;
  /** Turns a site path (`/cks/monitoring/`) into a full URL, so links work inside Anki. */
  absoluteUrl?: (path: string) => string;
}

function absolutize(html: string, absoluteUrl: AnkiOptions['absoluteUrl']): string {
  if (!absoluteUrl) return html;
  return rewriteLinks(html, (node, attribute, url) => {
    if (!url.startsWith('/') || url.startsWith('//')) return false;
    node.properties[attribute] = absoluteUrl(url);
    return true;
  });
}

export function ankiTsv(deck: Deck, options: AnkiOptions): string {
  const header = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#deck:${options.deckName.replace(/[\r\n]+/g, ' ')}`,
    '#tags column:3',
  ];
  const notes = deck.cards.map((card) => {
    // Anki has no picker: a multiple-choice card lists its options under the task.
    const choices = card.choices ? optionsHtml(card.choices) : '';
    const front = absolutize(`<div class="question">${card.titleHtml}</div>${card.promptHtml}${choices}`, options.absoluteUrl);
    const back = absolutize(card.answerHtml, options.absoluteUrl);
    return [ankiField(front), ankiField(back), ankiField(ankiTag(card.domain))].join('\t');
  });
  return `${[...header, ...notes].join('\n')}\n`;
}
