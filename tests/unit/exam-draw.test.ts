import { describe, expect, it } from 'vitest';
import { allocate, domainShares, drawTasks, taskKey, type TaskRef } from '../../src/lib/exam/draw';

const pool = (counts: Record<string, number>): TaskRef[] =>
  Object.entries(counts).flatMap(([domain, n]) => Array.from({ length: n }, (_, i) => ({ domain, anchor: `q${i}` })));
const tally = (tasks: TaskRef[]) => tasks.reduce<Record<string, number>>((t, { domain }) => ({ ...t, [domain]: (t[domain] ?? 0) + 1 }), {});
const WEIGHTED = [
  { slug: 'a', weight: 50 },
  { slug: 'b', weight: 30 },
  { slug: 'c', weight: 20 },
];

describe('the domain mix of a drawn exam', () => {
  it('follows the exam weights for every seed: 6 tasks at 50/30/20 are 3, 2 and 1', () => {
    const tasks = pool({ a: 20, b: 20, c: 20 });
    for (let seed = 1; seed <= 500; seed++) {
      expect(tally(drawTasks(tasks, { count: 6, domains: WEIGHTED, seed })), `seed ${seed}`).toEqual({ a: 3, b: 2, c: 1 });
    }
  });

  it('gives 16 tasks at 50/30/20 as 8, 5 and 3, rounding by the largest remainder', () => {
    expect(
      Object.fromEntries(
        allocate(
          domainShares(WEIGHTED),
          new Map([
            ['a', 99],
            ['b', 99],
            ['c', 99],
          ]),
          16,
        ),
      ),
    ).toEqual({ a: 8, b: 5, c: 3 });
  });

  it('shares what the weights leave between the domains without one', () => {
    const shares = domainShares([
      { slug: 'a', weight: 60 },
      { slug: 'b', weight: null },
      { slug: 'c', weight: null },
    ]);
    expect(Object.fromEntries(shares)).toEqual({ a: 60, b: 20, c: 20 });
    expect(
      Object.fromEntries(
        domainShares([
          { slug: 'x', weight: null },
          { slug: 'y', weight: null },
        ]),
      ),
    ).toEqual({ x: 1, y: 1 });
  });

  it('moves the tasks a small domain cannot give to the others, by their weight', () => {
    const counts = allocate(
      domainShares(WEIGHTED),
      new Map([
        ['a', 1],
        ['b', 30],
        ['c', 30],
      ]),
      10,
    );
    expect(Object.fromEntries(counts)).toEqual({ a: 1, b: 5, c: 4 });
  });

  it('draws every task there is when the pool is smaller than the paper', () => {
    expect(drawTasks(pool({ a: 2, b: 1 }), { count: 16, domains: WEIGHTED, seed: 3 })).toHaveLength(3);
  });

  it('draws only from the chosen domains, never a task twice', () => {
    const drawn = drawTasks(pool({ a: 20, b: 20, c: 20 }), { count: 12, domains: WEIGHTED.slice(0, 2), seed: 9 });
    expect(new Set(drawn.map((t) => t.domain))).toEqual(new Set(['a', 'b']));
    expect(new Set(drawn.map(taskKey)).size).toBe(12);
  });

  it('is the same paper for the same seed and another for another seed', () => {
    const tasks = pool({ a: 20, b: 20, c: 20 });
    const draw = (seed: number) => drawTasks(tasks, { count: 6, domains: WEIGHTED, seed }).map(taskKey);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('avoids the last attempt’s tasks where the pool allows, and reuses them only where it must', () => {
    const tasks = pool({ a: 6, b: 4, c: 2 });
    for (let seed = 1; seed <= 100; seed++) {
      const first = drawTasks(tasks, { count: 6, domains: WEIGHTED, seed });
      const second = drawTasks(tasks, { count: 6, domains: WEIGHTED, seed: seed + 1000, avoid: new Set(first.map(taskKey)) });
      const repeated = second.filter((t) => first.some((f) => taskKey(f) === taskKey(t)));
      // a has 6 (3 used, 3 fresh), b 4 (2 used, 2 fresh), c 2 (1 used, 1 fresh): nothing need repeat.
      expect(repeated, `seed ${seed}`).toEqual([]);
    }
    const tiny = pool({ a: 3, b: 2, c: 1 });
    const first = drawTasks(tiny, { count: 6, domains: WEIGHTED, seed: 1 });
    expect(drawTasks(tiny, { count: 6, domains: WEIGHTED, seed: 2, avoid: new Set(first.map(taskKey)) })).toHaveLength(6);
  });
});
