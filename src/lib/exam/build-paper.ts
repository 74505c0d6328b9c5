import { buildDeck } from '../study/deck';
import type { RenderedDomain } from '../site/types';
import { drawTasks } from './draw';
import { paperHtml } from './paper';
import { paperPoints } from './points';

/** The static paper's draw: fixed, so the page is the same on every build of the same content. */
const PAPER_SEED = 1;
const PAPER_TASKS = 16;

/** The HTML of /exam/paper/: 16 tasks drawn by exam weight, then the key. */
export function examPaper(domains: readonly RenderedDomain[], domainUrl: (slug: string) => string, heading: string): string {
  const deck = buildDeck(domains, domainUrl);
  const cards = drawTasks(deck.cards, { count: PAPER_TASKS, domains: deck.domains, seed: PAPER_SEED });
  const points = paperPoints(cards.map((c) => c.title));
  const titles = new Map(deck.domains.map((d) => [d.slug, d.title]));
  return paperHtml(
    cards.map((card, i) => ({ ...card, points: points[i]!, domainTitle: titles.get(card.domain) ?? card.domain })),
    heading,
  );
}
