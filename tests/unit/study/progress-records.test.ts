import { describe, expect, it } from 'vitest';
import { emptyProgress, type StoredCard } from '../../../src/lib/study/progress-schema';
import {
  cardCount,
  getCard,
  localDay,
  newCardsToday,
  pruneProgress,
  withCard,
  withNewCardsToday,
  withNewPerDay,
} from '../../../src/lib/study/progress-records';

const card = (due: string): StoredCard => ({
  due,
  stability: 3,
  difficulty: 5,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 2,
  lapses: 0,
  state: 2,
  lastReview: null,
});

describe('progress store', () => {
  it('sets and removes cards without changing the original', () => {
    const empty = emptyProgress();
    const one = withCard(empty, { domain: 'a', anchor: 'q1' }, card('2026-01-01T00:00:00Z'));
    expect(cardCount(empty)).toBe(0);
    expect(getCard(one, { domain: 'a', anchor: 'q1' })?.due).toBe('2026-01-01T00:00:00Z');
    const none = withCard(one, { domain: 'a', anchor: 'q1' }, undefined);
    expect(none.cards).toEqual({});
    expect(cardCount(one)).toBe(1);
  });

  it('keeps the progress of questions that still exist and drops removed ones', () => {
    let progress = emptyProgress();
    progress = withCard(progress, { domain: 'monitoring', anchor: 'kept' }, card('2026-01-01T00:00:00Z'));
    progress = withCard(progress, { domain: 'monitoring', anchor: 'renamed-away' }, card('2026-01-02T00:00:00Z'));
    progress = withCard(progress, { domain: 'gone-domain', anchor: 'q' }, card('2026-01-03T00:00:00Z'));
    const existing = new Map([['monitoring', new Set(['kept', 'new-question'])]]);
    const { progress: pruned, removed } = pruneProgress(progress, existing);
    expect(removed).toBe(2);
    expect(pruned.cards).toEqual({ monitoring: { kept: card('2026-01-01T00:00:00Z') } });
    expect(pruned.settings).toEqual(progress.settings);
  });

  it('returns the same object when nothing was removed', () => {
    const progress = withCard(emptyProgress(), { domain: 'a', anchor: 'q' }, card('2026-01-01T00:00:00Z'));
    expect(pruneProgress(progress, new Map([['a', new Set(['q'])]]))).toEqual({ progress, removed: 0 });
  });

  it('counts new cards per local day and starts again the next day', () => {
    const monday = new Date(2026, 10, 2, 23, 30);
    const tuesday = new Date(2026, 10, 3, 0, 5);
    expect(localDay(monday)).toBe('2026-11-02');
    const progress = withNewCardsToday(emptyProgress(), monday, 7);
    expect(newCardsToday(progress, monday)).toBe(7);
    expect(newCardsToday(progress, tuesday)).toBe(0);
  });

  it('keeps the daily limit a whole number within range', () => {
    expect(withNewPerDay(emptyProgress(), 12.7).settings.newPerDay).toBe(12);
    expect(withNewPerDay(emptyProgress(), -3).settings.newPerDay).toBe(0);
    expect(withNewPerDay(emptyProgress(), 1e9).settings.newPerDay).toBe(9999);
    expect(withNewPerDay(emptyProgress(), Number.NaN).settings.newPerDay).toBe(0);
  });
});
