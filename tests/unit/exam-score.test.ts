import { describe, expect, it } from 'vitest';
import {
  announcement,
  finishExam,
  formatClock,
  isOverdue,
  parseExam,
  setGrade,
  startExam,
  timeLeft,
  toggleFlag,
} from '../../src/lib/exam/exam-state';
import { paperPoints, taskPoints } from '../../src/lib/exam/points';
import { scoreExam, trend } from '../../src/lib/exam/score';

const MIN = 60_000;
const tasks = [
  { domain: 'a', anchor: 'one', points: 7 },
  { domain: 'a', anchor: 'two', points: 3 },
  { domain: 'b', anchor: 'three', points: 10 },
];

describe('points in a task heading', () => {
  it.each([
    ['Create a NetworkPolicy [7 pts]', 7],
    ['Fix the kubelet (4%)', 4],
    ['Audit logging - 6 pts', 6],
    ['Seccomp (2 points)', 2],
    ['Run strace on pid 1', null],
    ['Scale to 3 replicas', null],
  ])('%s gives %s', (title, points) => expect(taskPoints(title)).toBe(points));

  it('gives tasks without points the average of the others, or 1 each when none has any', () => {
    expect(paperPoints(['a [6 pts]', 'b', 'c [2 pts]'])).toEqual([6, 4, 2]);
    expect(paperPoints(['a', 'b'])).toEqual([1, 1]);
  });
});

describe('an exam in progress', () => {
  it('keeps its end time, so time passes while the tab is closed, and stops the clock at Finish', () => {
    const exam = startExam(tasks, 1, 120 * MIN, 0);
    expect(timeLeft(exam, 30 * MIN)).toBe(90 * MIN);
    expect(isOverdue(exam, 120 * MIN)).toBe(true);
    const done = finishExam(exam, 45 * MIN);
    expect(timeLeft(done, 100 * MIN)).toBe(75 * MIN);
    expect(finishExam(exam, 500 * MIN).finishedAt).toBe(120 * MIN);
  });

  it('announces 30, 10 and 5 minutes left once each, as the clock passes them', () => {
    expect(announcement(30 * MIN + 500, 30 * MIN - 500)).toBe('30 minutes left.');
    expect(announcement(29 * MIN, 28 * MIN)).toBeNull();
    expect(announcement(5 * MIN + 1, 5 * MIN)).toBe('5 minutes left.');
  });

  it('shows the clock as h:mm:ss, or m:ss under an hour', () => {
    expect(formatClock(120 * MIN)).toBe('2:00:00');
    expect(formatClock(4 * MIN + 7_000)).toBe('4:07');
    expect(formatClock(400)).toBe('0:01');
  });

  it('reads back what it stored and refuses anything else', () => {
    const exam = toggleFlag(startExam(tasks, 1, MIN, 0), 1);
    expect(parseExam(JSON.parse(JSON.stringify(exam)))).toEqual(exam);
    expect(parseExam({ format: 'other' })).toBeNull();
    expect(parseExam({ ...exam, tasks: [{ domain: 'a' }] })).toBeNull();
  });
});

describe('the score', () => {
  it('counts done fully, partly half and not (or ungraded) as nothing, per domain and against the pass mark', () => {
    let exam = finishExam(startExam(tasks, 1, 120 * MIN, 0), 50 * MIN);
    exam = setGrade(setGrade(exam, 0, 'done'), 1, 'partly');
    const score = scoreExam(exam, 67);
    expect(score).toMatchObject({ earned: 8.5, possible: 20, percent: 42.5, passed: false, passMark: 67, usedMs: 50 * MIN });
    expect(score.domains).toEqual([
      { domain: 'a', tasks: 2, earned: 8.5, possible: 10, percent: 85 },
      { domain: 'b', tasks: 1, earned: 0, possible: 10, percent: 0 },
    ]);
    expect(scoreExam(setGrade(exam, 2, 'done'), 67)).toMatchObject({ percent: 92.5, passed: true });
  });

  it('says how the last attempt compares with the one before', () => {
    const attempt = (percent: number) => ({ finishedAt: 0, percent, passed: false, usedMs: 0, tasks: [] });
    expect(trend([attempt(50)])).toBeNull();
    expect(trend([attempt(50), attempt(62.5)])).toBe('+12.5');
    expect(trend([attempt(70), attempt(64)])).toBe('-6');
  });
});
