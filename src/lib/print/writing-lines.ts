/** Fewest and most ruled lines a worksheet leaves for one answer. */
export const MIN_WRITING_LINES = 2;
export const MAX_WRITING_LINES = 10;

/**
 * How many ruled lines the worksheet leaves for an answer: about half its lines of content
 * (handwriting abbreviates, but is larger than 9pt print), within sensible bounds. Fence
 * markers, HTML tags and blank lines are not content.
 */
export function writingLines(answer: string): number {
  const lines = answer
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !/^\s*(```|~~~)/.test(line) && !/^\s*<\/?[a-z][^>]*>\s*$/i.test(line)).length;
  if (lines === 0) return MIN_WRITING_LINES;
  return Math.min(MAX_WRITING_LINES, Math.max(MIN_WRITING_LINES, Math.ceil(lines / 2)));
}
