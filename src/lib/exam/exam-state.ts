/**
 * A mock exam in progress, as stored in the browser so it survives a reload or a closed
 * tab: the drawn tasks, the clock (an end time, not a countdown, so time passes while the
 * tab is closed) and what the candidate marked. Pure functions returning new states.
 */
import type { TaskRef } from './draw';

export const EXAM_FORMAT = 'cks-study-exam';

export type TaskStatus = 'open' | 'done' | 'skipped';
export type SelfGrade = 'done' | 'partly' | 'not';

export interface ExamTask extends TaskRef {
  points: number;
  status: TaskStatus;
  flagged: boolean;
  /** The candidate's grade against the reference answer, given after the exam. */
  grade: SelfGrade | null;
}

export interface ExamState {
  format: typeof EXAM_FORMAT;
  seed: number;
  startedAt: number;
  endsAt: number;
  /** When the exam ended (Finish or time up); null while it runs. */
  finishedAt: number | null;
  /** When the self-grades were scored and saved to study progress. */
  scoredAt: number | null;
  current: number;
  tasks: ExamTask[];
}

export function startExam(tasks: readonly (TaskRef & { points: number })[], seed: number, durationMs: number, now: number): ExamState {
  return {
    format: EXAM_FORMAT,
    seed,
    startedAt: now,
    endsAt: now + durationMs,
    finishedAt: null,
    scoredAt: null,
    current: 0,
    tasks: tasks.map(({ domain, anchor, points }) => ({ domain, anchor, points, status: 'open', flagged: false, grade: null })),
  };
}

/** Time left on the clock; a finished exam's clock stopped when it ended. */
export const timeLeft = (exam: ExamState, now: number): number => Math.max(0, exam.endsAt - (exam.finishedAt ?? now));

/** The exam ends on Finish or when its time is up, whichever comes first. */
export function finishExam(exam: ExamState, now: number): ExamState {
  return exam.finishedAt === null ? { ...exam, finishedAt: Math.min(now, exam.endsAt) } : exam;
}

/** Whether the clock has run out on a running exam (to end it on load or on a tick). */
export const isOverdue = (exam: ExamState, now: number): boolean => exam.finishedAt === null && now >= exam.endsAt;

function withTask(exam: ExamState, index: number, change: Partial<ExamTask>): ExamState {
  if (index < 0 || index >= exam.tasks.length) return exam;
  return { ...exam, tasks: exam.tasks.map((task, i) => (i === index ? { ...task, ...change } : task)) };
}

export const goTo = (exam: ExamState, index: number): ExamState => ({
  ...exam,
  current: Math.min(Math.max(index, 0), exam.tasks.length - 1),
});
export const setStatus = (exam: ExamState, index: number, status: TaskStatus): ExamState => withTask(exam, index, { status });
export const toggleFlag = (exam: ExamState, index: number): ExamState => withTask(exam, index, { flagged: !exam.tasks[index]?.flagged });
export const setGrade = (exam: ExamState, index: number, grade: SelfGrade): ExamState => withTask(exam, index, { grade });

/** Minutes left at which the timer speaks up. */
export const ANNOUNCE_AT_MINUTES = [30, 10, 5] as const;

/** The announcement due when the time left went from `before` to `after` ms, if any. */
export function announcement(before: number, after: number): string | null {
  const crossed = ANNOUNCE_AT_MINUTES.filter((m) => before > m * 60_000 && after <= m * 60_000);
  const minutes = crossed.at(-1);
  return minutes === undefined ? null : `${minutes} minutes left.`;
}

/** `1:05:09` or `4:07`: the clock as the exam shows it. */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** A stored exam, or null when the value is not one (an old format, a foreign key). */
export function parseExam(value: unknown): ExamState | null {
  if (typeof value !== 'object' || value === null) return null;
  const exam = value as Partial<ExamState>;
  if (exam.format !== EXAM_FORMAT || !Array.isArray(exam.tasks) || exam.tasks.length === 0) return null;
  if (typeof exam.startedAt !== 'number' || typeof exam.endsAt !== 'number' || typeof exam.current !== 'number') return null;
  const valid = exam.tasks.every(
    (t) =>
      typeof t?.domain === 'string' &&
      typeof t.anchor === 'string' &&
      typeof t.points === 'number' &&
      ['open', 'done', 'skipped'].includes(t.status),
  );
  return valid ? (exam as ExamState) : null;
}
