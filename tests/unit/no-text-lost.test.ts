/**
 * "Nothing the author wrote may be silently dropped": every word of the input must be found
 * in some markdown field of the model. Exceptions, each one on purpose: the answer-block tags
 * (with their attributes, and markup inside `<summary>`), a collapsible's `???` and type
 * (`??? note "Solution"`: the type is its markup), the number of an ordered-list item that
 * became a question (the model orders questions), structural headings ("### Questions",
 * "## References": the model's shape says them), and placeholder sections, which are counted
 * and reported instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDomain } from '../../src/lib/curriculum/parse-domain';
import type { ParseResult } from '../../src/lib/curriculum/types';
import { describeSeed, seedFile } from '../support/seed';

const TAG_WORDS = new Set(['details', 'summary', 'p', 'show']);
const STRUCTURAL_HEADING = /^ {0,3}#{1,6}\s+(?:references|questions?|question\(s\)|answers?|resources|links)\s*:?\s*$/i;
const HEADING = /^ {0,3}#{1,6}(?:\s|$)/;

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every markdown (and plain) field of the model, concatenated. */
function modelText({ domain }: ParseResult): string {
  const parts = [
    domain.title,
    domain.titleMarkdown,
    domain.headingMarkdown ?? '',
    String(domain.weight ?? ''),
    domain.intro,
    ...domain.competencies,
    domain.references,
    JSON.stringify(domain.frontmatter),
  ];
  for (const topic of domain.topics) {
    parts.push(topic.titleMarkdown ?? '', topic.intro, topic.references);
    for (const q of topic.questions) {
      parts.push(q.titleMarkdown, q.afterword, ...(q.choices?.options.map((o) => `${o.key} ${o.markdown}`) ?? []));
      for (const part of q.parts) parts.push(part.prompt, part.summary, part.markdown);
    }
  }
  return parts.join('\n');
}

/** Input lines that are meant to leave no text: structural headings and placeholder sections. */
function checkedText(source: string, result: ParseResult): string {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const skip = new Set<number>();
  for (const d of result.diagnostics.filter((x) => x.ruleId === 'placeholder-question')) {
    skip.add(d.line - 1);
    for (let i = d.line; i < lines.length && !HEADING.test(lines[i] ?? ''); i += 1) skip.add(i);
  }
  return lines
    .filter((l, i) => !skip.has(i) && !STRUCTURAL_HEADING.test(l))
    .join('\n')
    .replace(/<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/gi, (_m, inner: string) => inner.replace(/<[^>]+>/g, ' '))
    .replace(/<\/?(?:details|summary|p)\b[^>]*>/gi, ' ')
    .replace(/^([ \t]*)\?\?\?\+?[ \t]*[\w-]*/gm, '$1')
    .replace(/^([ \t]*)\d{1,3}[.)](?=[ \t])/gm, '$1');
}

function lostWords(source: string): string[] {
  const result = parseDomain(source, 'input.md');
  const found = new Set(words(modelText(result)));
  const lost = words(checkedText(source, result)).filter((w) => !TAG_WORDS.has(w.toLowerCase()) && !found.has(w));
  return [...new Set(lost)];
}

const fixtures = new URL('../fixtures/', import.meta.url);
const inputs: Array<[string, URL]> = [
  ['the seed-shaped domain', new URL('site-seed-shaped/input/f.runtime_threat_detection.md', fixtures)],
  ...readdirSync(fixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/expected.json`, fixtures)))
    .map((d): [string, URL] => [d.name, new URL(`${d.name}/input.md`, fixtures)]),
];

describe('no text lost', () => {
  it.each(inputs)('keeps every word of %s in the model', (_name, url) => {
    expect(lostWords(readFileSync(url, 'utf8'))).toEqual([]);
  });

  it('would notice a dropped word', () => {
    // The check itself must be able to fail: a placeholder's text is dropped on purpose.
    const source = '# T\n\n#### Question\n<details><summary>show</summary>\n\nAnswer\n\n</details>\n';
    const result = parseDomain(source, 'input.md');
    expect(words(modelText(result))).not.toContain('Answer');
  });
});

describeSeed('no text lost from the seed', () => {
  it('keeps every word of the seed in the model', () => {
    expect(lostWords(readFileSync(seedFile, 'utf8'))).toEqual([]);
  });
});
