import { isDay, MAX_NEW_PER_DAY, type Progress, type StoredCard } from './progress-schema';

/** A question as the study features address it: its domain slug and its anchor. */
export interface CardRef {
  domain: string;
  anchor: string;
}

export const refKey = (ref: CardRef): string => `${ref.domain}#${ref.anchor}`;

export function getCard(progress: Progress, ref: CardRef): StoredCard | undefined {
  return progress.cards[ref.domain]?.[ref.anchor];
}

/** A copy of `progress` with the card of `ref` replaced, or removed when `card` is undefined. */
export function withCard(progress: Progress, ref: CardRef, card: StoredCard | undefined): Progress {
  const domain = { ...progress.cards[ref.domain] };
  if (card === undefined) delete domain[ref.anchor];
  else domain[ref.anchor] = card;
  const cards = { ...progress.cards, [ref.domain]: domain };
  if (Object.keys(domain).length === 0) delete cards[ref.domain];
  return { ...progress, cards };
}

export function cardCount(progress: Progress): number {
  return Object.values(progress.cards).reduce((sum, domain) => sum + Object.keys(domain).length, 0);
}

/** The local calendar day of `now` as YYYY-MM-DD: the daily limit resets at local midnight. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function newCardsToday(progress: Progress, now: Date): number {
  return progress.today.day === localDay(now) ? progress.today.newCards : 0;
}

export function withNewCardsToday(progress: Progress, now: Date, count: number): Progress {
  return { ...progress, today: { day: localDay(now), newCards: Math.max(0, count) } };
}

export function withNewPerDay(progress: Progress, value: number): Progress {
  const newPerDay = Math.min(MAX_NEW_PER_DAY, Math.max(0, Math.floor(Number.isFinite(value) ? value : 0)));
  return { ...progress, settings: { ...progress.settings, newPerDay } };
}

/** The exam date as the date input gives it (YYYY-MM-DD); anything else, an empty input included, clears it. */
export function withExamDate(progress: Progress, value: string): Progress {
  return { ...progress, settings: { ...progress.settings, examDate: isDay(value) ? value : null } };
}

/**
 * Keep only the progress of questions that still exist (and have an answer) after the
 * content changed. `existing` maps each domain slug to its current card anchors.
 */
export function pruneProgress(
  progress: Progress,
  existing: ReadonlyMap<string, ReadonlySet<string>>,
): { progress: Progress; removed: number } {
  let removed = 0;
  const cards: Progress['cards'] = {};
  for (const [domain, questions] of Object.entries(progress.cards)) {
    const anchors = existing.get(domain);
    const kept: Record<string, StoredCard> = {};
    for (const [anchor, card] of Object.entries(questions)) {
      if (anchors?.has(anchor)) kept[anchor] = card;
      else removed++;
    }
    if (Object.keys(kept).length > 0) cards[domain] = kept;
  }
  return { progress: removed === 0 ? progress : { ...progress, cards }, removed };
}
