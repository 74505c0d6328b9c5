import { describe, expect, it } from 'vitest';
import { selectCards } from '../../../src/lib/study/card-selection';
import { emptyProgress, type Progress, type StoredCard } from '../../../src/lib/study/progress-schema';
import { withCard, withNewCardsToday, withNewPerDay, type CardRef } from '../../../src/lib/study/progress-records';

const now = new Date('2026-11-10T12:00:00Z');
const refs = (domain: string, count: number): CardRef[] => Array.from({ length: count }, (_, i) => ({ domain, anchor: `q${i + 1}` }));
const cards = [...refs('a', 6), ...refs('b', 4)];
const review = (due: string, state: StoredCard['state'] = 2): StoredCard => ({
  due,
  stability: 10,
  difficulty: 5,
  scheduledDays: 10,
  learningSteps: 0,
  reps: 3,
  lapses: 0,
  state,
  lastReview: '2026-10-31T12:00:00Z',
});

/** a/q2 due yesterday, a/q4 overdue by a week, a/q5 due tomorrow, b/q1 due an hour ago. */
function studied(): Progress {
  let p = emptyProgress();
  p = withCard(p, { domain: 'a', anchor: 'q2' }, review('2026-11-09T12:00:00Z'));
  p = withCard(p, { domain: 'a', anchor: 'q4' }, review('2026-11-03T12:00:00Z'));
  p = withCard(p, { domain: 'a', anchor: 'q5' }, review('2026-11-11T12:00:00Z'));
  p = withCard(p, { domain: 'b', anchor: 'q1' }, review('2026-11-10T11:00:00Z', 1));
  return p;
}

const keys = (queue: CardRef[]) => queue.map((r) => `${r.domain}/${r.anchor}`);

describe('card selection', () => {
  it('puts due cards first, most overdue first, then new cards in curriculum order', () => {
    const selection = selectCards({ cards, domains: new Set(['a', 'b']), progress: studied(), now, mode: 'scheduled' });
    expect(keys(selection.queue)).toEqual(['a/q4', 'a/q2', 'b/q1', 'a/q1', 'a/q3', 'a/q6', 'b/q2', 'b/q3', 'b/q4']);
    expect(selection).toMatchObject({ due: 3, fresh: 6, heldBack: 0 });
  });

  it('leaves out cards that are not due yet', () => {
    const selection = selectCards({ cards, domains: new Set(['a']), progress: studied(), now, mode: 'scheduled' });
    expect(keys(selection.queue)).not.toContain('a/q5');
  });

  it('takes only the chosen domains', () => {
    const selection = selectCards({ cards, domains: new Set(['b']), progress: studied(), now, mode: 'scheduled' });
    expect(selection.queue.every((r) => r.domain === 'b')).toBe(true);
  });

  it('takes new cards only up to what is left of the daily limit', () => {
    let progress = withNewPerDay(studied(), 3);
    let selection = selectCards({ cards, domains: new Set(['a', 'b']), progress, now, mode: 'scheduled' });
    expect(keys(selection.queue)).toEqual(['a/q4', 'a/q2', 'b/q1', 'a/q1', 'a/q3', 'a/q6']);
    expect(selection).toMatchObject({ fresh: 3, heldBack: 3 });

    progress = withNewCardsToday(progress, now, 2);
    selection = selectCards({ cards, domains: new Set(['a', 'b']), progress, now, mode: 'scheduled' });
    expect(selection.fresh).toBe(1);

    progress = withNewCardsToday(progress, now, 5);
    selection = selectCards({ cards, domains: new Set(['a', 'b']), progress, now, mode: 'scheduled' });
    expect(selection.fresh).toBe(0);
    expect(selection.due).toBe(3);
  });

  it('gives the whole limit again on the next day', () => {
    const progress = withNewCardsToday(withNewPerDay(studied(), 3), now, 3);
    const tomorrow = new Date(now.getTime() + 24 * 3600_000);
    expect(selectCards({ cards, domains: new Set(['a', 'b']), progress, now: tomorrow, mode: 'scheduled' }).fresh).toBe(3);
  });

  it('says when the next review is due when there is nothing to study', () => {
    const progress = withNewPerDay(studied(), 0);
    const selection = selectCards({
      cards: [
        { domain: 'a', anchor: 'q5' },
        { domain: 'a', anchor: 'q6' },
      ],
      domains: new Set(['a']),
      progress,
      now,
      mode: 'scheduled',
    });
    expect(selection.queue).toEqual([]);
    expect(selection.nextDue).toBe('2026-11-11T12:00:00.000Z');
  });

  it('cram takes every card of the chosen domains, due or not, shuffled', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const progress = withNewPerDay(studied(), 0);
    const selection = selectCards({ cards, domains: new Set(['a']), progress, now, mode: 'cram', random });
    expect([...keys(selection.queue)].sort()).toEqual(['a/q1', 'a/q2', 'a/q3', 'a/q4', 'a/q5', 'a/q6']);
    expect(keys(selection.queue)).not.toEqual(['a/q1', 'a/q2', 'a/q3', 'a/q4', 'a/q5', 'a/q6']);
  });
});
