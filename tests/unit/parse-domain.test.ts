/** Behaviours too small for a fixture folder, and the promise never to throw. */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/curriculum/diagnostics';
import { parseDomain } from '../../src/lib/curriculum/parse-domain';
import { splitWeight } from '../../src/lib/curriculum/weight';

const answer = (body: string): string => `<details><summary>show</summary>\n\n${body}\n\n</details>`;
const rules = (source: string): Array<[string, number, number]> =>
  parseDomain(source, 'x.md').diagnostics.map((d) => [d.ruleId, d.line, d.column]);

describe('splitWeight', () => {
  it.each([
    ['Monitoring, Logging and Runtime Security (20%)', 'Monitoring, Logging and Runtime Security', 20],
    ['Cluster Setup - 10%', 'Cluster Setup', 10],
    ['Cluster Hardening – 15 %', 'Cluster Hardening', 15],
    ['System Hardening 15%', 'System Hardening', 15],
    ['Supply Chain Security [20%]', 'Supply Chain Security', 20],
    ['Microservices: 20%', 'Microservices', 20],
    ['Workloads ( 12.5 % )', 'Workloads', 12.5],
    ['Security in 2024', 'Security in 2024', null],
    ['20%', '20%', null],
  ])('%s', (input, title, weight) => {
    expect(splitWeight(input)).toEqual({ title, weight });
  });
});

describe('formatDiagnostic', () => {
  it('prints path:line:col: severity: message [rule-id]', () => {
    const [d] = parseDomain('# T\n\n#### Q\n   <details><summary>show</summary>\n</details>\n', 'content/f.monitoring.md').diagnostics;
    expect(d && formatDiagnostic(d)).toBe(
      'content/f.monitoring.md:4:4: warning: the answer to "Q" is empty; shown as not answered yet [empty-answer]',
    );
  });
});

describe('parseDomain', () => {
  it('normalises CR-only line endings', () => {
    const { domain } = parseDomain(`# Old Mac (5%)\r\r#### Q\r${answer('A.').replace(/\n/g, '\r')}\r`, 'x.md');
    expect(domain.title).toBe('Old Mac');
    expect(domain.topics[0]?.questions[0]?.parts[0]?.markdown).toBe('A.');
  });

  it('titles a whitespace-only file from its name and reports it', () => {
    const { domain, diagnostics } = parseDomain('  \n\t\n', 'f.monitoring.md');
    expect(domain.title).toBe('Monitoring');
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['missing-title']);
  });

  it('titles a file whose "#" heading is empty from its name', () => {
    const { domain, diagnostics } = parseDomain('#\n\n* A competency\n', 'a.cluster_setup.md');
    expect(domain.title).toBe('Cluster Setup');
    expect(domain.competencies).toEqual(['A competency']);
    expect(diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['missing-title', 1]]);
  });

  it('removes the closing #s of a heading', () => {
    const { domain } = parseDomain('# Title #\n\n## Topic ##\n', 'x.md');
    expect(domain.title).toBe('Title');
    expect(domain.topics[0]?.title).toBe('Topic');
  });

  it('keeps an answer block with no heading before it in the intro, and reports it', () => {
    const source = `Intro line.\n${answer('Orphan.')}\n# Title\n`;
    const { domain } = parseDomain(source, 'x.md');
    expect(domain.intro).toContain('Orphan.');
    expect(domain.intro).toContain('<details>');
    expect(rules(source)).toEqual([['answer-without-question', 2, 1]]);
  });

  it('reports a </details> with no <details> and keeps it', () => {
    const source = '# T\n\n## Topic\ntext\n</details>\n';
    expect(rules(source)).toEqual([['stray-closing-tag', 5, 1]]);
    expect(parseDomain(source, 'x.md').domain.topics[0]?.intro).toBe('text\n</details>');
  });

  it('keeps the text of an unclosed <summary> as answer content', () => {
    const source = '# T\n\n#### Q\n<details><summary>Show the answer\n\nIt is 42.\n</details>\n';
    const { domain } = parseDomain(source, 'x.md');
    expect(domain.topics[0]?.questions[0]?.parts[0]?.markdown).toBe('Show the answer\n\nIt is 42.');
    expect(rules(source)).toEqual([['unclosed-summary', 4, 10]]);
  });

  it('does not close an answer on a </details> written as code', () => {
    const source = `# T\n\n#### Q\n${answer('Close it with `</details>`.')}\n`;
    expect(parseDomain(source, 'x.md').domain.topics[0]?.questions[0]?.parts[0]?.markdown).toBe('Close it with `</details>`.');
  });

  it('reads text after </details> on the same line as the afterword', () => {
    const source = '# T\n\n#### Q\n<details><summary>show</summary>A.</details> Then move on.\n';
    const q = parseDomain(source, 'x.md').domain.topics[0]?.questions[0];
    expect(q?.parts[0]?.markdown).toBe('A.');
    expect(q?.afterword).toBe('Then move on.');
  });

  it('puts references that come before any topic on the domain, at any level', () => {
    const { domain } = parseDomain('# T\n\n### References\n[Docs](https://kubernetes.io/docs/)\n\n## Topic\n', 'x.md');
    expect(domain.references).toBe('[Docs](https://kubernetes.io/docs/)');
    expect(domain.referenceLinks).toEqual([{ text: 'Docs', url: 'https://kubernetes.io/docs/', line: 4 }]);
    expect(domain.topics.map((t) => t.title)).toEqual(['Topic']);
  });
});

