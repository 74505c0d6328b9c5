import { describe, expect, it } from 'vitest';
import { emptyProgress, type StoredCard } from '../../../src/lib/study/progress-schema';
import { withCard } from '../../../src/lib/study/progress-records';
import {
  deckState,
  domainProgress,
  mastery,
  readiness,
  storedCounts,
  studyState,
  type ProgressDomain,
} from '../../../src/lib/study/progress-summary';
import { createScheduler, gradeCard, previewIntervals } from '../../../src/lib/study/scheduler';

const now = new Date('2026-11-10T12:00:00Z');
const scheduler = createScheduler({ fuzz: false });

describe('mastery', () => {
  it('is "new" before any grade, "mastered" after "I knew it" (Easy), "learning" after "Review again"', () => {
    expect(mastery(undefined)).toBe('new');
    expect(mastery(gradeCard(scheduler, undefined, 4, now))).toBe('mastered');
    expect(mastery(gradeCard(scheduler, undefined, 1, now))).toBe('learning');
    expect(mastery(gradeCard(scheduler, undefined, 3, now))).toBe('learning');
  });

  it('falls back to learning when a mastered card is forgotten', () => {
    const known = gradeCard(scheduler, undefined, 4, now);
    const forgotten = gradeCard(scheduler, known, 1, new Date(known.due));
    expect(mastery(forgotten)).toBe('learning');
  });

  it('shows longer intervals for better grades on every button', () => {
    const intervals = previewIntervals(scheduler, undefined, now);
    expect(intervals[1]).toBe(60_000);
    expect(intervals[1]).toBeLessThan(intervals[2]);
    expect(intervals[2]).toBeLessThan(intervals[3]);
    expect(intervals[3]).toBeLessThan(intervals[4]);
  });
});

describe('domain progress and readiness', () => {
  const mastered = gradeCard(scheduler, undefined, 4, now);
  const learning = gradeCard(scheduler, undefined, 1, now);
  const a: ProgressDomain = { slug: 'a', weight: 20, anchors: ['q1', 'q2', 'q3', 'q4'] };
  const b: ProgressDomain = { slug: 'b', weight: 80, anchors: ['q1', 'q2'] };
  let progress = emptyProgress();
  progress = withCard(progress, { domain: 'a', anchor: 'q1' }, mastered);
  progress = withCard(progress, { domain: 'a', anchor: 'q2' }, learning);
  progress = withCard(progress, { domain: 'a', anchor: 'removed-question' }, mastered as StoredCard);
  progress = withCard(progress, { domain: 'b', anchor: 'q1' }, mastered);

  it('counts mastered, learning and new over the questions that exist now', () => {
    expect(domainProgress(progress, a)).toEqual({ slug: 'a', mastered: 1, learning: 1, new: 2, total: 4, score: 1.5 / 4 });
  });

  it('weights each domain by its exam weight', () => {
    const results = [domainProgress(progress, a), domainProgress(progress, b)];
    expect(readiness([a, b], results)).toBeCloseTo(0.2 * 0.375 + 0.8 * 0.5);
  });

  it('counts a domain with no stated weight like an average one, and leaves out empty domains', () => {
    const c: ProgressDomain = { slug: 'c', weight: null, anchors: ['q1'] };
    const empty: ProgressDomain = { slug: 'd', weight: 50, anchors: [] };
    const domains = [a, b, c, empty];
    const results = domains.map((d) => domainProgress(progress, d));
    expect(readiness(domains, results)).toBeCloseTo((20 * 0.375 + 80 * 0.5 + 50 * 0) / 150);
    expect(readiness([], [])).toBe(0);
  });

  it('adds up mastered, learning and unseen over every domain, for the exam projection', () => {
    expect(deckState(progress, [a, b])).toEqual({ mastered: 2, learning: 1, unseen: 3 });
  });
});

describe('the outline and sidebar states', () => {
  const known = gradeCard(scheduler, undefined, 4, now);
  const again = gradeCard(scheduler, undefined, 1, now);

  it('says new, learning or mastered until a studied card falls due, then due', () => {
    expect(studyState(undefined, now.getTime())).toBe('new');
    expect(studyState(known, now.getTime())).toBe('mastered');
    expect(studyState(known, Date.parse(known.due))).toBe('due');
    expect(studyState(again, now.getTime())).toBe('learning');
    expect(studyState(again, Date.parse(again.due) + 1)).toBe('due');
  });

  it('counts what is stored for a domain, never more than its cards', () => {
    let progress = emptyProgress();
    progress = withCard(progress, { domain: 'a', anchor: 'q1' }, known);
    progress = withCard(progress, { domain: 'a', anchor: 'q2' }, known);
    progress = withCard(progress, { domain: 'a', anchor: 'q3' }, again);
    progress = withCard(progress, { domain: 'b', anchor: 'q1' }, known);
    expect(storedCounts(progress, 'a', 10)).toEqual({ mastered: 2, learning: 1 });
    expect(storedCounts(progress, 'a', 2)).toEqual({ mastered: 2, learning: 0 });
    expect(storedCounts(progress, 'c', 5)).toEqual({ mastered: 0, learning: 0 });
  });
});
