/**
 * The head of an answer block: `<summary>…</summary>` and the wrapper `<p>` that follow
 * `<details>`, on the tag's line or on the next ones, possibly after blank lines.
 */
import type { BlockDiagnostic } from './types';
import type { LineCursor } from './cursor';
import { hasClosingDetails, isBlank, matchHeading, type SourceLine } from './line-syntax';

const SUMMARY_OPEN = /^<summary(?:\s[^>]*)?>/i;
const SUMMARY_CLOSE = /<\/summary\s*>/i;

/**
 * Length of a wrapper `<p>` at the start of `text`, or 0. A `<p>` closed on the same line is
 * the author's paragraph, not the wrapper, unless `</details>` follows right after it.
 */
function wrapperP(text: string): number {
  const m = /^<p(?:\s[^>]*)?>/i.exec(text);
  if (!m) return 0;
  const after = text.slice(m[0].length);
  const close = /<\/p\s*>/i.exec(after);
  if (!close) return m[0].length;
  return /^\s*<\/details\s*>/i.test(after.slice(close.index + close[0].length)) ? m[0].length : 0;
}

export interface Header {
  summary: string;
  wrapper: boolean;
  fragment: SourceLine | null;
}

/**
 * A summary over several lines, from `first` (its text after `<summary>`) to the line that
 * closes it, which the cursor consumes. It may not run past a blank line, a heading or
 * `</details>`: then nothing is consumed and the result is undefined.
 */
function readSummaryLines(cursor: LineCursor, first: string): { summary: string; line: SourceLine; pos: number } | undefined {
  const parts = [first];
  for (let k = 0; ; k += 1) {
    const next = cursor.peek(k);
    const close = next ? SUMMARY_CLOSE.exec(next.text) : null;
    if (next && close) {
      for (let i = 0; i <= k; i += 1) cursor.next();
      parts.push(next.text.slice(0, close.index));
      return { summary: parts.join(' '), line: next, pos: close.index + close[0].length };
    }
    if (!next || isBlank(next.text) || hasClosingDetails(next.text) || matchHeading(next.text)) return undefined;
    parts.push(next.text);
  }
}

/** Consumes `<summary>…</summary>` and the wrapper `<p>`, on the tag's line or the next ones. */
export function readHeader(cursor: LineCursor, first: SourceLine, from: number, diags: BlockDiagnostic[]): Header {
  let line = first;
  let pos = from;
  let summary = '';
  let sawSummary = false;
  let wrapper = false;
  for (;;) {
    const rest = line.text.slice(pos);
    const trimmed = rest.trimStart();
    pos += rest.length - trimmed.length;
    if (trimmed === '') {
      let k = 0;
      while (cursor.peek(k) && isBlank(cursor.peek(k)?.text ?? '')) k += 1;
      const next = cursor.peek(k);
      const t = next?.text.trimStart() ?? '';
      if (!next || !((!sawSummary && SUMMARY_OPEN.test(t)) || (!wrapper && wrapperP(t) > 0))) {
        return { summary, wrapper, fragment: null };
      }
      for (let i = 0; i <= k; i += 1) cursor.next();
      line = next;
      pos = 0;
      continue;
    }
    const open = sawSummary ? null : SUMMARY_OPEN.exec(trimmed);
    if (open) {
      sawSummary = true;
      const openCol = line.col + pos;
      pos += open[0].length;
      const after = line.text.slice(pos);
      const close = SUMMARY_CLOSE.exec(after);
      if (close) {
        summary = after.slice(0, close.index);
        pos += close.index + close[0].length;
        continue;
      }
      const closed = readSummaryLines(cursor, after);
      if (closed) ({ summary, line, pos } = closed);
      else
        diags.push({
          line: line.line,
          column: openCol,
          ruleId: 'unclosed-summary',
          message: '<summary> is never closed; its text is kept as part of the answer',
        });
      continue;
    }
    const p = wrapper ? 0 : wrapperP(trimmed);
    if (p > 0) {
      wrapper = true;
      pos += p;
      continue;
    }
    return { summary, wrapper, fragment: { text: line.text.slice(pos), line: line.line, col: line.col + pos, glued: true } };
  }
}
