/**
 * Reads one `<details>` answer block, line by line, the way its author meant it rather than
 * the way CommonMark parses it: `<details><summary>show</summary><p>` glued to a fence or a
 * URL, `</p></details>` on one line, a fence left open before `</p>`, a `</details>` that
 * never comes. The tags are removed; what remains is the answer's own markdown.
 */
import { readHeader } from './answer-header';
import type { LineCursor } from './cursor';
import {
  closingFenceFor,
  findDetailsTags,
  hasClosingDetails,
  BOLD_START,
  indentWidth,
  isBlank,
  LIST_ITEM,
  isClosingTagsLine,
  isFenceClose,
  leadingWhitespace,
  maskCodeSpans,
  matchFenceOpen,
  matchHeading,
  QUESTION_LABEL,
  type Fence,
  type SourceLine,
} from './line-syntax';
import type { BlockDiagnostic, SourcePosition } from './types';

export interface RawHeading {
  level: number;
  markdown: string;
  line: number;
  col: number;
}

export interface AnswerBlock {
  /** Place of the `<details` tag. */
  line: number;
  col: number;
  summary: string;
  markdown: string;
  /** Where each line of `markdown` starts in the original file (a manifest check reports lines inside it). */
  positions: SourcePosition[];
  /** False when `</details>` never came and the block was ended at a heading or the end of file. */
  closed: boolean;
  /** Headings inside the answer: GitHub gives them anchors, so they take slugs too. */
  headings: RawHeading[];
  /** Source from `<details` through `</details>`, kept for a block that has no question. */
  raw: string;
}

export interface ReadBlockResult {
  block: AnswerBlock;
  /** Text after `</details>` on its line, to be read as ordinary content. */
  rest: SourceLine | null;
  diagnostics: BlockDiagnostic[];
}

