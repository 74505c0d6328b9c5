import type { SourceLine } from './line-syntax';

/**
 * Reads the body line by line. The answer-block reader needs to look ahead (is this fence
 * closed later?) and to step back (an unclosed `<details>` ends before a heading it passed).
 */
export class LineCursor {
  index = 0;

  constructor(readonly lines: readonly SourceLine[]) {}

  next(): SourceLine | undefined {
    const line = this.lines[this.index];
    if (line) this.index += 1;
    return line;
  }

  /** The line `offset` lines after the next one, without consuming anything. */
  peek(offset = 0): SourceLine | undefined {
    return this.lines[this.index + offset];
  }

  /** Original text from (line, col) up to, not including, (endLine, endCol); 1-based. */
  slice(line: number, col: number, endLine: number, endCol: number): string {
    const first = this.lines[0]?.line ?? 1;
    const parts: string[] = [];
    for (let n = line; n <= endLine; n += 1) {
      const text = this.lines[n - first]?.text ?? '';
      const from = n === line ? col - 1 : 0;
      const to = n === endLine ? endCol - 1 : text.length;
      parts.push(text.slice(from, to));
    }
    return parts.join('\n');
  }
}
