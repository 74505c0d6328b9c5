import { describe, expect, it } from 'vitest';
import { describeInterval, formatInterval } from '../../../src/lib/study/format-interval';

describe('interval labels', () => {
  it('uses minutes, hours and days like Anki, and months and years with one decimal', () => {
    const cases: [number, string, string][] = [
      [0, '1m', '1 minute'],
      [60_000, '1m', '1 minute'],
      [10 * 60_000, '10m', '10 minutes'],
      [5 * 3600_000, '5h', '5 hours'],
      [8 * 86400_000, '8d', '8 days'],
      [45 * 86400_000, '1.5mo', '1.5 months'],
      [730 * 86400_000, '2y', '2 years'],
    ];
    for (const [ms, short, long] of cases) {
      expect(formatInterval(ms)).toBe(short);
      expect(describeInterval(ms)).toBe(long);
    }
  });
});
