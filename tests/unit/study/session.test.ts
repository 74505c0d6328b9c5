import { State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { CardState, emptyProgress } from '../../../src/lib/study/progress-schema';
import { getCard, newCardsToday, type CardRef } from '../../../src/lib/study/progress-records';
import { createScheduler } from '../../../src/lib/study/scheduler';
import { currentCard, finish, grade, isFinished, reveal, startSession, summarize, undo, type Step } from '../../../src/lib/study/session';

const scheduler = createScheduler({ fuzz: false });
const t0 = new Date('2026-11-10T12:00:00Z');
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const q = (anchor: string): CardRef => ({ domain: 'a', anchor });

function answer(step: Step, value: 1 | 2 | 3 | 4, at: Date): Step {
  return grade({ ...step, session: reveal(step.session) }, value, at, scheduler);
}

describe('study session', () => {
  it('keeps ts-fsrs state numbers in the stored cards', () => {
    expect(CardState).toEqual({ New: State.New, Learning: State.Learning, Review: State.Review, Relearning: State.Relearning });
  });

  it('ignores a grade before the answer is shown', () => {
    const step: Step = { session: startSession('scheduled', [q('q1')]), progress: emptyProgress() };
    expect(grade(step, 3, t0, scheduler)).toBe(step);
  });

  it('schedules each graded card and counts the new ones against today', () => {
    let step: Step = { session: startSession('scheduled', [q('q1'), q('q2')]), progress: emptyProgress() };
    step = answer(step, 4, t0);
    expect(getCard(step.progress, q('q1'))).toMatchObject({ state: CardState.Review, scheduledDays: 8, reps: 1 });
    expect(currentCard(step.session)).toEqual(q('q2'));
    step = answer(step, 4, later(5));
    expect(isFinished(step.session)).toBe(true);
    expect(newCardsToday(step.progress, t0)).toBe(2);
  });

  it('brings a card still in its learning steps back later in the session', () => {
    let step: Step = { session: startSession('scheduled', [q('q1'), q('q2')]), progress: emptyProgress() };
    step = answer(step, 1, t0); // Again: due in 1 minute
    expect(step.session.queue).toEqual([q('q1'), q('q2'), q('q1')]);
    step = answer(step, 4, later(10));
    step = answer(step, 3, later(70)); // q1 second time: Good moves it on a step
    expect(getCard(step.progress, q('q1'))?.reps).toBe(2);
    expect(newCardsToday(step.progress, t0)).toBe(2);
  });

  it('undo restores the schedule, the daily count and the queue, and shows the card again', () => {
    const start: Step = { session: startSession('scheduled', [q('q1'), q('q2')]), progress: emptyProgress() };
    let step = answer(start, 4, t0);
    step = answer(step, 1, later(5));
    step = undo(step);
    expect(currentCard(step.session)).toEqual(q('q2'));
    expect(step.session.revealed).toBe(false);
    expect(step.session.queue).toEqual([q('q1'), q('q2')]);
    expect(getCard(step.progress, q('q2'))).toBeUndefined();
    expect(newCardsToday(step.progress, t0)).toBe(1);
    step = undo(step);
    expect(step.progress).toEqual(start.progress);
    expect(step.session).toEqual(start.session);
    expect(undo(step)).toBe(step);
  });

  it('cram never changes the schedule, and undo in cram only steps back', () => {
    const progress = emptyProgress();
    let step: Step = { session: startSession('cram', [q('q1'), q('q2')]), progress };
    step = answer(step, 1, t0);
    step = answer(step, 4, later(5));
    expect(step.progress).toBe(progress);
    expect(step.session.queue).toEqual([q('q1'), q('q2'), q('q1')]);
    step = undo(step);
    expect(step.progress).toBe(progress);
    expect(currentCard(step.session)).toEqual(q('q2'));
  });

  it('ending early keeps what was studied and can still be undone', () => {
    let step: Step = { session: startSession('scheduled', [q('q1'), q('q2'), q('q3')]), progress: emptyProgress() };
    step = answer(step, 1, t0);
    step = { ...step, session: finish(step.session) };
    expect(isFinished(step.session)).toBe(true);
    expect(summarize(step.session)).toEqual({ reviews: 1, cards: 1, byGrade: { 1: 1, 2: 0, 3: 0, 4: 0 } });
    step = undo(step);
    expect(currentCard(step.session)).toEqual(q('q1'));
    expect(step.progress.cards).toEqual({});
  });

  it('summarises reviews, distinct cards and answers per grade', () => {
    let step: Step = { session: startSession('scheduled', [q('q1'), q('q2')]), progress: emptyProgress() };
    step = answer(step, 1, t0);
    step = answer(step, 3, later(5));
    step = answer(step, 4, later(90));
    expect(summarize(step.session)).toEqual({ reviews: 3, cards: 2, byGrade: { 1: 1, 2: 0, 3: 1, 4: 1 } });
  });
});
