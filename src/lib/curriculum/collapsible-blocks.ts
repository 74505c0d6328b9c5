/**
 * MkDocs Material's collapsible blocks (pymdownx.details), which some exercise repositories
 * use instead of `<details>`: a `???` line (`???+` opens it by default) with an optional type
 * and a quoted title, then a body indented four spaces deeper.
 *
 *   ??? "Answer - Imperative"          ->  an answer block with the summary "Answer - Imperative"
 *       ```bash                             and the body, dedented, as its markdown
 *       kubectl expose deploy web --port=80
 *       ```
 *
 * `!!!` admonitions are always open: they are ordinary content, not answers.
 */
import type { AnswerBlock } from './answer-blocks';
import type { LineCursor } from './cursor';
import { indentWidth, isBlank, type SourceLine } from './line-syntax';

const OPENER = /^([ \t]*)\?\?\?\+?[ \t]*(?:([\w-]+)[ \t]*)?(?:"([^"]*)"|'([^']*)')?[ \t]*$/;

/** The collapsible that `line` opens, read through its body; null when `line` opens none. */
export function readCollapsible(cursor: LineCursor, line: SourceLine): AnswerBlock | null {
  const opener = line.glued ? null : OPENER.exec(line.text);
  if (!opener) return null;
  const indent = indentWidth(opener[1] ?? '');
  const title = opener[3] ?? opener[4];
  // With no title MkDocs shows the type, capitalised ("??? note" -> "Note").
  const type = opener[2] ?? '';
  const summary = title ?? (type ? type[0]?.toUpperCase() + type.slice(1) : '');
  const body: SourceLine[] = [];
  for (let next = cursor.peek(); next && (isBlank(next.text) || indentWidth(next.text) >= indent + 4); next = cursor.peek()) {
    body.push(next);
    cursor.next();
  }
  while (body.length > 0 && isBlank(body.at(-1)?.text ?? '')) body.pop();
  const last = body.at(-1) ?? line;
  // Leading blank lines are dropped, as MkDocs does.
  while (body.length > 0 && isBlank(body[0]?.text ?? '')) body.shift();
  const kept = body.map((l) => dropColumns(l.text, indent + 4));
  return {
    line: line.line,
    col: line.col + (opener[1] ?? '').length,
    summary,
    markdown: kept.join('\n'),
    positions: body.map((l, i) => ({ line: l.line, column: l.col + l.text.length - (kept[i] ?? '').length })),
    closed: true,
    headings: [],
    raw: cursor.slice(line.line, line.col, last.line, Infinity),
  };
}

/** The text after its first `width` columns of indentation (tabs count to the next multiple of 4). */
function dropColumns(text: string, width: number): string {
  let columns = 0;
  let i = 0;
  while (i < text.length && columns < width && (text[i] === ' ' || text[i] === '\t')) {
    columns += text[i] === '\t' ? 4 - (columns % 4) : 1;
    i += 1;
  }
  return text.slice(i);
}
