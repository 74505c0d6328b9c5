import { seededRandom, shuffled } from './random';

/** A question that can be an exam task: answered, in a domain. */
export interface TaskRef {
  domain: string;
  anchor: string;
}

export interface DrawDomain {
  slug: string;
  /** Exam weight in percent; null when the curriculum gives none. */
  weight: number | null;
}

/**
 * Each domain's share of the exam: its weight where it has one. Domains without a weight
 * share equally what the weights leave below 100%; when the weights already make 100% (or
 * more) each gets the average weight, and when no domain has a weight all are equal.
 */
export function domainShares(domains: readonly DrawDomain[]): Map<string, number> {
  const weightOf = (d: DrawDomain) => (d.weight !== null && d.weight > 0 ? d.weight : null);
  const weighted = domains.filter((d) => weightOf(d) !== null);
  const unweighted = domains.length - weighted.length;
  const given = weighted.reduce((sum, d) => sum + weightOf(d)!, 0);
  const rest = weighted.length === 0 ? 1 : given < 100 ? (100 - given) / Math.max(unweighted, 1) : given / weighted.length;
  return new Map(domains.map((d) => [d.slug, weightOf(d) ?? rest]));
}

/**
 * How many tasks each domain gets: `count` split by share with largest-remainder rounding,
 * never more than a domain has; what a small domain cannot take goes to the others by share.
 */
export function allocate(shares: ReadonlyMap<string, number>, available: ReadonlyMap<string, number>, count: number): Map<string, number> {
  const result = new Map<string, number>([...shares.keys()].map((slug) => [slug, 0]));
  const room = (slug: string) => (available.get(slug) ?? 0) - result.get(slug)!;
  let left = count;
  while (left > 0) {
    const open = [...shares].filter(([slug, share]) => share > 0 && room(slug) > 0);
    const total = open.reduce((sum, [, share]) => sum + share, 0);
    if (open.length === 0) break;
    const quotas = open.map(([slug, share]) => ({ slug, exact: (left * share) / total }));
    // A domain whose quota is more than it has takes all it has; the rest is split again.
    const full = quotas.filter((q) => q.exact >= room(q.slug));
    if (full.length > 0) {
      for (const { slug } of full) {
        left -= room(slug);
        result.set(slug, available.get(slug) ?? 0);
      }
      continue;
    }
    // Every quota fits: whole seats first, then one more for the largest remainders.
    for (const { slug, exact } of quotas) result.set(slug, result.get(slug)! + Math.floor(exact));
    const seats = left - quotas.reduce((sum, q) => sum + Math.floor(q.exact), 0);
    const byRemainder = [...quotas].sort((a, b) => (b.exact % 1) - (a.exact % 1));
    for (const { slug } of byRemainder.slice(0, seats)) result.set(slug, result.get(slug)! + 1);
    left = 0;
  }
  return result;
}

export interface DrawOptions {
  count: number;
  domains: readonly DrawDomain[];
  seed: number;
  /** Tasks of the last attempt: drawn again only when a domain has too few others. */
  avoid?: ReadonlySet<string>;
}

export const taskKey = (task: TaskRef): string => `${task.domain}#${task.anchor}`;

/** The exam's tasks, in domain order and shuffled within the paper. */
export function drawTasks<T extends TaskRef>(pool: readonly T[], options: DrawOptions): T[] {
  const random = seededRandom(options.seed);
  const chosen = new Set(options.domains.map((d) => d.slug));
  const byDomain = new Map<string, T[]>();
  for (const task of pool) {
    if (!chosen.has(task.domain)) continue;
    if (!byDomain.has(task.domain)) byDomain.set(task.domain, []);
    byDomain.get(task.domain)!.push(task);
  }
  const available = new Map([...byDomain].map(([slug, tasks]) => [slug, tasks.length]));
  const counts = allocate(domainShares(options.domains), available, options.count);
  const drawn: T[] = [];
  for (const [slug, n] of counts) {
    const tasks = shuffled(byDomain.get(slug) ?? [], random);
    // Fresh tasks first, then (only if needed) the ones of the last attempt.
    const fresh = tasks.filter((t) => !options.avoid?.has(taskKey(t)));
    const again = tasks.filter((t) => options.avoid?.has(taskKey(t)));
    drawn.push(...[...fresh, ...again].slice(0, n));
  }
  return shuffled(drawn, random);
}
