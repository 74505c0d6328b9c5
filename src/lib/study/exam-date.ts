/**
 * The reader's exam day: how many days are left, how many new cards a day see every card
 * by then, and what that pace gives on the day. Days are local calendar days, as the date
 * input and the daily new-card limit count them.
 */

const DAY_MS = 86_400_000;

/**
 * Days from a card's first sight to "mastered" (progress-summary.ts) when it is recalled
 * each time it comes back: with FSRS's default weights, Good on a new card, Good again
 * after 10 minutes and Good two days later give a stability of 11 days. A unit test keeps
 * this in step with the scheduler.
 */
export const DAYS_TO_MASTER = 2;

/** Whole local days from `now`'s day to `examDate` (YYYY-MM-DD): 0 on the day, negative after it. */
export function daysLeft(examDate: string, now: Date): number {
  const [year, month, day] = examDate.split('-').map(Number) as [number, number, number];
  const exam = new Date(year, month - 1, day);
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  // Rounded: a day with a daylight-saving change is an hour shorter or longer.
  return Math.round((exam.getTime() - today.getTime()) / DAY_MS);
}

/** How far ahead reviews may be scheduled: up to the exam, or without a limit when there is no exam ahead. */
export function intervalCap(examDate: string | null, now: Date): number | undefined {
  if (examDate === null) return undefined;
  const days = daysLeft(examDate, now);
  return days > 0 ? days : undefined;
}

export type ExamPlan =
  | { kind: 'none' | 'past' | 'today' }
  | {
      kind: 'ahead';
      days: number;
      /** New cards a day that see every unseen card before the exam day. */
      perDay: number;
    };

export function examPlan(examDate: string | null, unseen: number, now: Date): ExamPlan {
  if (examDate === null) return { kind: 'none' };
  const days = daysLeft(examDate, now);
  if (days < 0) return { kind: 'past' };
  if (days === 0) return { kind: 'today' };
  return { kind: 'ahead', days, perDay: Math.ceil(unseen / days) };
}

export interface DeckState {
  mastered: number;
  /** Seen, not yet mastered. */
  learning: number;
  unseen: number;
}

/**
 * The share of all cards mastered on the exam day if the reader takes `perDay` new cards
 * each day and recalls every card when it comes back. A card first seen today or on one of
 * the next days is mastered DAYS_TO_MASTER days later, so the cards of the last days before
 * the exam are not, and neither are cards seen now when the exam is closer than that.
 */
export function projectedMastery(state: DeckState, days: number, perDay: number): number {
  const total = state.mastered + state.learning + state.unseen;
  if (total === 0) return 0;
  const daysInTime = Math.max(0, days - DAYS_TO_MASTER + 1);
  const fresh = Math.min(state.unseen, perDay * daysInTime);
  const learning = days >= DAYS_TO_MASTER ? state.learning : 0;
  return (state.mastered + learning + fresh) / total;
}
