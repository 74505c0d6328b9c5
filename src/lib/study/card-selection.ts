import { CardState, type Progress } from './progress-schema';
import { getCard, newCardsToday, type CardRef } from './progress-records';

export type StudyMode = 'scheduled' | 'cram';

export interface SelectionOptions {
  /** Every card of the site, in curriculum order (answered questions only). */
  cards: readonly CardRef[];
  /** Domain slugs the user chose. */
  domains: ReadonlySet<string>;
  progress: Progress;
  now: Date;
  mode: StudyMode;
  /** For cram's shuffle; Math.random in the browser, seeded in tests. */
  random?: () => number;
}

export interface Selection {
  queue: CardRef[];
  /** Cards already seen whose review is due now. */
  due: number;
  /** Never-seen cards taken into this session. */
  fresh: number;
  /** Never-seen cards left out by the daily limit. */
  heldBack: number;
  /** When the next review falls due, if nothing is due now (ISO date). */
  nextDue: string | null;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * The cards of a session. Scheduled: what is due, most overdue first, then never-seen cards
 * in curriculum order up to what is left of the daily limit. Cram: every card of the chosen
 * domains, shuffled; cram sessions do not change the schedule (see session.ts).
 */
export function selectCards(options: SelectionOptions): Selection {
  const { progress, now, mode } = options;
  const chosen = options.cards.filter((ref) => options.domains.has(ref.domain));
  if (mode === 'cram') {
    return { queue: shuffle([...chosen], options.random ?? Math.random), due: 0, fresh: 0, heldBack: 0, nextDue: null };
  }
  const due: { ref: CardRef; at: number }[] = [];
  const unseen: CardRef[] = [];
  let nextDue: number | null = null;
  for (const ref of chosen) {
    const card = getCard(progress, ref);
    if (card === undefined || card.state === CardState.New) {
      unseen.push(ref);
      continue;
    }
    const at = Date.parse(card.due);
    if (at <= now.getTime()) due.push({ ref, at });
    else if (nextDue === null || at < nextDue) nextDue = at;
  }
  due.sort((a, b) => a.at - b.at);
  const allowance = Math.max(0, progress.settings.newPerDay - newCardsToday(progress, now));
  const fresh = unseen.slice(0, allowance);
  return {
    queue: [...due.map((d) => d.ref), ...fresh],
    due: due.length,
    fresh: fresh.length,
    heldBack: unseen.length - fresh.length,
    nextDue: due.length === 0 && fresh.length === 0 && nextDue !== null ? new Date(nextDue).toISOString() : null,
  };
}
