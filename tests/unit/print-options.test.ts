import { describe, expect, it } from 'vitest';
import { parsePrintOptions, printOptionsSearch } from '../../src/lib/print/print-options';

describe('print options in the query string', () => {
  it('shows answers by default and for unknown values', () => {
    expect(parsePrintOptions('')).toEqual({ answers: 'show', only: 'all' });
    expect(parsePrintOptions('?answers=maybe')).toEqual({ answers: 'show', only: 'all' });
  });

  it('reads the questions-only worksheet', () => {
    expect(parsePrintOptions('?answers=hide')).toEqual({ answers: 'hide', only: 'all' });
    expect(parsePrintOptions('answers=hide&x=1')).toEqual({ answers: 'hide', only: 'all' });
  });

  it('writes only what differs from the default and keeps other parameters', () => {
    expect(printOptionsSearch({ answers: 'show', only: 'all' })).toBe('');
    expect(printOptionsSearch({ answers: 'hide', only: 'all' })).toBe('?answers=hide');
    expect(printOptionsSearch({ answers: 'show', only: 'all' }, '?answers=hide&utm=mail')).toBe('?utm=mail');
    expect(printOptionsSearch({ answers: 'hide', only: 'all' }, '?utm=mail')).toBe('?utm=mail&answers=hide');
  });

  it('reads and writes the "not mastered yet" filter', () => {
    expect(parsePrintOptions('?only=unmastered')).toEqual({ answers: 'show', only: 'unmastered' });
    expect(parsePrintOptions('?only=everything')).toEqual({ answers: 'show', only: 'all' });
    expect(printOptionsSearch({ answers: 'hide', only: 'unmastered' })).toBe('?answers=hide&only=unmastered');
    expect(printOptionsSearch({ answers: 'show', only: 'all' }, '?only=unmastered')).toBe('');
  });

  it('round-trips', () => {
    for (const answers of ['show', 'hide'] as const) {
      for (const only of ['all', 'unmastered'] as const) {
        expect(parsePrintOptions(printOptionsSearch({ answers, only }))).toEqual({ answers, only });
      }
    }
  });
});
