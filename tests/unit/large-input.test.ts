/**
 * Big inputs: a 5 MB domain file and a single 20,000-character code line. Generated here,
 * not committed. They must parse and render completely; speed is measured by
 * `npm run bench:large-input`, not asserted here.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDomain } from '../../src/lib/curriculum/parse-domain';
import { buildSite } from '../../src/lib/build/build-site';
import { largeDomain } from '../support/large-domain';

describe('large input', () => {
  it('parses a 5 MB file into every one of its questions', () => {
    const source = largeDomain(11_000);
    expect(source.length).toBeGreaterThan(5_000_000);
    const { domain, diagnostics } = parseDomain(source, 'big.md');
    const questions = domain.topics.flatMap((t) => t.questions);
    expect(questions).toHaveLength(11_000);
    expect(questions.every((q) => q.answered)).toBe(true);
    expect(questions.at(-1)?.parts[0]?.markdown).toContain('Word10999 closes the answer.');
    expect(diagnostics).toEqual([]);
  }, 120_000);

  it('renders a 20,000-character code line whole, in one highlighted block', async () => {
    const long = `echo ${'x'.repeat(19_995)}`;
    expect(long).toHaveLength(20_000);
    const dir = mkdtempSync(join(tmpdir(), 'cks-long-line-'));
    writeFileSync(
      join(dir, 'a.long.md'),
      `# Long\n\n#### Print it\n<details><summary>show</summary>\n\n\`\`\`bash\n${long}\n\`\`\`\n\n</details>\n`,
    );
    const site = await buildSite({ contentDir: dir, base: '/' });
    const html = site.domains[0]!.topics[0]!.questions[0]!.parts[0]!.html;
    expect(site.diagnostics).toEqual([]);
    expect(html.match(/<pre/g)).toHaveLength(1);
    expect(html).toContain('x'.repeat(19_995));
  }, 60_000);
});
