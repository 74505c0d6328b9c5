import { createEmptyCard, fsrs, type Card, type FSRS, type Grade, type RecordLogItem } from 'ts-fsrs';
import type { CardStateValue, Progress, StoredCard } from './progress-schema';
import { getCard, refKey, withCard, type CardRef } from './progress-records';
import { appendReview, snapshot, type ReviewEntry } from './review-log';
import { intervalCap } from './exam-date';

/** The four answer buttons, as FSRS numbers them (1 Again … 4 Easy). */
export type GradeValue = 1 | 2 | 3 | 4;
export const GRADES: readonly GradeValue[] = [1, 2, 3, 4];
export const GRADE_NAMES: Record<GradeValue, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/**
 * FSRS with its published default weights (90% target retention). Fuzz spreads reviews
 * that would otherwise pile up on the same day; it is seeded from the card, so repeatable.
 * `maximumInterval` (whole days, at least 1) caps how far ahead a review is scheduled: the
 * days left to the exam, so every card comes back before it.
 */
export function createScheduler(options: { fuzz?: boolean; maximumInterval?: number | undefined } = {}): FSRS {
  const cap = options.maximumInterval;
  return fsrs({ enable_fuzz: options.fuzz ?? true, ...(cap === undefined ? {} : { maximum_interval: Math.max(1, Math.floor(cap)) }) });
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

/** The scheduler for this reader: intervals end at the exam day they set, if it is ahead. */
export function schedulerFor(progress: Progress, now: Date): FSRS {
  return createScheduler({ maximumInterval: intervalCap(progress.settings.examDate, now) });
}

const DAY_MS = 86_400_000;

/**
 * ts-fsrs keeps Hard < Good < Easy by pushing Good and Easy a day or two past
 * `maximum_interval`; the cap is a promise (the card comes back before the exam), so it
 * is applied once more here.
 */
function capped(scheduler: FSRS, card: Card, now: Date): Card {
  const max = scheduler.parameters.maximum_interval;
  if (card.scheduled_days <= max) return card;
  return { ...card, scheduled_days: max, due: new Date(now.getTime() + max * DAY_MS) };
}

function review(scheduler: FSRS, card: StoredCard | undefined, grade: GradeValue, now: Date): RecordLogItem {
  const result = scheduler.next(toFsrs(card, now), now, grade as Grade);
  return { card: capped(scheduler, result.card, now), log: result.log };
}

/** The card after answering `grade` at `now`; `undefined` is a question never graded. */
export function gradeCard(scheduler: FSRS, card: StoredCard | undefined, grade: GradeValue, now: Date): StoredCard {
  return fromFsrs(review(scheduler, card, grade, now).card);
}

/** The review as the log keeps it: the state before from ts-fsrs's ReviewLog, the state after from the new card. */
function logEntry(ref: CardRef, grade: GradeValue, item: RecordLogItem): ReviewEntry {
  const { log, card } = item;
  const state = (c: { state: number; stability: number; difficulty: number; scheduled_days: number; learning_steps: number }) =>
    snapshot({ ...c, scheduledDays: c.scheduled_days, learningSteps: c.learning_steps });
  return { t: log.review.toISOString(), c: refKey(ref), r: grade, b: state(log), a: state(card) };
}

/**
 * Grade the question `ref` at `now`: its card is rescheduled and the review logged. For
 * every place that grades outside the flashcard session (the domain pages' self-grade,
 * the mock exam).
 */
export function recordReview(scheduler: FSRS, progress: Progress, ref: CardRef, grade: GradeValue, now: Date): Progress {
  const item = review(scheduler, getCard(progress, ref), grade, now);
  const next = withCard(progress, ref, fromFsrs(item.card));
  return { ...next, log: appendReview(progress.log, logEntry(ref, grade, item)) };
}

/** For each grade, how long until the card would be due again: what each button shows. */
export function previewIntervals(scheduler: FSRS, card: StoredCard | undefined, now: Date): Record<GradeValue, number> {
  const preview = scheduler.repeat(toFsrs(card, now), now);
  const interval = (grade: GradeValue) => capped(scheduler, preview[grade as Grade].card, now).due.getTime() - now.getTime();
  return { 1: interval(1), 2: interval(2), 3: interval(3), 4: interval(4) };
}
