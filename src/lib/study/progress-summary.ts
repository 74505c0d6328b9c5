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

/** A question's study state as the page outline shows it: `due` once a studied card's review time has come. */
export type StudyState = Mastery | 'due';

export function studyState(card: StoredCard | undefined, now: number): StudyState {
  const level = mastery(card);
  if (card !== undefined && level !== 'new' && Date.parse(card.due) <= now) return 'due';
  return level;
}

/**
 * Mastered and learning counts of a domain from what is stored for it, for the sidebar,
 * which knows each domain's card count but not its anchors. Progress of removed questions
 * could be counted until /study/ prunes it: the counts are capped at the card count.
 */
export function storedCounts(progress: Progress, slug: string, total: number): { mastered: number; learning: number } {
  let mastered = 0;
  let learning = 0;
  for (const card of Object.values(progress.cards[slug] ?? {})) {
    const level = mastery(card);
    if (level === 'mastered') mastered++;
    else if (level === 'learning') learning++;
  }
  mastered = Math.min(mastered, total);
  return { mastered, learning: Math.min(learning, total - mastered) };
}

/**
 * A domain's cards as the study setup lists them. The page is built with the first-visit
 * figures (nothing due, every card new) so the script's figures replace text of the same
 * length and the setup never reflows as it loads.
 */
export function domainCounts(due: number, unseen: number, total: number): string {
  return `${due} due, ${unseen} new, ${total} cards`;
}

/** How many of the domains' cards are mastered, being learnt and not seen yet. */
export function deckState(progress: Progress, domains: readonly ProgressDomain[]): { mastered: number; learning: number; unseen: number } {
  const state = { mastered: 0, learning: 0, unseen: 0 };
  for (const result of domains.map((domain) => domainProgress(progress, domain))) {
    state.mastered += result.mastered;
    state.learning += result.learning;
    state.unseen += result.new;
  }
  return state;
}
