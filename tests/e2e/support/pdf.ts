import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Code, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';

/**
 * The text of a PDF in the order it was drawn (`pdftotext -raw`), which for Chromium is the
 * document order, so a code block reads as one run even across a column or page break.
 */
export function pdfText(file: string): string {
  const result = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (result.error) throw new Error(`pdftotext could not run (${result.error.message}); install poppler-utils`);
  if (result.status !== 0) throw new Error(`pdftotext failed on ${file}: ${result.stderr}`);
  return result.stdout;
}

/** Pages as pdftotext sees them (it ends each page with a form feed). */
export function pdfPageCount(text: string): number {
  return text.split('\f').filter((page, index, all) => index < all.length - 1 || page.trim() !== '').length;
}

/** The running footer, `<title> n / N`, as pdftotext -raw writes it: one line per page. */
export function footerLines(text: string, title: string): string[] {
  return text
    .split(/[\n\f]/)
    .filter((line) => isFooter(line, title))
    .map((line) => line.trim());
}

function isFooter(line: string, title: string): boolean {
  const match = /^(.*?)\s*\d+ \/ \d+\s*$/.exec(line.trim());
  return match !== null && (match[1] === title || match[1] === '');
}

/** The footer repeats on every page; drop it to read a code block across a page break. */
export function withoutFooters(text: string, title: string): string {
  return text
    .split(/[\n\f]/)
    .filter((line) => !isFooter(line, title))
    .join('\n');
}

/** No whitespace at all: wrapped lines and collapsed indentation compare equal. */
export const squash = (text: string) => text.replace(/\s+/g, '');

function decodePdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1);
    const bytes = Buffer.from(hex, 'hex');
    // Text strings in hex are UTF-16BE with a byte order mark.
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  return raw.slice(1, -1).replace(/\\([()\\])/g, '$1');
}

/** Titles of the PDF's bookmarks (outline items: objects with a /Title and a /Parent). */
export function outlineTitles(file: string): string[] {
  const objects = readFileSync(file).toString('latin1').split('endobj');
  return objects
    .filter((object) => /\/Parent\s/.test(object))
    .flatMap((object) => {
      const title = /\/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]*>)/.exec(object);
      return title ? [decodePdfString(title[1]!)] : [];
    });
}

/** Link annotations: external ones carry a /URI, in-document ones a /Dest (a named destination). */
export function linkAnnotations(file: string): { uris: string[]; destinations: string[] } {
  const objects = readFileSync(file).toString('latin1').split('endobj');
  const links = objects.filter((object) => /\/Subtype\s*\/Link\b/.test(object));
  return {
    uris: links.flatMap((l) => [...l.matchAll(/\/URI\s*\(((?:\\.|[^\\)])*)\)/g)].map((m) => m[1]!.replace(/\\([()\\])/g, '$1'))),
    destinations: links.flatMap((l) => [...l.matchAll(/\/Dest\s*\/([^\s/>\]]+)/g)].map((m) => m[1]!)),
  };
}

/** The fenced code blocks of an answer's markdown, as the renderer saw them. */
export function codeBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  visit(fromMarkdown(markdown) as Root, 'code', (node: Code) => {
    if (node.value.trim() !== '') blocks.push(node.value);
  });
  return blocks;
}