describe('frontmatter', () => {
  it('reports a field of the wrong type on its line and ignores it', () => {
    const source = '---\ntitle: Good\norder: first\n---\n# Heading\n';
    const { domain, diagnostics } = parseDomain(source, 'c.x.md');
    expect(domain.title).toBe('Good');
    expect(domain.order).toBe(3);
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([['invalid-frontmatter', 'error', 3]]);
  });

  it('accepts an empty frontmatter', () => {
    const { domain, diagnostics } = parseDomain('---\n---\n# T\n', 'x.md');
    expect(domain.frontmatter).toEqual({});
    expect(domain.title).toBe('T');
    expect(diagnostics).toEqual([]);
  });

  it('reports frontmatter that is never closed and keeps it as content', () => {
    const { domain, diagnostics } = parseDomain('---\ntitle: Open\n# T\n', 'x.md');
    expect(diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['invalid-frontmatter', 1]]);
    expect(domain.intro).toContain('title: Open');
  });

  it('takes a lone --- for a thematic break, not frontmatter', () => {
    expect(parseDomain('---\n# T\n', 'x.md').diagnostics).toEqual([]);
  });
});

describe('never throws', () => {
  const nasty = [
    '',
    '<details>',
    '</details>',
    '```',
    '~~~~\n<details>',
    '<details><summary>',
    '<details><summary>show</summary><p>',
    '#\n##\n###### \n#######',
    '---',
    '---\n---\n---',
    '---\n: : :\n---',
    '<details>'.repeat(50) + '</details>'.repeat(10),
    '# T\n<details>\n```\n</p>\n</details>\n# U\n<details>\n~~~\n',
    '\uFEFF\r\n\r\n',
    '* \n- \n+ ',
    '<!--\n# inside',
    '`'.repeat(1000),
  ];
  it.each(nasty.map((s) => [JSON.stringify(s).slice(0, 40), s]))('on %s', (_label, source) => {
    const result = parseDomain(source, 'x.md');
    expect(result.diagnostics.filter((d) => d.ruleId === 'parser-failure')).toEqual([]);
  });

  it('on random mixes of the syntax it scans', () => {
    const pieces = [
      '# A',
      '## B (20%)',
      '#### Question',
      '<details>',
      '<summary>show</summary>',
      '<p>',
      '</p>',
      '</details>',
      '```',
      '```bash',
      '~~~',
      '',
      '  ',
      'text',
      '- item',
      '---',
      '<!--',
      '-->',
      '`</details>`',
      '</p></details>',
    ];
    let seed = 42;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let run = 0; run < 300; run += 1) {
      const lines = Array.from({ length: 1 + (next() % 40) }, () => pieces[next() % pieces.length]);
      const result = parseDomain(lines.join(next() % 2 ? '\n' : '\r\n'), 'x.md');
      expect(result.diagnostics.filter((d) => d.ruleId === 'parser-failure')).toEqual([]);
    }
  });
});
