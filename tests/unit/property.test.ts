/**
 * Property: for any document in the exercises convention (random headings, prose, fences,
 * answer blocks in every tag layout, glued tag lines, CRLF), the parser never throws or
 * gives up, and every word of the input reaches the rendered HTML.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDomain } from '../../src/lib/curriculum/parse-domain';
import type { Domain } from '../../src/lib/curriculum/types';
import { createMarkdownRenderer, type MarkdownRenderer } from '../../src/lib/render/markdown-renderer';

/** Words no markup or structural heading uses: a "w" and letters, sometimes RTL or an emoji neighbour. */
const word = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^w[a-z]{2,7}$/) },
  { weight: 1, arbitrary: fc.constantFrom('שלום', 'مرحبا', 'naïve', 'Größe') },
);
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));

const prose = fc.oneof(
  words(1, 8),
  words(1, 4).map((w) => `* ${w}`),
  words(1, 4).map((w) => `> ${w}`),
  words(1, 3).map((w) => `**${w}** and \`${w}\``),
  word.map((w) => `https://example.org/${w}`),
);

const fence = fc
  .tuple(fc.constantFrom('```bash', '```YAML', '```', '~~~console', '```Dockerfile'), words(1, 6))
  .map(([open, body]) => `${open}\n${body}\n${open.startsWith('~') ? '~~~' : '```'}`);

const content = fc.array(fc.oneof(prose, fence), { minLength: 1, maxLength: 3 });

/** An answer block in one of the layouts authors use, glued tag lines included. */
const answer = fc.tuple(fc.constantFrom('show', 'Show answer', 'wsolution wtext'), content, fc.nat(5)).map(([summary, blocks, layout]) => {
  const body = blocks.join('\n\n');
  switch (layout) {
    case 0:
      return `<details><summary>${summary}</summary>\n<p>\n\n${body}\n\n</p>\n</details>`;
    case 1: // glued: the content starts on the line after <p>, with no blank line
      return `<details><summary>${summary}</summary>\n<p>\n${body}\n</p>\n</details>`;
    case 2:
      return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
    case 3: // glued on the same line as the tags
      return `<details><summary>${summary}</summary><p>${body}\n</p></details>`;
    case 4: // no summary
      return `<details>\n\n${body}\n\n</details>`;
    default:
      return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
  }
});

const question = fc
  .tuple(
    fc.integer({ min: 2, max: 6 }),
    words(1, 6),
    fc.option(content, { nil: undefined }),
    fc.array(answer, { minLength: 0, maxLength: 2 }),
  )
  .map(([level, title, prompt, answers]) => [`${'#'.repeat(level)} ${title}?`, ...(prompt ?? []), ...answers].join('\n\n'));

const document = fc
  .tuple(
    fc.option(
      words(1, 4).map((t) => `# ${t} (20%)`),
      { nil: undefined },
    ),
    fc.array(
      words(1, 3).map((w) => `* ${w}`),
      { maxLength: 3 },
    ),
    fc.array(fc.oneof({ weight: 4, arbitrary: question }, { weight: 1, arbitrary: words(1, 4).map((t) => `## ${t}`) }), {
      minLength: 1,
      maxLength: 6,
    }),
    fc.boolean(),
  )
  .map(([title, competencies, sections, crlf]) => {
    const text = [title, competencies.join('\n'), ...sections].filter((s) => s !== undefined && s !== '').join('\n\n') + '\n';
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

function markdownOf(domain: Domain): string[] {
  return [
    domain.titleMarkdown,
    domain.intro,
    ...domain.competencies,
    domain.references,
    ...domain.topics.flatMap((t) => [
      t.titleMarkdown ?? '',
      t.intro,
      t.references,
      ...t.questions.flatMap((q) => [q.titleMarkdown, q.afterword, ...q.parts.flatMap((p) => [p.prompt, p.summary, p.markdown])]),
    ]),
  ];
}

let render: MarkdownRenderer;
beforeAll(async () => {
  render = await createMarkdownRenderer();
});

describe('any document in the convention', () => {
  it('parses without failing and renders every word', async () => {
    await fc.assert(
      fc.asyncProperty(document, async (source) => {
        const { domain, diagnostics } = parseDomain(source, 'a.generated.md');
        expect(diagnostics.filter((d) => d.ruleId === 'parser-failure')).toEqual([]);
        const html: string[] = [];
        for (const markdown of markdownOf(domain)) html.push(await render(markdown, { resolveLink: () => undefined }));
        // Shiki splits code into token spans: drop tags without a space so split words rejoin.
        const text = html.join(' \n ').replace(/<[^>]+>/g, '');
        const lost = [...new Set(source.match(/[\p{L}\p{N}]+/gu) ?? [])].filter(
          (w) =>
            !/^(details|summary|p|show|Show|answer|bash|YAML|console|Dockerfile|https|example|org|and|20)$/.test(w) && !text.includes(w),
        );
        expect(lost).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 240_000);
});
