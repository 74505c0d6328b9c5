import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress, parseProgressFile, serializeProgress } from '../../../src/lib/study/progress-schema';
import { getCard, type CardRef } from '../../../src/lib/study/progress-records';
import { mergeProgress } from '../../../src/lib/study/progress-merge';
import { appendReview, MAX_LOG_ENTRIES, mergeLogs, parseLog, type ReviewEntry } from '../../../src/lib/study/review-log';
import { createScheduler, recordReview } from '../../../src/lib/study/scheduler';
import { grade, reveal, startSession, undo, type Step } from '../../../src/lib/study/session';

const scheduler = createScheduler({ fuzz: false });
const t0 = new Date('2026-11-10T12:00:00.000Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const ref: CardRef = { domain: 'monitoring', anchor: 'what-is-strace' };

const entry = (minutes: number, card = 'a#q', r: ReviewEntry['r'] = 3): ReviewEntry => ({
  t: at(minutes).toISOString(),
  c: card,
  r,
  b: [0, 0, 0, 0, 0],
  a: [1, 2.3065, 2.1181, 0, 1],
});

describe('review log', () => {
  it('logs each grade with its time, card, rating and the FSRS state before and after', () => {
    let progress = recordReview(scheduler, emptyProgress(), ref, 3, t0);
    progress = recordReview(scheduler, progress, ref, 3, at(10));
    expect(progress.log).toHaveLength(2);
    const [first, second] = progress.log;
    expect(first).toEqual({ t: t0.toISOString(), c: 'monitoring#what-is-strace', r: 3, b: [0, 0, 0, 0, 0], a: expect.any(Array) });
    expect(first!.a[0]).toBe(1); // learning after the first Good
    // What the second review starts from is what the first left, as the card stores it.
    expect(second!.b).toEqual(first!.a);
    const card = getCard(progress, ref)!;
    expect(second!.a).toEqual([card.state, expect.closeTo(card.stability, 4), expect.closeTo(card.difficulty, 4), card.scheduledDays, 0]);
  });

  it('takes a review back with its grade on undo', () => {
    let step: Step = { session: startSession('scheduled', [ref]), progress: emptyProgress() };
    step = grade({ ...step, session: reveal(step.session) }, 4, t0, scheduler);
    expect(step.progress.log).toHaveLength(1);
    expect(undo(step).progress.log).toEqual([]);
  });

  it('keeps only the newest reviews once it reaches its bound', () => {
    let log: ReviewEntry[] = Array.from({ length: MAX_LOG_ENTRIES }, (_, i) => entry(i));
    log = appendReview(log, entry(MAX_LOG_ENTRIES, 'a#newest'));
    expect(log).toHaveLength(MAX_LOG_ENTRIES);
    expect(log[0]!.t).toBe(at(1).toISOString());
    expect(log.at(-1)!.c).toBe('a#newest');
  });

  it('merges two logs into one sorted by time, each review once', () => {
    const mine = [entry(0), entry(5), entry(9, 'a#other')];
    const theirs = [entry(5), entry(2, 'b#q'), entry(9)];
    expect(mergeLogs(mine, theirs).map((e) => `${e.c}@${Date.parse(e.t) - t0.getTime()}`)).toEqual([
      'a#q@0',
      'b#q@120000',
      'a#q@300000',
      'a#other@540000',
      'a#q@540000',
    ]);
  });

  it('rejects a log entry with a broken field, naming it', () => {
    expect(parseLog([entry(0), { ...entry(1), r: 5 }])).toEqual({
      ok: false,
      error: 'Review 2 of the log has a rating "r" other than 1 to 4.',
    });
    expect(parseLog([{ ...entry(0), b: [9, 0, 0, 0, 0] }]).ok).toBe(false);
    expect(parseLog([{ ...entry(0), t: 'yesterday' }]).ok).toBe(false);
    expect(parseLog({}).ok).toBe(false);
  });
});

describe('progress file with a log', () => {
  it('exports the log and reads it back unchanged', () => {
    const progress = recordReview(scheduler, emptyProgress(), ref, 4, t0);
    expect(parseProgressFile(serializeProgress(progress))).toEqual({ ok: true, progress });
  });

  it('reads an export of version 1, which had no log and no exam date', () => {
    const v1 = { format: 'cks-study-progress', version: 1, cards: {}, settings: { newPerDay: 5 }, today: { day: '', newCards: 0 } };
    const result = parseProgress(v1);
    expect(result).toEqual({ ok: true, progress: { ...emptyProgress(), settings: { newPerDay: 5, examDate: null } } });
  });

  it('merges an import with this browser: the later review of each card wins and logs are joined', () => {
    const other: CardRef = { domain: 'monitoring', anchor: 'falco' };
    let here = recordReview(scheduler, emptyProgress(), ref, 1, t0);
    here = recordReview(scheduler, here, ref, 3, at(60));
    const there = recordReview(scheduler, recordReview(scheduler, emptyProgress(), ref, 1, t0), other, 4, at(30));
    const merged = mergeProgress(here, there);
    expect(getCard(merged, ref)).toEqual(getCard(here, ref));
    expect(getCard(merged, other)).toEqual(getCard(there, other));
    expect(merged.log.map((e) => e.c)).toEqual(['monitoring#what-is-strace', 'monitoring#falco', 'monitoring#what-is-strace']);
    // Importing the same file twice changes nothing more.
    expect(mergeProgress(merged, there)).toEqual(merged);
  });

  it('keeps the newer day’s new-card count, and the higher one of the same day', () => {
    const on = (day: string, newCards: number) => ({ ...emptyProgress(), today: { day, newCards } });
    expect(mergeProgress(on('2026-11-10', 5), on('2026-11-09', 9)).today).toEqual({ day: '2026-11-10', newCards: 5 });
    expect(mergeProgress(on('2026-11-09', 9), on('2026-11-10', 5)).today).toEqual({ day: '2026-11-10', newCards: 5 });
    expect(mergeProgress(on('2026-11-10', 5), on('2026-11-10', 8)).today).toEqual({ day: '2026-11-10', newCards: 8 });
  });

  it('keeps this browser’s exam date when the imported file has none', () => {
    const here = { ...emptyProgress(), settings: { newPerDay: 20, examDate: '2027-01-15' } };
    expect(mergeProgress(here, emptyProgress()).settings.examDate).toBe('2027-01-15');
    const dated = { ...emptyProgress(), settings: { newPerDay: 7, examDate: '2027-02-01' } };
    expect(mergeProgress(here, dated).settings).toEqual({ newPerDay: 7, examDate: '2027-02-01' });
  });
});
