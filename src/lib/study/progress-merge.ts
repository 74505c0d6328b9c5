import type { Progress, StoredCard } from './progress-schema';
import { mergeLogs } from './review-log';

/** A card's last review as a time; a card never reviewed counts as the oldest. */
const reviewedAt = (card: StoredCard) => (card.lastReview === null ? -Infinity : Date.parse(card.lastReview));

/**
 * An imported file merged into what this browser has, so studying in two browsers and
 * importing one into the other loses neither: each card as it was last reviewed (the
 * file's on a tie), the two review logs as one without duplicates, the file's settings
 * (its exam date only when it has one) and the newer day's new-card count.
 */
export function mergeProgress(local: Progress, imported: Progress): Progress {
  const cards: Progress['cards'] = {};
  for (const domain of new Set([...Object.keys(local.cards), ...Object.keys(imported.cards)])) {
    const mine = local.cards[domain] ?? {};
    const theirs = imported.cards[domain] ?? {};
    const merged: Record<string, StoredCard> = {};
    for (const anchor of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const a = mine[anchor];
      const b = theirs[anchor];
      merged[anchor] = a === undefined ? b! : b === undefined ? a : reviewedAt(a) > reviewedAt(b) ? a : b;
    }
    cards[domain] = merged;
  }
  const today =
    local.today.day > imported.today.day
      ? local.today
      : local.today.day < imported.today.day
        ? imported.today
        : { day: local.today.day, newCards: Math.max(local.today.newCards, imported.today.newCards) };
  return {
    ...imported,
    cards,
    settings: { ...imported.settings, examDate: imported.settings.examDate ?? local.settings.examDate },
    today,
    log: mergeLogs(local.log, imported.log),
  };
}
