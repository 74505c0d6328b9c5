/**
 * Line-level markdown syntax: just enough CommonMark (fences, ATX headings, code spans) for
 * a line scanner to find headings and answer blocks without being fooled by code.
 * A full parser cannot be used for that step: CommonMark swallows the rest of the file into
 * one code block when a fence is glued to `<p>`, which is the very input we must recover.
 */

/** One line of the body (or the part of a line after a tag), with its place in the original file. */
export interface SourceLine {
  text: string;
  /** 1-based line in the original file. */
  line: number;
  /** 1-based column in the original file where `text` starts. */
  col: number;
  /** True for the remainder of a line after a tag: its leading spaces are not indentation. */
  glued?: boolean;
  /** True for a closing fence the parser added to balance an unclosed one. */
  synthetic?: boolean;
}

export interface Fence {
  char: '`' | '~';
  length: number;
  /** Leading whitespace of the opening line, reused for a synthetic closing fence. */
  indent: string;
  line: number;
  col: number;
}

export interface AtxHeading {
  level: number;
  /** Inline markdown of the heading, closing `#` sequence removed. */
  markdown: string;
}

/** Width of the leading whitespace, tabs to the next multiple of 4 as CommonMark does. */
export function indentWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === ' ') width += 1;
    else if (ch === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

export function leadingWhitespace(text: string): string {
  return /^[ \t]*/.exec(text)?.[0] ?? '';
}

export function isBlank(text: string): boolean {
  return text.trim() === '';
}

const FENCE_OPEN = /^([ \t]*)(`{3,}|~{3,})(.*)$/;

export function matchFenceOpen(line: SourceLine, maxIndent = 3): Fence | null {
  const m = FENCE_OPEN.exec(line.text);
  if (!m) return null;
  const [, indent = '', run = '', info = ''] = m;
  if (!line.glued && indentWidth(indent) > maxIndent) return null;
  // CommonMark: the info string of a backtick fence may not contain a backtick.
  if (run[0] === '`' && info.includes('`')) return null;
  return {
    char: run[0] === '`' ? '`' : '~',
    length: run.length,
    indent,
    line: line.line,
    col: line.col + indent.length,
  };
}

export function isFenceClose(text: string, fence: Fence, maxIndent = 3): boolean {
  const m = /^([ \t]*)(`{3,}|~{3,})[ \t]*$/.exec(text);
  if (!m) return false;
  const [, indent = '', run = ''] = m;
  return indentWidth(indent) <= maxIndent && run[0] === fence.char && run.length >= fence.length;
}

/** The closing fence line the parser writes when the author left a fence open. */
export function closingFenceFor(fence: Fence): string {
  return fence.indent + fence.char.repeat(fence.length);
}

export function matchHeading(text: string, maxIndent = 3): AtxHeading | null {
  const m = /^([ \t]*)(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/.exec(text);
  if (!m) return null;
  const [, indent = '', hashes = '', content = ''] = m;
  if (indentWidth(indent) > maxIndent) return null;
  // An optional closing sequence of #s is not part of the heading (CommonMark 4.2).
  const markdown = content.replace(/(^|[ \t]+)#+[ \t]*$/, '').trim();
  return { level: hashes.length, markdown };
}

/**
 * Replaces code spans with spaces (same length, so indexes still match) so that a tag
 * written as code, like `</details>`, is not taken for markup.
 */
export function maskCodeSpans(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '`') {
      out += text[i];
      i += 1;
      continue;
    }
    let run = 1;
    while (text[i + run] === '`') run += 1;
    const ticks = '`'.repeat(run);
    let close = text.indexOf(ticks, i + run);
    // The closing run must have exactly the same length.
    while (close !== -1 && text[close + run] === '`') {
      let skip = close;
      while (text[skip] === '`') skip += 1;
      close = text.indexOf(ticks, skip);
    }
    if (close === -1) {
      out += ticks;
      i += run;
      continue;
    }
    out += ' '.repeat(close + run - i);
    i = close + run;
  }
  return out;
}

export interface DetailsTag {
  index: number;
  length: number;
  open: boolean;
}

/** `<details ...>` and `</details>` tags of a line, in order, ignoring code spans. */
export function findDetailsTags(text: string): DetailsTag[] {
  const masked = maskCodeSpans(text);
  const tags: DetailsTag[] = [];
  for (const m of masked.matchAll(/<(\/?)details(?=[\s>/])[^>]*>/gi)) {
    tags.push({ index: m.index, length: m[0].length, open: m[1] === '' });
  }
  return tags;
}

/** A line made only of closing wrapper tags: `</p>`, `</details>`, `</p></details>`. */
export function isClosingTagsLine(text: string): boolean {
  return /^\s*(?:<\/(?:p|details)\s*>\s*)+$/i.test(text);
}

export function hasClosingDetails(text: string): boolean {
  return /<\/details\s*>/i.test(maskCodeSpans(text));
}

/** A list item's marker line: `1. text`, `2) text`, `- text`; groups: indentation, the item's text. */
export const LIST_ITEM = /^([ \t]*)(?:\d{1,3}[.)]|[-*+])[ \t]+(.*)$/;

/** A line that opens with a bold span: `**Create a pod**`, `__Task__`. */
export const BOLD_START = /^(?:\*\*|__)(?=\S)/;

/** A numbered question label at the start of a line: `Question 12.`, `**Task 3:**`, `Q4)`. */
export const QUESTION_LABEL = /^(?:\*\*|__)?(?:question|q|task|exercise|problem)[ \t]*#?\d+[ \t]*[.:)]?(?:\*\*|__)?(?=\s|$)/i;
