/** The flashcards of /study/, fetched once per page from `study/cards.json`. */
import type { Deck } from '../../lib/study/deck';
import { withBase } from '../../lib/url';
import type { CardRef } from '../../lib/study/progress-records';

let pending: Promise<Deck> | undefined;

export function loadDeck(): Promise<Deck> {
  pending ??= fetch(withBase(import.meta.env.BASE_URL, 'study/cards.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
      return response.json() as Promise<Deck>;
    })
    .then((deck) => {
      if (deck?.format !== 'cks-study-cards' || !Array.isArray(deck.cards)) throw new Error('cards.json is not a card list');
      return deck;
    });
  return pending;
}

export function deckRefs(deck: Deck): CardRef[] {
  return deck.cards.map(({ domain, anchor }) => ({ domain, anchor }));
}

/** Domain slug -> anchors of its cards: what progress may refer to. */
export function deckAnchors(deck: Deck): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const { domain, anchor } of deck.cards) {
    if (!map.has(domain)) map.set(domain, new Set());
    map.get(domain)!.add(anchor);
  }
  return map;
}
