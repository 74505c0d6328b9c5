import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  parseProgress,
  parseProgressFile,
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  serializeProgress,
  type Progress,
  type StoredCard,
} from '../../../src/lib/study/progress-schema';
import { withCard } from '../../../src/lib/study/progress-records';

const card: StoredCard = {
  due: '2026-11-09T10:00:00.000Z',
  stability: 8.2956,
  difficulty: 1,
  scheduledDays: 8,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  lastReview: '2026-11-01T10:00:00.000Z',
};

function sample(): Progress {
  return withCard(emptyProgress(), { domain: 'monitoring', anchor: 'what-is-strace' }, card);
}

describe('progress schema', () => {
  it('writes the format marker and schema version, and reads its own output back unchanged', () => {
    const text = serializeProgress(sample());
    expect(JSON.parse(text)).toMatchObject({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION });
    expect(parseProgressFile(text)).toEqual({ ok: true, progress: sample() });
  });

  it('reads a file that starts with a UTF-8 byte order mark', () => {
    expect(parseProgressFile(`\uFEFF${serializeProgress(sample())}`).ok).toBe(true);
  });

  it('rejects text that is not JSON, saying so', () => {
    const result = parseProgressFile('{"format": "cks-study-progress", "version": 1, "cards": {');
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^The file is not valid JSON \(/) });
  });

  it('rejects JSON from another tool or of another shape', () => {
    for (const foreign of ['[]', 'null', '"text"', '{"deck":"CKS","notes":[]}', '{"format":"anki","version":1}']) {
      const result = parseProgressFile(foreign);
      expect(result).toMatchObject({ ok: false, error: expect.stringContaining('not a CKS Study progress file') });
    }
  });

  it('rejects a file from a newer schema version instead of misreading it', () => {
    const result = parseProgress({ ...sample(), version: PROGRESS_VERSION + 1 });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('newer version of the site') });
  });

  it('rejects a missing or nonsensical version', () => {
    for (const version of [undefined, 0, '1', 1.5]) {
      const result = parseProgress({ ...sample(), version });
      expect(result).toMatchObject({ ok: false, error: expect.stringContaining('no valid schema version') });
    }
  });

  it('names the question and the field of a broken card', () => {
    const broken = { ...sample(), cards: { monitoring: { 'what-is-strace': { ...card, due: 'tomorrow-ish' } } } };
    expect(parseProgress(broken)).toEqual({
      ok: false,
      error: 'Question "monitoring#what-is-strace" has "due" "tomorrow-ish", expected a date.',
    });
    const badState = { ...sample(), cards: { monitoring: { x: { ...card, state: 7 } } } };
    expect(parseProgress(badState)).toMatchObject({ ok: false, error: expect.stringContaining('"state" 7') });
  });

  it('rejects broken settings and daily counters', () => {
    expect(parseProgress({ ...sample(), settings: { newPerDay: -1 } }).ok).toBe(false);
    expect(parseProgress({ ...sample(), today: { day: 3, newCards: 0 } }).ok).toBe(false);
    expect(parseProgress({ ...sample(), cards: [] }).ok).toBe(false);
  });

  it('drops fields it does not know instead of carrying them along', () => {
    const extra = { ...sample(), extra: true, cards: { monitoring: { 'what-is-strace': { ...card, note: 'x' } } } };
    const result = parseProgress(extra);
    expect(result.ok && result.progress).toEqual(sample());
  });
});
