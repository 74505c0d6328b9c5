/**
 * Property: headings of plain words skip the markdown parser and renderer, so for every
 * such heading the shortcut must give what the parser and renderer give.
 */
import fc from 'fast-check';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { headingText, isPlainInline, parseMarkdown } from '../../src/lib/curriculum/markdown';
import { createMarkdownRenderer, type MarkdownRenderer } from '../../src/lib/render/markdown-renderer';

let render: MarkdownRenderer;
beforeAll(async () => {
  render = await createMarkdownRenderer();
});

/** What the parser makes of a heading's text, without the shortcut. */
function parsedHeadingText(markdown: string): string {
  const node = parseMarkdown(`# ${markdown}`).children[0] as Heading;
  return toString(node, { includeHtml: false, includeImageAlt: false }).replace(/\s+/g, ' ').trim();
}

/** What the renderer makes of it, without the shortcut (renderInline's paragraph stripped). */
async function renderedInline(markdown: string): Promise<string> {
  const html = await render(markdown, { resolveLink: () => undefined });
  return html.replace(/^<p>([\s\S]*)<\/p>\s*$/, '$1');
}

/** Characters plain headings use, and what an autolink or a list needs, so the test meets both. */
const plainish = fc.constantFrom(
  ...'abcwhtpsxyzABCW  .,;:?!\'"()%=+/$-0123456789éßшжкü中日ا\u0301'.split(''),
  'www.',
  'http://',
  '1. ',
  '- ',
);
/** Now and then markup (or half of it), which must turn the shortcut off. */
const markup = fc.constantFrom(
  ...'*#_~`[]<>&\\|@\t'.split(''),
  ' *a* ',
  ' _a_ ',
  ' `a` ',
  ' ~~a~~ ',
  '[a](b)',
  '<b>',
  '&amp;',
  '\\*',
  ' #',
  'a@b.c',
);
const character = fc.oneof({ weight: 20, arbitrary: plainish }, { weight: 1, arbitrary: markup });
const heading = fc
  .tuple(fc.constantFrom('W', 'a', 'é', 'Ш', '1', ' ', '-'), fc.array(character, { maxLength: 30 }))
  .map(([first, rest]) => first + rest.join(''));

describe('plain headings', () => {
  it('are recognised for the usual question titles and not for markup', () => {
    expect(isPlainInline('Create a pod whose root filesystem is read-only.')).toBe(true);
    expect(isPlainInline('What is strace? Run it (and generate the help page): 100% done')).toBe(true);
    for (const markup of [
      'Use `strace`',
      'A *pod*',
      'See [docs](x)',
      'a <b>',
      'a &amp; b',
      'C#',
      '1. First',
      'Go to www.example.org',
      'a\\b',
    ]) {
      expect(isPlainInline(markup)).toBe(false);
    }
  });

  it('have the text the markdown parser gives', () => {
    fc.assert(
      fc.property(heading, (markdown) => {
        if (isPlainInline(markdown)) expect(headingText(markdown)).toBe(parsedHeadingText(markdown));
      }),
      { numRuns: 3000 },
    );
  });

  it('are their own HTML, as the renderer makes it', async () => {
    await fc.assert(
      fc.asyncProperty(heading, async (markdown) => {
        if (isPlainInline(markdown)) expect(markdown).toBe(await renderedInline(markdown));
      }),
      { numRuns: 1500 },
    );
  });
});
