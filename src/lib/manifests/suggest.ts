/** "Did you mean": the known name nearest to a misspelt one, if one is near enough. */

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** `readOnlyRootFileSystem` -> `readOnlyRootFilesystem`, `replica` -> `replicas`; undefined when none is close. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const sameLetters = candidates.find((c) => c.toLowerCase() === lower);
  if (sameLetters !== undefined) return sameLetters;
  let best: { name: string; cost: number } | undefined;
  for (const candidate of candidates) {
    const cost = distance(lower, candidate.toLowerCase());
    if (cost <= Math.max(2, Math.floor(name.length / 4)) && (best === undefined || cost < best.cost)) best = { name: candidate, cost };
  }
  return best?.name;
}
