/**
 * The study progress as it is stored in localStorage and exported to a JSON file.
 * Plain data with a format marker and a schema version, so a file from another tool or a
 * future version of the site is recognised and refused instead of half-read.
 */

import { parseLog, type ReviewEntry } from './review-log';

export const PROGRESS_FORMAT = 'cks-study-progress';
/** Version 2 added the review log and the exam date; version 1 files are upgraded on reading. */
export const PROGRESS_VERSION = 2;
export const DEFAULT_NEW_PER_DAY = 20;
export const MAX_NEW_PER_DAY = 9999;

/** Card states, numbered as ts-fsrs numbers them (a unit test keeps the two in step). */
export const CardState = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type CardStateValue = (typeof CardState)[keyof typeof CardState];

/** One question's schedule: the FSRS memory state in our own field names, dates as ISO strings. */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateValue;
  lastReview: string | null;
}

export interface Progress {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  /** Domain slug -> question anchor -> card. Questions never graded have no entry. */
  cards: Record<string, Record<string, StoredCard>>;
  settings: {
    /** How many never-seen questions a flashcard session introduces per day. */
    newPerDay: number;
    /** The reader's exam day (local date, YYYY-MM-DD), or null when none is set. */
    examDate: string | null;
  };
  /** New cards introduced on `day` (local date, YYYY-MM-DD), for the daily limit. */
  today: { day: string; newCards: number };
  /** Every grade given, oldest first (review-log.ts). */
  log: ReviewEntry[];
}

export function emptyProgress(): Progress {
  return {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    cards: {},
    settings: { newPerDay: DEFAULT_NEW_PER_DAY, examDate: null },
    today: { day: '', newCards: 0 },
    log: [],
  };
}

export type ParseResult = { ok: true; progress: Progress } | { ok: false; error: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const describe = (value: unknown): string => {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** Why a stored card is unusable, or undefined when it is fine. */
function cardProblem(card: unknown): string | undefined {
  if (!isRecord(card)) return `is not an object (found ${describe(card)})`;
  const checks: [keyof StoredCard, (v: unknown) => boolean, string][] = [
    ['due', isDate, 'a date'],
    ['stability', isFiniteNumber, 'a number'],
    ['difficulty', isFiniteNumber, 'a number'],
    ['scheduledDays', isCount, 'a whole number ≥ 0'],
    ['learningSteps', isCount, 'a whole number ≥ 0'],
    ['reps', isCount, 'a whole number ≥ 0'],
    ['lapses', isCount, 'a whole number ≥ 0'],
    ['state', (v) => v === 0 || v === 1 || v === 2 || v === 3, 'one of 0, 1, 2, 3'],
    ['lastReview', (v) => v === null || isDate(v), 'a date or null'],
  ];
  for (const [field, valid, expected] of checks) {
    if (!valid(card[field])) return `has "${field}" ${describe(card[field])}, expected ${expected}`;
  }
  return undefined;
}

/** A local calendar date as the date input gives it. */
export const isDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

function validateCards(cards: unknown): Checked<Progress['cards']> {
  if (!isRecord(cards)) return { ok: false, error: `"cards" must be an object of domains (found ${describe(cards)}).` };
  const clean: Progress['cards'] = {};
  for (const [domain, questions] of Object.entries(cards)) {
    if (!isRecord(questions))
      return { ok: false, error: `Domain "${domain}" must be an object of questions (found ${describe(questions)}).` };
    clean[domain] = {};
    for (const [anchor, card] of Object.entries(questions)) {
      const problem = cardProblem(card);
      if (problem) return { ok: false, error: `Question "${domain}#${anchor}" ${problem}.` };
      const c = card as unknown as StoredCard;
      clean[domain][anchor] = {
        due: c.due,
        stability: c.stability,
        difficulty: c.difficulty,
        scheduledDays: c.scheduledDays,
        learningSteps: c.learningSteps,
        reps: c.reps,
        lapses: c.lapses,
        state: c.state,
        lastReview: c.lastReview,
      };
    }
  }
  return { ok: true, value: clean };
}

function validateSettings(settings: unknown): Checked<Progress['settings']> {
  if (!isRecord(settings) || !isCount(settings['newPerDay']) || (settings['newPerDay'] as number) > MAX_NEW_PER_DAY) {
    return { ok: false, error: `"settings.newPerDay" must be a whole number from 0 to ${MAX_NEW_PER_DAY}.` };
  }
  const examDate = settings['examDate'];
  if (examDate !== null && !isDay(examDate)) return { ok: false, error: `"settings.examDate" must be a date (YYYY-MM-DD) or null.` };
  return { ok: true, value: { newPerDay: settings['newPerDay'] as number, examDate } };
}

function validateV2(data: Record<string, unknown>): ParseResult {
  const cards = validateCards(data['cards']);
  if (!cards.ok) return cards;
  const settings = validateSettings(data['settings']);
  if (!settings.ok) return settings;
  const today = data['today'];
  if (!isRecord(today) || typeof today['day'] !== 'string' || !isCount(today['newCards'])) {
    return { ok: false, error: `"today" must be { "day": "YYYY-MM-DD", "newCards": <count> }.` };
  }
  const log = parseLog(data['log']);
  if (!log.ok) return log;
  return {
    ok: true,
    progress: {
      format: PROGRESS_FORMAT,
      version: PROGRESS_VERSION,
      cards: cards.value,
      settings: settings.value,
      today: { day: today['day'], newCards: today['newCards'] as number },
      log: log.log,
    },
  };
}

/** Version 1 had neither the review log nor the exam date: it starts with an empty log and no date. */
function upgradeV1(data: Record<string, unknown>): Record<string, unknown> {
  const settings = isRecord(data['settings']) ? { ...data['settings'], examDate: null } : data['settings'];
  return { ...data, version: 2, settings, log: [] };
}

/**
 * Check and upgrade stored or imported data. Every older schema version gets a step here
 * that turns it into the next one, so exports of every earlier version stay readable.
 */
export function parseProgress(data: unknown): ParseResult {
  if (!isRecord(data) || data['format'] !== PROGRESS_FORMAT) {
    return { ok: false, error: `This is not a CKS Study progress file (expected "format": "${PROGRESS_FORMAT}").` };
  }
  const version = data['version'];
  if (!Number.isInteger(version) || (version as number) < 1) {
    return { ok: false, error: `The progress file has no valid schema version (found ${describe(version)}).` };
  }
  if ((version as number) > PROGRESS_VERSION) {
    return {
      ok: false,
      error: `The progress file was made by a newer version of the site (schema version ${version as number}; this site reads version ${PROGRESS_VERSION}). Update the site, or export again from it.`,
    };
  }
  return validateV2(version === 1 ? upgradeV1(data) : data);
}

/** Parse the text of an imported file: JSON first, then the schema. */
export function parseProgressFile(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON (${(error as Error).message}).` };
  }
  return parseProgress(data);
}

export function serializeProgress(progress: Progress): string {
  return `${JSON.stringify(progress, null, 2)}\n`;
}
