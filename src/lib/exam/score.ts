/**
 * The score of a graded exam: "done" earns a task's points, "partly" half of them, "not"
 * (and a task left ungraded) none; per domain and in all, against the pass mark.
 */
import type { ExamState, SelfGrade } from './exam-state';

const EARNED: Record<SelfGrade, number> = { done: 1, partly: 0.5, not: 0 };

export interface DomainScore {
  domain: string;
  tasks: number;
  earned: number;
  possible: number;
  percent: number;
}

export interface ExamScore {
  earned: number;
  possible: number;
  percent: number;
  passed: boolean;
  passMark: number;
  usedMs: number;
  domains: DomainScore[];
}

const percentOf = (earned: number, possible: number) => (possible === 0 ? 0 : Math.round((earned / possible) * 1000) / 10);

/** `passMark` in percent: the site's setting (cks-study.json `passMark`). */
export function scoreExam(exam: ExamState, passMark: number): ExamScore {
  const domains = new Map<string, DomainScore>();
  for (const task of exam.tasks) {
    const row = domains.get(task.domain) ?? { domain: task.domain, tasks: 0, earned: 0, possible: 0, percent: 0 };
    row.tasks++;
    row.possible += task.points;
    row.earned += task.points * (task.grade === null ? 0 : EARNED[task.grade]);
    domains.set(task.domain, row);
  }
  const rows = [...domains.values()].map((row) => ({ ...row, percent: percentOf(row.earned, row.possible) }));
  const earned = rows.reduce((sum, r) => sum + r.earned, 0);
  const possible = rows.reduce((sum, r) => sum + r.possible, 0);
  const percent = percentOf(earned, possible);
  const usedMs = (exam.finishedAt ?? exam.endsAt) - exam.startedAt;
  return { earned, possible, percent, passed: percent >= passMark, passMark, usedMs, domains: rows };
}

/** One finished attempt, as the history on /exam/ keeps it. */
export interface ExamAttempt {
  finishedAt: number;
  percent: number;
  passed: boolean;
  usedMs: number;
  tasks: string[];
}

/** How the last attempt compares with the one before, in percentage points ("+8", "-3", "±0"). */
export function trend(history: readonly ExamAttempt[]): string | null {
  if (history.length < 2) return null;
  const delta = Math.round((history.at(-1)!.percent - history.at(-2)!.percent) * 10) / 10;
  return delta > 0 ? `+${delta}` : delta < 0 ? `${delta}` : '±0';
}

/**
 * What an exam task's self-grade does to its flashcard: not done becomes due again (FSRS
 * Again), partly a hard review, done a good one.
 */
export const REVIEW_GRADE: Record<SelfGrade, 1 | 2 | 3> = { not: 1, partly: 2, done: 3 };