const FENCE_WITH_TAGS = /^([ \t]*(`{3,}|~{3,}))[ \t]*((?:<\/(?:p|details)\s*>\s*)+)$/i;

/** A `</p>` line followed by `</details>`, or a closing-tags line with `</details>`: the answer ends. */
function endsAnswer(cursor: LineCursor, line: SourceLine): boolean {
  if (!isClosingTagsLine(line.text)) return false;
  if (hasClosingDetails(line.text)) return true;
  for (let k = 0; ; k += 1) {
    const next = cursor.peek(k);
    if (!next) return false;
    if (isBlank(next.text)) continue;
    if (!isClosingTagsLine(next.text)) return false;
    if (hasClosingDetails(next.text)) return true;
  }
}

/** The fence closes before the next heading or answer: the closing tags are code (an HTML example). */
function fenceClosesLater(cursor: LineCursor, fence: Fence, maxIndent: number): boolean {
  for (let k = 0; ; k += 1) {
    const next = cursor.peek(k);
    if (!next || matchHeading(next.text) || findDetailsTags(next.text).some((t) => t.open)) return false;
    if (isFenceClose(next.text, fence, maxIndent)) return true;
  }
}

/**
 * Adds the closing fence the author forgot; blank lines before it belong to no one. It is
 * marked glued so that it neither sets nor takes the dedent: at column 0 it closes any fence.
 */
function closeFence(content: SourceLine[], fence: Fence, line: number): void {
  while (content.length > 0 && isBlank(content.at(-1)?.text ?? '')) content.pop();
  content.push({ text: closingFenceFor(fence), line, col: 1, glued: true, synthetic: true });
}

/** A heading as deep as the question's or shallower, with an answer block right under it. */
function startsQuestion(cursor: LineCursor, line: SourceLine, questionLevel: number, maxIndent: number): boolean {
  const heading = line.glued ? null : matchHeading(line.text, maxIndent);
  if (!heading || heading.level > questionLevel) return false;
  let k = 0;
  while (isBlank(cursor.peek(k)?.text ?? 'x')) k += 1;
  const next = cursor.peek(k);
  return next !== undefined && findDetailsTags(next.text).some((t) => t.open);
}

/**
 * The start of the next question in a list: an item less indented than this answer (which sits
 * inside an item), or, for an answer at the margin, an item, a bold line or "Question 12"
 * with an answer block right under it. An answer left open ends there.
 */
function startsNextItem(cursor: LineCursor, line: SourceLine, blockIndent: number): boolean {
  if (line.glued) return false;
  const item = LIST_ITEM.exec(line.text);
  if (blockIndent >= 2) return item !== null && indentWidth(item[1] ?? '') < blockIndent;
  if (!(item || BOLD_START.test(line.text) || QUESTION_LABEL.test(line.text)) || indentWidth(line.text) > 0) return false;
  if (findDetailsTags(line.text).some((t) => t.open)) return true;
  let k = 0;
  while (isBlank(cursor.peek(k)?.text ?? 'x')) k += 1;
  const next = cursor.peek(k);
  return next !== undefined && findDetailsTags(next.text).some((t) => t.open);
}

function trimBlankLines(lines: SourceLine[]): void {
  while (lines.length > 0 && isBlank(lines[0]?.text ?? '')) lines.shift();
  while (lines.length > 0 && isBlank(lines.at(-1)?.text ?? '')) lines.pop();
}

/**
 * Drops the wrapper `</p>`, dedents consistently (keeping indented code indented), trims blank
 * lines; with the place in the file where each line of the result starts.
 */
function toMarkdown(content: SourceLine[], wrapper: boolean, itemIndent: number): { markdown: string; positions: SourcePosition[] } {
  const lines = [...content];
  trimBlankLines(lines);
  const last = lines.at(-1);
  const endP = last ? /<\/p\s*>\s*$/i.exec(last.text) : null;
  // A stray `</p>` with no `<p>` anywhere is the wrapper's too (authors drop the opening one).
  const authorP = lines.some((l) => /<p[\s>]/i.test(maskCodeSpans(l.text)));
  if (last && endP && (wrapper || !authorP)) {
    lines[lines.length - 1] = { ...last, text: last.text.slice(0, endP.index) };
    trimBlankLines(lines);
  }
  const indents = lines.filter((l) => !l.glued && !isBlank(l.text)).map((l) => leadingWhitespace(l.text).length);
  const least = indents.length > 0 ? Math.min(...indents) : 0;
  // Inside a list item, an answer indented four more than its <details> is indented code.
  const cut = itemIndent >= 2 && least >= itemIndent + 4 ? itemIndent : least;
  const dropped = (l: SourceLine) => (isBlank(l.text) ? 0 : l.glued ? l.text.length - l.text.trimStart().length : cut);
  return {
    markdown: lines.map((l) => (isBlank(l.text) ? '' : l.text.slice(dropped(l)))).join('\n'),
    positions: lines.map((l) => ({ line: l.line, column: l.col + dropped(l) })),
  };
}

interface Break {
  index: number;
  line: number;
  content: number;
  headings: number;
}

/**
 * The state of reading one answer block, line by line: its content and headings so far,
 * the open fence, how deep the `<details>` nest, and where it ends (or, if it never
 * closes, the first heading where it could have).
 */
class BlockReader {
  readonly diags: BlockDiagnostic[] = [];
  readonly content: SourceLine[] = [];
  readonly headings: RawHeading[] = [];
  fence: Fence | null = null;
  depth = 1;
  queued: SourceLine | null = null;
  rest: SourceLine | null = null;
  end: { line: number; col: number } | null = null;
  firstBreak: Break | null = null;

  constructor(
    readonly cursor: LineCursor,
    readonly questionLevel: number,
    readonly maxIndent: number,
  ) {}

  private breakAt(line: number): Break {
    return { index: this.cursor.index - 1, line, content: this.content.length, headings: this.headings.length };
  }

  private closeOpenFence(fence: Fence, at: number, where: string): void {
    this.diags.push({
      line: fence.line,
      column: fence.col,
      ruleId: 'unclosed-fence',
      message: `code fence is not closed before ${where}; closed it there`,
    });
    closeFence(this.content, fence, at);
    this.fence = null;
  }

  /** A line inside a fence: consumed, or the block stops here, or it is read as any other line. */
  private fenced(current: SourceLine, fence: Fence, fromQueue: boolean): 'consumed' | 'stop' | 'read' {
    if (isFenceClose(current.text, fence, this.maxIndent)) {
      this.fence = null;
      this.content.push(current);
      return 'consumed';
    }
    const split = FENCE_WITH_TAGS.exec(current.text);
    const run = split?.[2] ?? '';
    if (split && run[0] === fence.char && run.length >= fence.length) {
      // "```</p></details>": the fence closes, then the tags are read like any others.
      const at = current.text.length - (split[3] ?? '').length;
      this.content.push({ ...current, text: current.text.slice(0, at) });
      this.queued = { text: current.text.slice(at), line: current.line, col: current.col + at, glued: true };
      this.fence = null;
      return 'consumed';
    }
    if (!fromQueue && startsQuestion(this.cursor, current, this.questionLevel, this.maxIndent)) {
      // Neither the fence nor the block was closed: without this, the rest of the file is code.
      this.closeOpenFence(fence, current.line, `the next question at line ${current.line}`);
      this.firstBreak ??= this.breakAt(current.line);
      return 'stop';
    }
    if (!(endsAnswer(this.cursor, current) && !fenceClosesLater(this.cursor, fence, this.maxIndent))) {
      this.content.push(current);
      return 'consumed';
    }
    this.closeOpenFence(fence, current.line, `the end of the answer at line ${current.line}`);
    return 'read';
  }

  /** The `<details>` tags of a line: a nested one is content, the closing one ends the block. */
  private readTags(current: SourceLine): void {
    for (const tag of findDetailsTags(current.text)) {
      if (tag.open) {
        this.depth += 1;
        this.diags.push({
          line: current.line,
          column: current.col + tag.index,
          ruleId: 'nested-details',
          message: '<details> inside an answer is kept as part of the outer answer',
        });
        continue;
      }
      this.depth -= 1;
      if (this.depth > 0) continue;
      const textBefore = current.text.slice(0, tag.index);
      if (!isBlank(textBefore)) this.content.push({ ...current, text: textBefore });
      const after = tag.index + tag.length;
      const restText = current.text.slice(after);
      if (!isBlank(restText)) this.rest = { text: restText, line: current.line, col: current.col + after, glued: true };
      this.end = { line: current.line, col: current.col + after };
      return;
    }
  }

  /** Reads one line; false when the block stops before it. */
  read(current: SourceLine, fromQueue: boolean): boolean {
    if (this.fence) {
      const outcome = this.fenced(current, this.fence, fromQueue);
      if (outcome === 'stop') return false;
      if (outcome === 'consumed') return true;
    }
    const opened = matchFenceOpen(current, this.maxIndent);
    if (opened) {
      this.fence = opened;
      this.content.push(current);
      return true;
    }
    if (!this.firstBreak && !fromQueue && this.depth === 1 && startsNextItem(this.cursor, current, this.maxIndent - 3)) {
      this.firstBreak = this.breakAt(current.line);
    }
    const heading = current.glued ? null : matchHeading(current.text, this.maxIndent);
    if (heading) {
      if (heading.level <= this.questionLevel && !this.firstBreak && !fromQueue) this.firstBreak = this.breakAt(current.line);
      this.headings.push({ ...heading, line: current.line, col: current.col + leadingWhitespace(current.text).length });
    }
    this.readTags(current);
    if (!this.end) this.content.push(current);
    return true;
  }

  /**
   * A block that never closed ends before the first heading or list item where a question could start
   * (what came after is read again), else at the end of the file.
   */
  endUnclosed(line: number, col: number): { line: number; col: number } {
    let end: { line: number; col: number };
    const { firstBreak, fence } = this;
    if (firstBreak) {
      this.cursor.index = firstBreak.index;
      this.content.length = firstBreak.content;
      this.headings.length = firstBreak.headings;
      this.diags.splice(0, this.diags.length, ...this.diags.filter((d) => d.line < firstBreak.line));
      end = { line: firstBreak.line - 1, col: Infinity };
    } else {
      end = { line: this.cursor.lines.at(-1)?.line ?? line, col: Infinity };
      if (fence) this.closeOpenFence(fence, end.line, 'the end of the file');
    }
    const where = firstBreak ? `line ${firstBreak.line}, where the next question starts` : 'the end of the file';
    this.diags.push({ line, column: col, ruleId: 'unclosed-details', message: `<details> is never closed; the answer ends at ${where}` });
    return end;
  }
}

