import { describe, expect, it } from 'vitest';
import { DAYS_TO_MASTER, daysLeft, examPlan, intervalCap, projectedMastery } from '../../../src/lib/study/exam-date';
import { emptyProgress, parseProgress } from '../../../src/lib/study/progress-schema';
import { getCard, withExamDate } from '../../../src/lib/study/progress-records';
import { mastery } from '../../../src/lib/study/progress-summary';
import { createScheduler, gradeCard, previewIntervals, recordReview, schedulerFor } from '../../../src/lib/study/scheduler';

const now = new Date(2026, 11, 4, 21, 30); // 4 December 2026, evening, local time
const DAY = 86_400_000;

describe('exam date', () => {
  it('counts local calendar days to the exam: 0 on the day, negative after', () => {
    expect(daysLeft('2026-12-05', now)).toBe(1);
    expect(daysLeft('2026-12-04', now)).toBe(0);
    expect(daysLeft('2026-12-01', now)).toBe(-3);
    expect(daysLeft('2027-03-04', now)).toBe(90);
  });

  it('suggests the new cards a day that see every unseen card by then', () => {
    expect(examPlan('2026-12-14', 95, now)).toEqual({ kind: 'ahead', days: 10, perDay: 10 });
    expect(examPlan('2026-12-14', 0, now)).toEqual({ kind: 'ahead', days: 10, perDay: 0 });
    expect(examPlan('2026-12-04', 95, now)).toEqual({ kind: 'today' });
    expect(examPlan('2026-11-30', 95, now)).toEqual({ kind: 'past' });
    expect(examPlan(null, 95, now)).toEqual({ kind: 'none' });
  });

  it('caps intervals at the days left, and not at all without an exam ahead', () => {
    expect(intervalCap('2026-12-10', now)).toBe(6);
    expect(intervalCap('2026-12-04', now)).toBeUndefined();
    expect(intervalCap('2026-12-01', now)).toBeUndefined();
    expect(intervalCap(null, now)).toBeUndefined();
  });

  it('never schedules a review after the exam, not even for Easy', () => {
    const progress = withExamDate(emptyProgress(), '2026-12-07');
    const exam = new Date(2026, 11, 7, 23, 59).getTime();
    const scheduler = schedulerFor(progress, now);
    const known = gradeCard(scheduler, undefined, 4, now);
    expect(known.scheduledDays).toBe(3);
    expect(Date.parse(known.due)).toBeLessThanOrEqual(exam);
    const intervals = previewIntervals(scheduler, known, new Date(known.due));
    expect(Math.max(...Object.values(intervals))).toBe(3 * DAY);
    const ref = { domain: 'a', anchor: 'q' };
    expect(getCard(recordReview(scheduler, progress, ref, 4, now), ref)!.scheduledDays).toBe(3);
    // Without a date the same Easy answer waits longer than the exam would allow.
    expect(gradeCard(schedulerFor(emptyProgress(), now), undefined, 4, now).scheduledDays).toBeGreaterThan(3);
  });

  it('stores the date from the date input and clears it when the input is emptied', () => {
    const dated = withExamDate(emptyProgress(), '2027-01-15');
    expect(dated.settings.examDate).toBe('2027-01-15');
    expect(withExamDate(dated, '').settings.examDate).toBeNull();
    expect(parseProgress({ ...dated, settings: { newPerDay: 20, examDate: '15/01/2027' } }).ok).toBe(false);
  });
});

describe('projection for the exam day', () => {
  it('matches how long FSRS takes to master a card recalled each time it comes back (Good)', () => {
    const scheduler = createScheduler({ fuzz: false });
    const first = new Date('2026-01-01T09:00:00Z');
    let at = first;
    let card = gradeCard(scheduler, undefined, 3, at);
    while (mastery(card) !== 'mastered') {
      at = new Date(card.due);
      card = gradeCard(scheduler, card, 3, at);
    }
    expect(Math.round((at.getTime() - first.getTime()) / DAY)).toBe(DAYS_TO_MASTER);
  });

  it('counts the cards mastered now, the ones being learnt, and the new ones seen early enough', () => {
    // 10 days, 40 unseen at 4 a day: cards first seen on days 0 to 8 are mastered by day 10.
    expect(projectedMastery({ mastered: 10, learning: 10, unseen: 40 }, 10, 4)).toBeCloseTo((10 + 10 + 36) / 60);
    // Every card seen with time to spare: all mastered.
    expect(projectedMastery({ mastered: 0, learning: 0, unseen: 10 }, 10, 10)).toBe(1);
    // The exam tomorrow: nothing new or half-learnt gets there.
    expect(projectedMastery({ mastered: 5, learning: 5, unseen: 10 }, 1, 10)).toBe(0.25);
    expect(projectedMastery({ mastered: 0, learning: 0, unseen: 0 }, 5, 0)).toBe(0);
  });
});
