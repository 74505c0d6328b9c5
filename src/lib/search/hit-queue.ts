/**
 * Pagefind ranks results without their text; a result's text (in a fragment file) is needed
 * both to show it and to tell whether it matched for real (relevance.ts). Loading every
 * result's text before showing any made a broad first query read most of the index ("pod":
 * 117 results in 16 fragment files). The queue loads texts in rank order, only as far as the
 * results shown, and counts without the rest where it safely can.
 *
 * Counting: Pagefind matches every query word in every result, a trimmed word alike, so a
 * query's results are real matches all together or not at all. While every text loaded so far
 * was a real match, the rest are counted as real too; once one is not, every text is loaded
 * and the count is exact. A result skipped later (the queue still checks each one it returns)
 * corrects the count when the end is reached.
 */

export interface HitQueue<T> {
  /** The next `count` real matches in rank order; fewer when the results run out. */
  take(count: number): Promise<T[]>;
  /** How many results are real matches (see above). */
  total(): Promise<number>;
}

/** `check` loads a result's text and returns the hit, or null when it is not a real match. */
export function createHitQueue<R, T>(results: readonly R[], check: (result: R) => Promise<T | null>): HitQueue<T> {
  const checked = new Map<number, Promise<T | null>>();
  let next = 0; // the first result not yet returned or skipped by take()
  let misses = 0;
  let hits = 0; // real matches among the results take() has passed
  let queue: Promise<unknown> = Promise.resolve();

  const load = (index: number): Promise<T | null> => {
    let hit = checked.get(index);
    if (hit === undefined) {
      hit = check(results[index] as R).then((value) => {
        if (value === null) misses++;
        return value;
      });
      checked.set(index, hit);
    }
    return hit;
  };

  const takeNow = async (count: number): Promise<T[]> => {
    const taken: T[] = [];
    while (taken.length < count && next < results.length) {
      // One round trip per batch: load the texts the batch still needs, all at once.
      const end = Math.min(results.length, next + (count - taken.length));
      const batch = await Promise.all(Array.from({ length: end - next }, (_, i) => load(next + i)));
      next = end;
      for (const hit of batch) if (hit !== null) taken.push(hit);
    }
    hits += taken.length;
    return taken;
  };

  return {
    take(count) {
      // One at a time, so two quick "more" clicks get consecutive batches, not the same one.
      const result = queue.then(() => takeNow(count));
      queue = result.catch(() => undefined);
      return result;
    },
    async total() {
      await queue;
      if (misses > 0) {
        const all = await Promise.all(results.map((_, i) => load(i)));
        return all.filter((hit) => hit !== null).length;
      }
      return next >= results.length ? hits : results.length;
    },
  };
}
