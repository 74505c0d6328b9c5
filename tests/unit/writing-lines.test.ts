import { describe, expect, it } from 'vitest';
import { MAX_WRITING_LINES, MIN_WRITING_LINES, writingLines } from '../../src/lib/print/writing-lines';

describe('space to write on the worksheet', () => {
  it('leaves the minimum for an empty or one-line answer', () => {
    expect(writingLines('')).toBe(MIN_WRITING_LINES);
    expect(writingLines('```bash\nkubectl get ns\n```')).toBe(MIN_WRITING_LINES);
  });

  it('grows with the answer, counting neither fences, tags nor blank lines', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `kubectl get pod p${i}`).join('\n');
    expect(writingLines(`<p>\n\n\`\`\`bash\n${lines}\n\`\`\`\n\n</p>`)).toBe(5);
  });

  it('never leaves more than the maximum', () => {
    expect(writingLines('line\n'.repeat(200))).toBe(MAX_WRITING_LINES);
  });
});
