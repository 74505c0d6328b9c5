import { describe, expect, it } from 'vitest';
import { readChoices, readCorrect, readPick } from '../../src/lib/curriculum/multiple-choice';

describe('multiple-choice questions', () => {
  it('reads the right letters however the answer says them', () => {
    const keys = ['A', 'B', 'C', 'D'];
    expect(readCorrect('Correct answer: D', keys)).toEqual(['D']);
    expect(readCorrect('## ✅ Correct Answer: B\n\nBecause...', keys)).toEqual(['B']);
    expect(readCorrect('Answer: B, D.', keys)).toEqual(['B', 'D']);
    expect(readCorrect('**C**', keys)).toEqual(['C']);
  });

  it('finds no letter in prose that only looks like one', () => {
    expect(readCorrect('The answer is a Deployment.', ['A', 'B'])).toEqual([]);
    expect(readCorrect('The answer is A Deployment', ['A', 'B'])).toEqual([]);
    expect(readCorrect('Answer: E', ['A', 'B'])).toEqual([]);
  });

  it('takes the number of picks from "(Choose TWO)", else from the right answers', () => {
    expect(readPick('Which are namespaced? (Choose TWO)', ['B'])).toBe(2);
    expect(readPick('Which are namespaced? (select 3 answers)', ['B'])).toBe(3);
    expect(readPick('Which is namespaced?', ['B', 'D'])).toBe(2);
  });

  it('needs lettered options in order and an answer that names one of them', () => {
    expect(readChoices('Q', '- A. one\n- B. two', 'Answer: B')).toEqual({
      choices: {
        options: [
          { key: 'A', markdown: 'one' },
          { key: 'B', markdown: 'two' },
        ],
        correct: ['B'],
        pick: 1,
      },
      prompt: '',
    });
    expect(readChoices('Q', '- B. one\n- C. two', 'Answer: B')).toBeNull();
    expect(readChoices('Q', '- A. one\n- B. two', 'Either works.')).toBeNull();
  });
});
