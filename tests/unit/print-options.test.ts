import { describe, expect, it } from 'vitest';
import { parsePrintOptions, printOptionsSearch } from '../../src/lib/print/print-options';

describe('print options in the query string', () => {
  it('shows answers by default and for unknown values', () => {
    expect(parsePrintOptions('')).toEqual({ answers: 'show' });
    expect(parsePrintOptions('?answers=maybe')).toEqual({ answers: 'show' });
  });

  it('reads the questions-only worksheet', () => {
    expect(parsePrintOptions('?answers=hide')).toEqual({ answers: 'hide' });
    expect(parsePrintOptions('answers=hide&x=1')).toEqual({ answers: 'hide' });
  });

  it('writes only what differs from the default and keeps other parameters', () => {
    expect(printOptionsSearch({ answers: 'show' })).toBe('');
    expect(printOptionsSearch({ answers: 'hide' })).toBe('?answers=hide');
    expect(printOptionsSearch({ answers: 'show' }, '?answers=hide&utm=mail')).toBe('?utm=mail');
    expect(printOptionsSearch({ answers: 'hide' }, '?utm=mail')).toBe('?utm=mail&answers=hide');
  });

  it('round-trips', () => {
    for (const answers of ['show', 'hide'] as const) {
      expect(parsePrintOptions(printOptionsSearch({ answers }))).toEqual({ answers });
    }
  });
});
