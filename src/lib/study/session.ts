import type { FSRS } from 'ts-fsrs';
import type { StudyMode } from './card-selection';
import { CardState, type Progress, type StoredCard } from './progress-schema';
import { getCard, newCardsToday, withCard, withNewCardsToday, type CardRef } from './progress-records';
import { recordReview, type GradeValue } from './scheduler';

/**
 * A card due again within this many minutes (a learning step: Again = 1 minute, Good on a
 * new card = 10 minutes) comes back later in the same session, as Anki's "learn ahead
 * limit" of 20 minutes does; otherwise a session could never teach a card it introduced.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

interface HistoryEntry {
  ref: CardRef;
  grade: GradeValue;
  previous: StoredCard | undefined;
  today: Progress['today'];
  log: Progress['log'];
  requeued: boolean;
}

export interface SessionState {
  mode: StudyMode;
  queue: CardRef[];
  /** Index of the current card in `queue`; `queue.length` once the session is over. */
  position: number;
  revealed: boolean;
  history: HistoryEntry[];
}

export interface Step {
  session: SessionState;
  progress: Progress;
}

export function startSession(mode: StudyMode, queue: readonly CardRef[]): SessionState {
  return { mode, queue: [...queue], position: 0, revealed: false, history: [] };
}

export function currentCard(session: SessionState): CardRef | undefined {
  return session.queue[session.position];
}

export const isFinished = (session: SessionState): boolean => session.position >= session.queue.length;

export function reveal(session: SessionState): SessionState {
  return isFinished(session) || session.revealed ? session : { ...session, revealed: true };
}

/** Record the answer to the current card and move on. Cram leaves `progress` untouched. */
export function grade(step: Step, value: GradeValue, now: Date, scheduler: FSRS): Step {
  const { session, progress } = step;
  const ref = currentCard(session);
  if (ref === undefined || !session.revealed) return step;
  const previous = getCard(progress, ref);
  let next = progress;
  let requeued: boolean;
  if (session.mode === 'cram') {
    requeued = value === 1;
  } else {
    next = recordReview(scheduler, progress, ref, value, now);
    const card = getCard(next, ref)!;
    if (previous === undefined || previous.state === CardState.New) {
      next = withNewCardsToday(next, now, newCardsToday(progress, now) + 1);
    }
    requeued = Date.parse(card.due) - now.getTime() <= LEARN_AHEAD_MS;
  }
  const entry: HistoryEntry = { ref, grade: value, previous, today: progress.today, log: progress.log, requeued };
  return {
    progress: next,
    session: {
      ...session,
      queue: requeued ? [...session.queue, ref] : session.queue,
      position: session.position + 1,
      revealed: false,
      history: [...session.history, entry],
    },
  };
}

/** Take back the last answer: its card is shown again and its schedule is as it was. */
export function undo(step: Step): Step {
  const { session, progress } = step;
  const last = session.history[session.history.length - 1];
  if (last === undefined) return step;
  const restored =
    session.mode === 'cram' ? progress : { ...withCard(progress, last.ref, last.previous), today: last.today, log: last.log };
  // The copy queued for later goes too (unless ending the session early already dropped it).
  const queue = [...session.queue];
  if (last.requeued) {
    const copy = queue.findLastIndex((ref, i) => i >= session.position && ref.domain === last.ref.domain && ref.anchor === last.ref.anchor);
    if (copy !== -1) queue.splice(copy, 1);
  }
  return {
    progress: restored,
    session: {
      ...session,
      queue,
      position: session.position - 1,
      revealed: false,
      history: session.history.slice(0, -1),
    },
  };
}

/** End early: the cards not reached are simply not studied. */
export function finish(session: SessionState): SessionState {
  return { ...session, queue: session.queue.slice(0, session.position), revealed: false };
}

export interface SessionSummary {
  reviews: number;
  cards: number;
  byGrade: Record<GradeValue, number>;
}

export function summarize(session: SessionState): SessionSummary {
  const byGrade: Record<GradeValue, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const entry of session.history) byGrade[entry.grade]++;
  const cards = new Set(session.history.map((e) => `${e.ref.domain}#${e.ref.anchor}`)).size;
  return { reviews: session.history.length, cards, byGrade };
}
