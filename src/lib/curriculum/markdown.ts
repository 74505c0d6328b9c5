/**
 * The parts of the parser that need a real markdown tree (remark-parse + remark-gfm, i.e.
 * mdast-util-from-markdown with GFM, the dialect GitHub renders): heading text, the
 * competency list, reference links. They run on text the line scanner has already cut out,
 * so a glued `<p>` cannot make them swallow the file.
 */
import type { Heading, List, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Reference } from './types';

const processor = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/**
 * Words and plain punctuation only, starting with a letter: no character that markdown, GFM
 * or HTML give a meaning to (emphasis, code, links, escapes, entities, tags, `#` closing
 * sequences, table pipes), no `www.` or `://` for an autolink, and no start a block could
 * take (a list's `1.` or `-`, a quote's `>`, an indent). Most question headings are like
 * this; their text and their HTML are the markdown itself, so parsing them is skipped.
 * (A property test holds this against the full parser and renderer.)
 */
const PLAIN_INLINE = /^\p{L}[\p{L}\p{M}\p{N} .,;:?!'"()%=+/$-]*$/u;

export function isPlainInline(markdown: string): boolean {
  return PLAIN_INLINE.test(markdown) && !/\s$|\/\/|www\./i.test(markdown);
}

/**
 * Plain text of a heading's inline markdown, as GitHub feeds it to its slugger: emphasis,
 * links and code reduced to their text, inline HTML tags dropped.
 */
export function headingText(markdown: string): string {
  if (isPlainInline(markdown)) return markdown.replace(/\s+/g, ' ');
  // Parsed as a heading so that "1. Foo" or "- Foo" stays text instead of becoming a list.
  const node = parseMarkdown(`# ${markdown}`).children[0];
  const text = node?.type === 'heading' ? toString(node as Heading, { includeHtml: false, includeImageAlt: false }) : markdown;
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Splits intro markdown into the items of its top-level bullet lists (the competencies, as
 * inline markdown) and the rest. Whole lines of each list are cut out of the text.
 */
export function extractCompetencies(text: string): { intro: string; competencies: string[] } {
  const tree = parseMarkdown(text);
  const lines = text.split('\n');
  const cut = new Set<number>();
  const competencies: string[] = [];
  for (const node of tree.children) {
    if (node.type !== 'list' || (node as List).ordered) continue;
    const list = node as List;
    const start = list.position?.start.line ?? 0;
    const end = list.position?.end.line ?? -1;
    for (let n = start; n <= end; n += 1) cut.add(n - 1);
    for (const item of list.children) {
      const first = item.children[0]?.position;
      const last = item.children.at(-1)?.position;
      if (first?.start.offset === undefined || last?.end.offset === undefined) continue;
      // Continuation lines are indented to the item's content column; that indent is not content.
      const indent = new RegExp(`^ {0,${first.start.column - 1}}`);
      const md = text
        .slice(first.start.offset, last.end.offset)
        .split('\n')
        .map((l, i) => (i === 0 ? l : l.replace(indent, '')))
        .join('\n')
        .trim();
      if (md !== '') competencies.push(md);
    }
  }
  const kept: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (cut.has(i)) {
      // Where a list was, leave one blank line so the paragraphs around it stay apart.
      if (kept.length > 0 && kept.at(-1) !== '') kept.push('');
      continue;
    }
    if (line.trim() === '' && kept.at(-1) === '' && cut.has(i - 1)) continue;
    kept.push(line);
  }
  return { intro: kept.join('\n').trim(), competencies };
}

/** Links of a References section, with their line in the original file. */
export function collectLinks(text: string, firstLine: number): Reference[] {
  const tree = parseMarkdown(text);
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (d) => {
    definitions.set(d.identifier, d.url);
  });
  const links: Reference[] = [];
  visit(tree, (node) => {
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    if (node.type === 'link') links.push({ text: toString(node).trim(), url: node.url, line });
    if (node.type === 'linkReference') {
      const url = definitions.get(node.identifier);
      if (url !== undefined) links.push({ text: toString(node).trim(), url, line });
    }
  });
  return links;
}

/** The answer's text outside fence delimiter lines: "" for an empty answer or empty fences. */
export function answerText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((l) => !/^\s*(?:`{3,}[^`]*|~{3,}.*)$/.test(l))
    .join('\n')
    .trim();
}

/** Only whitespace and empty fences. */
export function isEmptyAnswer(markdown: string): boolean {
  return answerText(markdown) === '';
}

/**
 * What an author leaves before writing the answer: nothing, the word "Answer", or a manifest
 * skeleton of keys without values (`apiVersion:` / `kind:` / `metadata:` and no more).
 */
export function isPlaceholderAnswer(markdown: string): boolean {
  const text = answerText(markdown);
  if (/^(?:answer[.:]?)?$/i.test(text)) return true;
  const lines = text.split('\n').filter((l) => l.trim() !== '' && l.trim() !== '---');
  return /^\s*(?:apiVersion|kind):/m.test(text) && lines.every((l) => /^\s*(?:- )?[\w.-]+:\s*$/.test(l));
}
