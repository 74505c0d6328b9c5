/**
 * The review log: every grade given in spaced-repetition mode, kept so that a later FSRS
 * optimisation can fit the weights to this reader (the optimiser needs each card's reviews
 * with their times and ratings). It is written compactly, as it lives in localStorage:
 *
 *   { "t": "2026-12-04T21:06:56.123Z", "c": "monitoring#what-is-strace", "r": 3,
 *     "b": [0, 0, 0, 0, 0], "a": [1, 2.3065, 2.1181, 0, 1] }
 *
 * `t` the review time, `c` the card (domain slug # question anchor), `r` the rating (1 Again
 * … 4 Easy), `b` the FSRS state before the review as ts-fsrs's ReviewLog gives it and `a`
 * the state after, each as [state, stability, difficulty, scheduled days, learning steps].
 * Reviews of questions later removed from the content stay: an optimisation can still
 * learn from them how this reader remembers.
 */

/** [state 0–3, stability, difficulty, scheduled days, learning steps]. */
export type FsrsSnapshot = [number, number, number, number, number];

export interface ReviewEntry {
  t: string;
  c: string;
  r: 1 | 2 | 3 | 4;
  b: FsrsSnapshot;
  a: FsrsSnapshot;
}

/**
 * The log keeps the newest 5,000 reviews: 200 days at 25 reviews a day, and many times the
 * few hundred an FSRS optimisation needs to improve on the default weights. An entry is
 * about 100 bytes plus its card's domain and anchor, which are long in curricula whose
 * headings are whole sentences (about 140 characters in the CKS content): 5,000 entries
 * are then 1.2 MB of the 5 MB or so a browser gives a site's localStorage.
 */
export const MAX_LOG_ENTRIES = 5_000;

/** Stability and difficulty to four decimals: more digits say nothing and cost storage. */
const round = (value: number) => Math.round(value * 10_000) / 10_000;

export function snapshot(card: {
  state: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
}): FsrsSnapshot {
  return [card.state, round(card.stability), round(card.difficulty), card.scheduledDays, card.learningSteps];
}

const entryKey = (entry: ReviewEntry) => `${entry.t} ${entry.c}`;

/** Oldest first, by time and then card, so equal logs serialise the same way. */
function byTime(a: ReviewEntry, b: ReviewEntry): number {
  const t = Date.parse(a.t) - Date.parse(b.t);
  return t !== 0 ? t : a.c < b.c ? -1 : a.c > b.c ? 1 : 0;
}

const bounded = (log: ReviewEntry[]) => (log.length > MAX_LOG_ENTRIES ? log.slice(log.length - MAX_LOG_ENTRIES) : log);

export function appendReview(log: readonly ReviewEntry[], entry: ReviewEntry): ReviewEntry[] {
  return bounded([...log, entry]);
}

/** Both logs as one: a review in both (same card, same time) is kept once, the result sorted and bounded. */
export function mergeLogs(a: readonly ReviewEntry[], b: readonly ReviewEntry[]): ReviewEntry[] {
  const merged = new Map<string, ReviewEntry>();
  for (const entry of [...a, ...b]) merged.set(entryKey(entry), entry);
  return bounded([...merged.values()].sort(byTime));
}

const isSnapshot = (value: unknown): value is FsrsSnapshot =>
  Array.isArray(value) &&
  value.length === 5 &&
  value.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
  [0, 1, 2, 3].includes(value[0] as number);

/** Why a log entry is unusable, or undefined when it is fine. */
function entryProblem(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return 'is not an object';
  const e = entry as Record<string, unknown>;
  if (typeof e['t'] !== 'string' || Number.isNaN(Date.parse(e['t']))) return 'has no valid time "t"';
  if (typeof e['c'] !== 'string' || !e['c'].includes('#')) return 'has no card "c" (domain#anchor)';
  if (![1, 2, 3, 4].includes(e['r'] as number)) return 'has a rating "r" other than 1 to 4';
  if (!isSnapshot(e['b']) || !isSnapshot(e['a'])) return 'has states "b" and "a" that are not [state, stability, difficulty, days, steps]';
  return undefined;
}

export type LogResult = { ok: true; log: ReviewEntry[] } | { ok: false; error: string };

/** Check a stored or imported log and return a clean, sorted copy of it. */
export function parseLog(value: unknown): LogResult {
  if (!Array.isArray(value)) return { ok: false, error: '"log" must be a list of reviews.' };
  const log: ReviewEntry[] = [];
  for (const [index, entry] of value.entries()) {
    const problem = entryProblem(entry);
    if (problem) return { ok: false, error: `Review ${index + 1} of the log ${problem}.` };
    const e = entry as ReviewEntry;
    log.push({ t: new Date(e.t).toISOString(), c: e.c, r: e.r, b: [...e.b], a: [...e.a] });
  }
  return { ok: true, log: mergeLogs([], log) };
}
