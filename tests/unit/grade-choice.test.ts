import { describe, expect, it } from 'vitest';
import { choiceMark, gradeChoice, gradeForPick } from '../../src/lib/study/grade-choice';

describe('grading a multiple-choice pick', () => {
  it('is right only with exactly the right options, in any order', () => {
    expect(gradeChoice(['D', 'B'], ['B', 'D'])).toEqual({ right: true, message: 'Right.' });
    expect(gradeChoice(['B'], ['B', 'D'])).toEqual({ right: false, message: 'Not quite: the answers are B and D.' });
    expect(gradeChoice(['A', 'B', 'D'], ['B', 'D']).right).toBe(false);
    expect(gradeChoice(['C'], ['B'])).toEqual({ right: false, message: 'Not quite: the answer is B.' });
  });

  it('asks for a pick when none was made', () => {
    expect(gradeChoice([], ['A'])).toEqual({ right: false, message: 'Pick an option first; the answer is A.' });
  });

  it('marks every right option, the wrong picks, and leaves the rest unmarked', () => {
    const picked = ['A', 'B'];
    const correct = ['B', 'D'];
    expect(['A', 'B', 'C', 'D'].map((key) => choiceMark(key, picked, correct))).toEqual(['wrong', 'right', '', 'right']);
  });

  it('turns a right pick into the flashcard grade Good and a wrong one into Again', () => {
    expect(gradeForPick(true)).toBe(3);
    expect(gradeForPick(false)).toBe(1);
  });
});