/**
 * Reads the block whose `<details` tag is at `tagIndex` of `first`. `questionLevel` is the
 * level of the heading it answers: an unclosed block ends at the next heading that deep or
 * shallower.
 */
export function readAnswerBlock(
  cursor: LineCursor,
  first: SourceLine,
  tagIndex: number,
  tagLength: number,
  questionLevel: number,
): ReadBlockResult {
  const line = first.line;
  const col = first.col + tagIndex;
  const before = first.text.slice(0, tagIndex);
  // Inside a list item the whole answer is indented; fences and headings are relative to that.
  const maxIndent = (!first.glued && isBlank(before) ? leadingWhitespace(before).length : 0) + 3;
  const reader = new BlockReader(cursor, questionLevel, maxIndent);
  const header = readHeader(cursor, first, tagIndex + tagLength, reader.diags);
  reader.queued = header.fragment;
  while (!reader.end) {
    const fromQueue = reader.queued !== null;
    const current: SourceLine | undefined = reader.queued ?? cursor.next();
    reader.queued = null;
    if (!current || !reader.read(current, fromQueue)) break;
  }
  const closed = reader.end !== null;
  const end = reader.end ?? reader.endUnclosed(line, col);
  const summary = header.summary
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const { markdown, positions } = toMarkdown(reader.content, header.wrapper, maxIndent - 3);
  const block: AnswerBlock = {
    line,
    col,
    summary,
    markdown,
    positions,
    closed,
    headings: reader.headings,
    raw: cursor.slice(line, col, end.line, end.col),
  };
  return { block, rest: reader.rest, diagnostics: reader.diags };
}
