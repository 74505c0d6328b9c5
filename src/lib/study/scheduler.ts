import { createEmptyCard, fsrs, type Card, type FSRS, type Grade } from 'ts-fsrs';
import type { CardStateValue, StoredCard } from './progress-schema';

/** The four answer buttons, as FSRS numbers them (1 Again … 4 Easy). */
export type GradeValue = 1 | 2 | 3 | 4;
export const GRADES: readonly GradeValue[] = [1, 2, 3, 4];
export const GRADE_NAMES: Record<GradeValue, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/**
 * FSRS with its published default weights (90% target retention). Fuzz spreads reviews
 * that would otherwise pile up on the same day; it is seeded from the card, so repeatable.
 */
export function createScheduler(options: { fuzz?: boolean } = {}): FSRS {
  return fsrs({ enable_fuzz: options.fuzz ?? true });
}

function toFsrs(card: StoredCard | undefined, now: Date): Card {
  if (card === undefined) return createEmptyCard(now);
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    // Deprecated in ts-fsrs 5 and recomputed from last_review; kept at 0 as the library does.
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview === null ? {} : { last_review: new Date(card.lastReview) }),
  };
}

function fromFsrs(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as number as CardStateValue,
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

/** The card after answering `grade` at `now`; `undefined` is a question never graded. */
export function gradeCard(scheduler: FSRS, card: StoredCard | undefined, grade: GradeValue, now: Date): StoredCard {
  return fromFsrs(scheduler.next(toFsrs(card, now), now, grade as Grade).card);
}

/** For each grade, how long until the card would be due again: what each button shows. */
export function previewIntervals(scheduler: FSRS, card: StoredCard | undefined, now: Date): Record<GradeValue, number> {
  const preview = scheduler.repeat(toFsrs(card, now), now);
  const interval = (grade: GradeValue) => preview[grade as Grade].card.due.getTime() - now.getTime();
  return { 1: interval(1), 2: interval(2), 3: interval(3), 4: interval(4) };
}
