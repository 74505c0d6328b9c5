import { rewriteLinks } from '../render/rewrite-links';
import { NO_ANSWER } from '../site/labels';
import { isRelativeUrl } from '../url';
import type { RenderedChoices, RenderedDomain, RenderedQuestion } from '../site/types';

/** `study/cards.json`: what the flashcard page needs, and nothing it does not. */
export interface Deck {
  format: 'cks-study-cards';
  domains: DeckDomain[];
  cards: DeckCard[];
}

export interface DeckDomain {
  slug: string;
  title: string;
  weight: number | null;
  /** BCP 47 tag of the domain's language, which its cards are shown in. */
  lang: string;
  url: string;
}

export interface DeckCard {
  domain: string;
  anchor: string;
  title: string;
  /** Front: the question heading's HTML and the task text before the first answer. */
  titleHtml: string;
  promptHtml: string;
  /** Back: every answer part (with the task text of later parts between them). */
  answerHtml: string;
  /** A multiple-choice question's options: the card is answered by a pick, then graded by it. */
  choices?: DeckChoices;
}

export interface DeckChoices {
  options: { key: string; html: string }[];
  correct: string[];
  /** How many options to pick. */
  pick: number;
}

/** Only questions with an answer become cards: "No answer yet" cannot be recalled. */
export const isCard = (question: RenderedQuestion): boolean => question.answered;

/**
 * Links in an answer point where they do on the domain page: in-page links
 * (`#other-question`) at that page, and references the build left relative (a file it could
 * not find, reported) resolved against it, so they keep working on /study/, on /exam/ and its
 * paper, and in Anki.
 */
function anchorLinksTo(html: string, pageUrl: string): string {
  return rewriteLinks(html, (node, attribute, url) => {
    if (url.startsWith('#') && node.tagName === 'a' && attribute === 'href') {
      node.properties['href'] = pageUrl + url;
      return true;
    }
    if (url === '' || !isRelativeUrl(url)) return false;
    node.properties[attribute] = new URL(url, `http://site${pageUrl}`).href.slice('http://site'.length);
    return true;
  });
}

export function cardFaces(question: RenderedQuestion, pageUrl: string): { promptHtml: string; answerHtml: string } {
  const [first, ...rest] = question.parts;
  // A multiple-choice card shows its options as choices, so its front is the task without them.
  const front = question.choices ? question.choices.promptHtml : (first?.promptHtml ?? '');
  const answer = (part: RenderedQuestion['parts'][number]) =>
    part.empty ? `<p class="no-answer">${NO_ANSWER}</p>` : `<div class="answer">${part.html}</div>`;
  const back = [first ? answer(first) : '', ...rest.map((part) => `${part.promptHtml}${answer(part)}`), question.afterwordHtml].join('');
  return { promptHtml: anchorLinksTo(front, pageUrl), answerHtml: anchorLinksTo(back, pageUrl) };
}

/** The options as a lettered list, for a front that cannot offer them as choices (Anki). */
export function optionsHtml(choices: DeckChoices): string {
  return `<ul class="options">${choices.options.map((o) => `<li><b>${o.key}.</b> ${o.html}</li>`).join('')}</ul>`;
}

function deckChoices(choices: RenderedChoices, pageUrl: string): DeckChoices {
  const options = choices.options.map((o) => ({ key: o.key, html: anchorLinksTo(o.html, pageUrl) }));
  return { options, correct: choices.correct, pick: choices.pick };
}

/** `domainUrl(slug)` gives the domain page URL with the site base, e.g. `/cks/monitoring/`. */
export function buildDeck(domains: readonly RenderedDomain[], domainUrl: (slug: string) => string): Deck {
  const cards: DeckCard[] = [];
  for (const domain of domains) {
    const url = domainUrl(domain.slug);
    for (const question of domain.topics.flatMap((t) => t.questions).filter(isCard)) {
      cards.push({
        domain: domain.slug,
        anchor: question.anchor,
        title: question.title,
        titleHtml: anchorLinksTo(question.titleHtml, url),
        ...cardFaces(question, url),
        ...(question.choices ? { choices: deckChoices(question.choices, url) } : {}),
      });
    }
  }
  return {
    format: 'cks-study-cards',
    domains: domains
      .filter((d) => d.answeredCount > 0)
      .map((d) => ({ slug: d.slug, title: d.title, weight: d.weight, lang: d.lang, url: domainUrl(d.slug) })),
    cards,
  };
}

/** The anchors of each domain's cards, for the progress views and for pruning progress. */
export function cardAnchors(domain: RenderedDomain): string[] {
  return domain.topics
    .flatMap((t) => t.questions)
    .filter(isCard)
    .map((q) => q.anchor);
}

/** Each card's topic anchor by `domain#anchor`, for the Anki tags; questions outside a titled topic have none. */
export function cardTopics(domains: readonly RenderedDomain[]): Map<string, string> {
  const topics = new Map<string, string>();
  for (const domain of domains) {
    for (const topic of domain.topics) {
      if (topic.anchor === null) continue;
      for (const question of topic.questions.filter(isCard)) topics.set(`${domain.slug}#${question.anchor}`, topic.anchor);
    }
  }
  return topics;
}
