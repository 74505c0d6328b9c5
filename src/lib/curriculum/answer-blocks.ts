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
  indentWidth,
  isBlank,
  isClosingTagsLine,
  isFenceClose,
  leadingWhitespace,
  maskCodeSpans,
  matchFenceOpen,
  matchHeading,
  type Fence,
  type SourceLine,
} from './line-syntax';
import type { BlockDiagnostic } from './types';

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

const ITEM_LEAD = /^([ \t]*)(?:\d{1,3}[.)][ \t]|[-*+][ \t]|\*\*|__|(?:question|task|exercise)[ \t]*#?\d)/i;

/**
 * The start of the next question in a list: an item less indented than this answer (which sits
 * inside an item), or, for an answer at the margin, an item, a bold line or "Question 12"
 * with an answer block right under it. An answer left open ends there.
 */
function startsNextItem(cursor: LineCursor, line: SourceLine, blockIndent: number): boolean {
  const lead = line.glued ? null : ITEM_LEAD.exec(line.text);
  if (!lead) return false;
  const indent = indentWidth(lead[1] ?? '');
  if (blockIndent >= 2) return indent < blockIndent && /^[ \t]*(?:\d{1,3}[.)]|[-*+])[ \t]/.test(line.text);
  if (indent > 0) return false;
  let k = 0;
  while (isBlank(cursor.peek(k)?.text ?? 'x')) k += 1;
  if (findDetailsTags(line.text).some((t) => t.open)) return true;
  const next = cursor.peek(k);
  return next !== undefined && findDetailsTags(next.text).some((t) => t.open);
}

function trimBlankLines(lines: SourceLine[]): void {
  while (lines.length > 0 && isBlank(lines[0]?.text ?? '')) lines.shift();
  while (lines.length > 0 && isBlank(lines.at(-1)?.text ?? '')) lines.pop();
}

/** Drops the wrapper `</p>`, dedents consistently (keeping indented code indented), trims blank lines. */
function toMarkdown(content: SourceLine[], wrapper: boolean, itemIndent: number): string {
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
  return lines.map((l) => (isBlank(l.text) ? '' : l.glued ? l.text.trimStart() : l.text.slice(cut))).join('\n');
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
  const diags: BlockDiagnostic[] = [];
  const line = first.line;
  const col = first.col + tagIndex;
  const before = first.text.slice(0, tagIndex);
  // Inside a list item the whole answer is indented; fences and headings are relative to that.
  const maxIndent = (!first.glued && isBlank(before) ? leadingWhitespace(before).length : 0) + 3;
  const header = readHeader(cursor, first, tagIndex + tagLength, diags);

  const content: SourceLine[] = [];
  const headings: RawHeading[] = [];
  let fence: Fence | null = null;
  let depth = 1;
  let queued: SourceLine | null = header.fragment;
  let rest: SourceLine | null = null;
  let end: { line: number; col: number } | null = null;
  let firstBreak: { index: number; line: number; content: number; headings: number } | null = null;

  while (!end) {
    const fromQueue = queued !== null;
    const current: SourceLine | undefined = queued ?? cursor.next();
    queued = null;
    if (!current) break;
    if (fence) {
      if (isFenceClose(current.text, fence, maxIndent)) {
        fence = null;
        content.push(current);
        continue;
      }
      const split = FENCE_WITH_TAGS.exec(current.text);
      const run = split?.[2] ?? '';
      if (split && run[0] === fence.char && run.length >= fence.length) {
        // "```</p></details>": the fence closes, then the tags are read like any others.
        const at = current.text.length - (split[3] ?? '').length;
        content.push({ ...current, text: current.text.slice(0, at) });
        queued = { text: current.text.slice(at), line: current.line, col: current.col + at, glued: true };
        fence = null;
        continue;
      }
      if (!fromQueue && startsQuestion(cursor, current, questionLevel, maxIndent)) {
        // Neither the fence nor the block was closed: without this, the rest of the file is code.
        diags.push({
          line: fence.line,
          column: fence.col,
          ruleId: 'unclosed-fence',
          message: `code fence is not closed before the next question at line ${current.line}; closed it there`,
        });
        closeFence(content, fence, current.line);
        fence = null;
        firstBreak ??= { index: cursor.index - 1, line: current.line, content: content.length, headings: headings.length };
        break;
      }
      if (!(endsAnswer(cursor, current) && !fenceClosesLater(cursor, fence, maxIndent))) {
        content.push(current);
        continue;
      }
      diags.push({
        line: fence.line,
        column: fence.col,
        ruleId: 'unclosed-fence',
        message: `code fence is not closed before the end of the answer at line ${current.line}; closed it there`,
      });
      closeFence(content, fence, current.line);
      fence = null;
    }
    const opened = matchFenceOpen(current, maxIndent);
    if (opened) {
      fence = opened;
      content.push(current);
      continue;
    }
    if (!firstBreak && !fromQueue && depth === 1 && startsNextItem(cursor, current, maxIndent - 3)) {
      firstBreak = { index: cursor.index - 1, line: current.line, content: content.length, headings: headings.length };
    }
    const heading = current.glued ? null : matchHeading(current.text, maxIndent);
    if (heading) {
      if (heading.level <= questionLevel && !firstBreak && !fromQueue) {
        firstBreak = { index: cursor.index - 1, line: current.line, content: content.length, headings: headings.length };
      }
      headings.push({ ...heading, line: current.line, col: current.col + leadingWhitespace(current.text).length });
    }
    for (const tag of findDetailsTags(current.text)) {
      if (tag.open) {
        depth += 1;
        diags.push({
          line: current.line,
          column: current.col + tag.index,
          ruleId: 'nested-details',
          message: '<details> inside an answer is kept as part of the outer answer',
        });
        continue;
      }
      depth -= 1;
      if (depth > 0) continue;
      const textBefore = current.text.slice(0, tag.index);
      if (!isBlank(textBefore)) content.push({ ...current, text: textBefore });
      const after = tag.index + tag.length;
      const restText = current.text.slice(after);
      if (!isBlank(restText)) rest = { text: restText, line: current.line, col: current.col + after, glued: true };
      end = { line: current.line, col: current.col + after };
      break;
    }
    if (!end) content.push(current);
  }

  const closed = end !== null;
  if (!end) {
    if (firstBreak) {
      const breakLine = firstBreak.line;
      cursor.index = firstBreak.index;
      content.length = firstBreak.content;
      headings.length = firstBreak.headings;
      diags.splice(0, diags.length, ...diags.filter((d) => d.line < breakLine));
      end = { line: breakLine - 1, col: Infinity };
    } else {
      const last = cursor.lines.at(-1);
      end = { line: last?.line ?? line, col: Infinity };
      if (fence) {
        diags.push({
          line: fence.line,
          column: fence.col,
          ruleId: 'unclosed-fence',
          message: 'code fence is not closed before the end of the file; closed it there',
        });
        closeFence(content, fence, end.line);
      }
    }
    const where = firstBreak ? `line ${firstBreak.line}, where the next question starts` : 'the end of the file';
    diags.push({ line, column: col, ruleId: 'unclosed-details', message: `<details> is never closed; the answer ends at ${where}` });
  }

  const summary = header.summary
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const block: AnswerBlock = {
    line,
    col,
    summary,
    markdown: toMarkdown(content, header.wrapper, maxIndent - 3),
    closed,
    headings,
    raw: cursor.slice(line, col, end.line, end.col),
  };
  return { block, rest, diagnostics: diags };
}
