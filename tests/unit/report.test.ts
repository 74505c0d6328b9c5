import { describe, expect, it } from 'vitest';
import { formatDiagnostics, formatSummary } from '../../src/lib/build/report';

const diagnostic = {
  file: 'f.monitoring.md',
  line: 12,
  column: 1,
  severity: 'warning' as const,
  message: 'the answer is empty',
  ruleId: 'empty-answer',
};

describe('build report', () => {
  it('prints diagnostics as path:line:col relative to the working directory', () => {
    expect(formatDiagnostics([diagnostic], '/repo/content', '/repo')).toEqual([
      'content/f.monitoring.md:12:1: warning: the answer is empty [empty-answer]',
    ]);
  });

  it('prints an absolute path for content outside the working directory', () => {
    expect(formatDiagnostics([diagnostic], '/elsewhere/exercises', '/repo')[0]).toMatch(
      /^\/elsewhere\/exercises\/f\.monitoring\.md:12:1: warning:/,
    );
  });

  it('summarises the counts in one line', () => {
    expect(formatSummary({ domains: 1, questions: 13, answered: 9, placeholders: 4, warnings: 8, errors: 0 })).toBe(
      '1 domain, 13 questions, 9 answered, 4 placeholders, 8 warnings, 0 errors',
    );
  });
});
