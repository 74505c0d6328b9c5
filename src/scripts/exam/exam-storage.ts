/**
 * The exam in progress and the history of attempts, in localStorage beside the study
 * progress (one key each per site base). An exam that cannot be stored still runs; it is
 * only lost with the tab, and the page says so.
 */
import { parseExam, type ExamState } from '../../lib/exam/exam-state';
import type { ExamAttempt } from '../../lib/exam/score';

const BASE = import.meta.env.BASE_URL;
const suffix = BASE === '/' ? '' : `:${BASE}`;
const EXAM_KEY = `cks-study:exam${suffix}`;
const HISTORY_KEY = `cks-study:exam-history${suffix}`;
/** Enough for a trend; older attempts drop off. */
const HISTORY_LIMIT = 50;

function read(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): string | undefined {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
    return undefined;
  } catch (error) {
    return `This browser refused to store the exam (${(error as Error).message || 'storage is full or disabled'}): it is lost if the tab closes.`;
  }
}

export const loadExam = (): ExamState | null => parseExam(read(EXAM_KEY));
export const saveExam = (exam: ExamState | null): string | undefined => write(EXAM_KEY, exam);

export function loadHistory(): ExamAttempt[] {
  const value = read(HISTORY_KEY);
  if (!Array.isArray(value)) return [];
  return value.filter(
    (a): a is ExamAttempt => typeof a?.percent === 'number' && typeof a.finishedAt === 'number' && Array.isArray(a.tasks),
  );
}

export function addAttempt(attempt: ExamAttempt): string | undefined {
  return write(HISTORY_KEY, [...loadHistory(), attempt].slice(-HISTORY_LIMIT));
}
