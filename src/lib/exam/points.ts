/**
 * Points an author gives a task in its heading, as exam-style repositories write them:
 * `[7 pts]`, `(7 points)`, `(4%)`, `- 4 pts` at the end. Null when none is given (the task
 * then weighs as much as the paper's average).
 */
const PATTERNS = [/[[(]\s*(\d+(?:\.\d+)?)\s*(?:pts?|points?|%)\s*[\])]/i, /\s[-–—]\s*(\d+(?:\.\d+)?)\s*(?:pts?|points?|%)\s*$/i];

export function taskPoints(title: string): number | null {
  for (const pattern of PATTERNS) {
    const match = pattern.exec(title);
    if (match) {
      const value = Number(match[1]);
      if (value > 0) return value;
    }
  }
  return null;
}

/** Points of each task: the author's where given, the average of the given ones (or 1) elsewhere. */
export function paperPoints(titles: readonly string[]): number[] {
  const given = titles.map(taskPoints);
  const known = given.filter((p): p is number => p !== null);
  const fallback = known.length === 0 ? 1 : known.reduce((a, b) => a + b, 0) / known.length;
  return given.map((p) => p ?? fallback);
}
