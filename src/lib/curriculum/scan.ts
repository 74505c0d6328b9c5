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

/** Code fences and HTML comments: their lines are content, never headings or answers. */
class Verbatim {
  fence: Fence | null = null;
  private inComment = false;

  /** Whether `line` is inside a fence or comment (and whether it closes it). */
  continues(line: SourceLine): boolean {
    if (this.fence) {
      if (isFenceClose(line.text, this.fence)) this.fence = null;
      return true;
    }
    if (this.inComment) {
      if (line.text.includes('-->')) this.inComment = false;
      return true;
    }
    return false;
  }

  /** Whether `line` opens a fence or a comment that does not close on it. */
  opens(line: SourceLine): boolean {
    const opened = matchFenceOpen(line);
    if (opened) {
      this.fence = opened;
      return true;
    }
    const comment = /^[ \t]{0,3}<!--/.exec(line.text);
    if (comment && !line.text.slice(comment[0].length).includes('-->')) {
      this.inComment = true;
      return true;
    }
    return false;
  }
}

export function scanLines(lines: readonly SourceLine[], reporter: Reporter): Item[] {
  const cursor = new LineCursor(lines);
  const items: Item[] = [];
  const verbatim = new Verbatim();
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
    if (verbatim.continues(line)) {
      pushText(line.text);
      continue;
    }
    if (line.glued && isBlank(line.text)) continue;
    if (verbatim.opens(line)) {
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
  if (verbatim.fence) {
    reporter.warn(verbatim.fence.line, verbatim.fence.col, 'unclosed-fence', 'code fence is never closed; the rest of the file is code');
  }
  return items;
}
