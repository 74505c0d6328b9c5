import { describe, expect, it } from 'vitest';
import { gradeChoice } from '../../src/lib/study/grade-choice';

describe('grading a multiple-choice pick', () => {
  it('is right only with exactly the right options, in any order', () => {
    expect(gradeChoice(['D', 'B'], ['B', 'D'])).toEqual({ right: true, message: 'Right.' });
    expect(gradeChoice(['B'], ['B', 'D'])).toEqual({ right: false, message: 'Not quite: the answers are B and D.' });
    expect(gradeChoice(['A', 'B', 'D'], ['B', 'D']).right).toBe(false);
    expect(gradeChoice(['C'], ['B'])).toEqual({ right: false, message: 'Not quite: the answer is B.' });
  });
});
