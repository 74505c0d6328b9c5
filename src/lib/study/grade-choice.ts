/** Grading a multiple-choice pick against the letters the answer names (browser-safe). */

export interface ChoiceGrade {
  right: boolean;
  /** What the reader is told, e.g. "Right." or "Not quite: the answer is B and D." */
  message: string;
}

function listed(keys: readonly string[]): string {
  return keys.length < 2 ? (keys[0] ?? '') : `${keys.slice(0, -1).join(', ')} and ${keys.at(-1)}`;
}

export function gradeChoice(picked: readonly string[], correct: readonly string[]): ChoiceGrade {
  const right = picked.length === correct.length && correct.every((key) => picked.includes(key));
  if (right) return { right, message: 'Right.' };
  const answer = correct.length > 1 ? `the answers are ${listed(correct)}` : `the answer is ${listed(correct)}`;
  return { right, message: picked.length === 0 ? `Pick an option first; ${answer}.` : `Not quite: ${answer}.` };
}

export type ChoiceMark = 'right' | 'wrong' | '';

/** After a check: every right option is marked right, a wrong pick wrong, the rest nothing. */
export function choiceMark(key: string, picked: readonly string[], correct: readonly string[]): ChoiceMark {
  if (correct.includes(key)) return 'right';
  return picked.includes(key) ? 'wrong' : '';
}

/** The flashcard grade a pick earns: Good when right, Again when not (FSRS grades 3 and 1). */
export function gradeForPick(right: boolean): 1 | 3 {
  return right ? 3 : 1;
}
