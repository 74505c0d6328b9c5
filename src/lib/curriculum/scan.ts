/**
 * The top-level line scanner: splits the body into headings, answer blocks and plain
 * lines, skipping what is inside fences and HTML comments, where `#` and `<details>` are text.
 */
import { readAnswerBlock, type AnswerBlock } from './answer-blocks';
import { readCollapsible } from './collapsible-blocks';
import { LineCursor } from './cursor';
import type { Reporter } from './diagnostics';
import {
  findDetailsTags,
  hasClosingDetails,
  isBlank,
  isFenceClose,
  leadingWhitespace,
  matchFenceOpen,
  matchHeading,
  type Fence,
  type SourceLine,
} from './line-syntax';

export interface HeadingItem {
  kind: 'heading';
  level: number;
  markdown: string;
  line: number;
  col: number;
  /** Set on a heading the parser wrote for a question named by a list item, a bold line or a summary (own-questions.ts). */
  synthetic?: 'lead' | 'summary';
}

export interface TextItem {
  kind: 'text';
  text: string;
  line: number;
}

export interface BlockItem {
  kind: 'block';
  block: AnswerBlock;
}

export type Item = HeadingItem | TextItem | BlockItem;

export function scanLines(lines: readonly SourceLine[], reporter: Reporter): Item[] {
  const cursor = new LineCursor(lines);
  const items: Item[] = [];
  let fence: Fence | null = null;
  let inComment = false;
  // Before any heading, an unclosed block ends at the first heading of any level.
  let level = 6;
  let pending: SourceLine | null = null;

  for (;;) {
    const line: SourceLine | undefined = pending ?? cursor.next();
    pending = null;
    if (!line) break;
    // The rest of a line after `</details>` starts where the tag ended: its spaces are not indentation.
    const pushText = (text: string): void => {
      items.push({ kind: 'text', text: line.glued ? text.trimStart() : text, line: line.line });
    };
    if (fence) {
      if (isFenceClose(line.text, fence)) fence = null;
      pushText(line.text);
      continue;
    }
    if (inComment) {
      if (line.text.includes('-->')) inComment = false;
      pushText(line.text);
      continue;
    }
    if (line.glued && isBlank(line.text)) continue;
    const opened = matchFenceOpen(line);
    if (opened) {
      fence = opened;
      pushText(line.text);
      continue;
    }
    const comment = /^[ \t]{0,3}<!--/.exec(line.text);
    if (comment && !line.text.slice(comment[0].length).includes('-->')) {
      inComment = true;
      pushText(line.text);
      continue;
    }
    const heading = line.glued ? null : matchHeading(line.text);
    if (heading) {
      const col = line.col + leadingWhitespace(line.text).length;
      items.push({ kind: 'heading', level: heading.level, markdown: heading.markdown, line: line.line, col });
      level = heading.level;
      continue;
    }
    const collapsible = readCollapsible(cursor, line);
    if (collapsible) {
      items.push({ kind: 'block', block: collapsible });
      continue;
    }
    const tag = findDetailsTags(line.text).find((t) => t.open);
    if (tag) {
      const before = line.text.slice(0, tag.index);
      if (!isBlank(before)) pushText(before);
      const result = readAnswerBlock(cursor, line, tag.index, tag.length, level);
      for (const d of result.diagnostics) reporter.warn(d.line, d.column, d.ruleId, d.message);
      items.push({ kind: 'block', block: result.block });
      pending = result.rest;
      continue;
    }
    if (hasClosingDetails(line.text)) {
      reporter.warn(line.line, line.col, 'stray-closing-tag', '</details> without an open <details>; kept as content');
    }
    pushText(line.text);
  }
  if (fence) {
    reporter.warn(fence.line, fence.col, 'unclosed-fence', 'code fence is never closed; the rest of the file is code');
  }
  return items;
}
