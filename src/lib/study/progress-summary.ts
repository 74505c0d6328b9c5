import { CardState, type Progress, type StoredCard } from './progress-schema';

/**
 * A question counts as mastered once it has left the learning steps and FSRS expects it to
 * be remembered for at least a week (stability: days until recall drops to 90%). "I knew
 * it" on a new question (FSRS "Easy", initial stability 8.3 days) reaches this at once.
 */
export const MASTERED_STABILITY_DAYS = 7;

export type Mastery = 'mastered' | 'learning' | 'new';

export function mastery(card: StoredCard | undefined): Mastery {
  if (card === undefined || card.state === CardState.New) return 'new';
  if (card.state === CardState.Review && card.stability >= MASTERED_STABILITY_DAYS) return 'mastered';
  return 'learning';
}

/** A domain as the progress views know it: its exam weight and the anchors of its cards. */
export interface ProgressDomain {
  slug: string;
  weight: number | null;
  anchors: readonly string[];
}

export interface DomainProgress {
  slug: string;
  mastered: number;
  learning: number;
  new: number;
  total: number;
  /** 0..1: mastered counts fully, learning half. */
  score: number;
}

/** Counts per domain over the questions that exist now; progress of removed questions is ignored. */
export function domainProgress(progress: Progress, domain: ProgressDomain): DomainProgress {
  const counts = { mastered: 0, learning: 0, new: 0 };
  const cards = progress.cards[domain.slug] ?? {};
  for (const anchor of domain.anchors) counts[mastery(cards[anchor])]++;
  const total = domain.anchors.length;
  const score = total === 0 ? 0 : (counts.mastered + counts.learning / 2) / total;
  return { slug: domain.slug, ...counts, total, score };
}

/**
 * One readiness figure (0..1): each domain's score weighted by its exam weight. A domain
 * without a stated weight counts as much as the average stated one (all equal when none is
 * stated); domains without cards are left out, since they cannot be studied.
 */
export function readiness(domains: readonly ProgressDomain[], results: readonly DomainProgress[]): number {
  const studied = domains.map((d, i) => ({ weight: d.weight, result: results[i]! })).filter((d) => d.result.total > 0);
  const stated = studied.map((d) => d.weight).filter((w): w is number => w !== null && w > 0);
  const fallback = stated.length === 0 ? 1 : stated.reduce((a, b) => a + b, 0) / stated.length;
  let weighted = 0;
  let totalWeight = 0;
  for (const { weight, result } of studied) {
    const w = weight !== null && weight > 0 ? weight : fallback;
    weighted += w * result.score;
    totalWeight += w;
  }
  return totalWeight === 0 ? 0 : weighted / totalWeight;
}
