/**
 * The study progress as it is stored in localStorage and exported to a JSON file.
 * Plain data with a format marker and a schema version, so a file from another tool or a
 * future version of the site is recognised and refused instead of half-read.
 */

export const PROGRESS_FORMAT = 'cks-study-progress';
export const PROGRESS_VERSION = 1;
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
  };
  /** New cards introduced on `day` (local date, YYYY-MM-DD), for the daily limit. */
  today: { day: string; newCards: number };
}

export function emptyProgress(): Progress {
  return {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    cards: {},
    settings: { newPerDay: DEFAULT_NEW_PER_DAY },
    today: { day: '', newCards: 0 },
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

function validateV1(data: Record<string, unknown>): ParseResult {
  const { cards, settings, today } = data;
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
  if (!isRecord(settings) || !isCount(settings['newPerDay']) || (settings['newPerDay'] as number) > MAX_NEW_PER_DAY) {
    return { ok: false, error: `"settings.newPerDay" must be a whole number from 0 to ${MAX_NEW_PER_DAY}.` };
  }
  if (!isRecord(today) || typeof today['day'] !== 'string' || !isCount(today['newCards'])) {
    return { ok: false, error: `"today" must be { "day": "YYYY-MM-DD", "newCards": <count> }.` };
  }
  return {
    ok: true,
    progress: {
      format: PROGRESS_FORMAT,
      version: PROGRESS_VERSION,
      cards: clean,
      settings: { newPerDay: settings['newPerDay'] as number },
      today: { day: today['day'], newCards: today['newCards'] as number },
    },
  };
}

/**
 * Check and upgrade stored or imported data. Every older schema version gets a step here
 * that turns it into the next one; version 1 is the first, so there is none yet.
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
  return validateV1(data);
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
