import { describe, expect, it } from 'vitest';
import { createHitQueue } from '../../src/lib/search/hit-queue';

/** Results named by number; the ones in `misses` are not real matches. Records every text loaded. */
function results(count: number, misses: readonly number[] = []) {
  const loaded: number[] = [];
  const list = Array.from({ length: count }, (_, i) => i);
  const check = async (n: number) => {
    loaded.push(n);
    await Promise.resolve();
    return misses.includes(n) ? null : `hit ${n}`;
  };
  return { queue: createHitQueue(list, check), loaded };
}

describe('search hit queue', () => {
  it('loads the texts of the results it shows, not of the rest', async () => {
    const { queue, loaded } = results(117);
    expect(await queue.take(8)).toEqual(['hit 0', 'hit 1', 'hit 2', 'hit 3', 'hit 4', 'hit 5', 'hit 6', 'hit 7']);
    expect(loaded).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('counts every result while each text loaded was a real match, without loading more', async () => {
    const { queue, loaded } = results(117);
    await queue.take(8);
    expect(await queue.total()).toBe(117);
    expect(loaded).toHaveLength(8);
  });

  it('skips results that are not real matches and fills the batch from later ones', async () => {
    const { queue } = results(10, [1, 2]);
    expect(await queue.take(3)).toEqual(['hit 0', 'hit 3', 'hit 4']);
    expect(await queue.take(3)).toEqual(['hit 5', 'hit 6', 'hit 7']);
  });

  it('counts exactly, loading every text, once a loaded one is not a real match', async () => {
    const { queue, loaded } = results(12, [1, 9, 10]);
    await queue.take(4);
    expect(await queue.total()).toBe(9);
    expect(new Set(loaded).size).toBe(12);
  });

  it('counts nothing for a query whose results are all trimmed-word matches', async () => {
    const { queue } = results(4, [0, 1, 2, 3]);
    expect(await queue.take(8)).toEqual([]);
    expect(await queue.total()).toBe(0);
  });

  it('corrects the count when a result skipped near the end shows the estimate was high', async () => {
    const { queue } = results(10, [9]);
    await queue.take(8);
    expect(await queue.total()).toBe(10);
    expect(await queue.take(8)).toEqual(['hit 8']);
    expect(await queue.total()).toBe(9);
  });

  it('gives two quick requests for more consecutive batches, not the same one', async () => {
    const { queue } = results(6);
    const [first, second] = await Promise.all([queue.take(3), queue.take(3)]);
    expect(first).toEqual(['hit 0', 'hit 1', 'hit 2']);
    expect(second).toEqual(['hit 3', 'hit 4', 'hit 5']);
  });

  it('reports a text that cannot be loaded to the caller', async () => {
    const queue = createHitQueue([0, 1], async (n) => {
      if (n === 1) throw new Error('fragment 404');
      return n;
    });
    await expect(queue.take(2)).rejects.toThrow('fragment 404');
  });
});
