import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { domainSearchRecords } from '../../src/lib/build/search-records';
import { readableText } from '../../src/lib/render/readable-text';
import { buildSite, type SiteModel } from '../../src/lib/build/build-site';
import { planDomainPages } from '../../src/lib/site/domain-pages';

/** A domain as the site renders it: a topic with two questions, one without a topic section. */
const DOMAIN = `# Monitoring, Logging and Runtime Security (20%)

#### What is \`strace\`?

Use the help page.

<details><summary>show</summary>
<p>

\`strace\` traces system calls.

\`\`\`bash
strace -h
cat a 2>&1 | tee <out>
\`\`\`

</p>
</details>

<details><summary>show</summary>
<p>

Second part.

</p>
</details>

See also ptrace.

## Perform behavioral analytics of syscalls
### Questions
#### Audit levels

<details><summary>Levels</summary>
<p>

* None
* Metadata

</p>
</details>

#### Not written yet

<details><summary>show</summary>
<p>

</p>
</details>
`;

let site: SiteModel;
const streamed: unknown[][] = [];
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cks-search-records-'));
  writeFileSync(join(dir, 'f.monitoring.md'), DOMAIN);
  writeFileSync(join(dir, 'g.second.md'), '# Second\n\n#### One more\n\n<details><summary>show</summary>\n\nYes.\n\n</details>\n');
  site = await buildSite({ contentDir: dir, base: '/cks/', onSearchRecords: (records) => streamed.push(records) });
});

describe('search records', () => {
  it('makes one record per question, at the question anchor under the base', () => {
    expect(site.searchRecords.map((r) => r.url)).toEqual([
      '/cks/monitoring/#what-is-strace',
      '/cks/monitoring/#audit-levels',
      '/cks/monitoring/#not-written-yet',
      '/cks/second/#one-more',
    ]);
  });

  it("hands each domain's records over as soon as the domain is rendered", () => {
    expect(streamed.map((records) => records.length)).toEqual([3, 1]);
    expect(streamed.flat()).toEqual(site.searchRecords);
  });

  it('titles a record with its heading and gives the domain and topic as meta and the domain as filter', () => {
    const [strace, levels] = site.searchRecords;
    expect(strace?.meta).toEqual({ title: 'What is strace?', domain: 'Monitoring, Logging and Runtime Security' });
    expect(levels?.meta).toEqual({
      title: 'Audit levels',
      domain: 'Monitoring, Logging and Runtime Security',
      topic: 'Perform behavioral analytics of syscalls',
    });
    expect(levels?.filters).toEqual({ domain: ['Monitoring, Logging and Runtime Security'] });
    expect(levels?.language).toBe('en');
  });

  it('indexes the title, prompt, every answer part and the afterword, including code', () => {
    expect(site.searchRecords[0]?.content).toBe(
      'What is strace? Use the help page. strace traces system calls. strace -h cat a 2>&1 | tee <out> Second part. See also ptrace.',
    );
  });

  it('leaves page furniture out (summaries, part counts) and says what the page says for an empty answer', () => {
    expect(site.searchRecords[1]?.content).toBe('Audit levels None Metadata');
    expect(site.searchRecords[2]?.content).toBe('Not written yet No answer yet');
    const all = site.searchRecords.map((r) => r.content).join(' ');
    for (const furniture of ['Show answer', 'show', 'Levels', 'part 1 of 2', 'Copy', '#']) expect(all).not.toContain(furniture);
  });

  it('points the questions of a split domain at their topic pages, with the domain and topic as on other pages', () => {
    const domain = site.domains[0]!;
    const plan = planDomainPages(domain, { budget: 1 });
    const text = {
      topics: new Map([[domain.topics[1]!.anchor!, 'Syscalls']]),
      questions: new Map([
        ['what-is-strace', { title: 'A', content: 'A' }],
        ['audit-levels', { title: 'B', content: 'B' }],
        ['not-written-yet', { title: 'C', content: 'C' }],
      ]),
    };
    const records = domainSearchRecords(domain, plan, text, '/');
    expect(records.map((r) => r.url)).toEqual([
      `/monitoring/${plan.pageOf.get('what-is-strace')}/#what-is-strace`,
      `/monitoring/${plan.pageOf.get('audit-levels')}/#audit-levels`,
      `/monitoring/${plan.pageOf.get('not-written-yet')}/#not-written-yet`,
    ]);
    expect(records[1]?.meta).toEqual({ title: 'B', domain: 'Monitoring, Logging and Runtime Security', topic: 'Syscalls' });
  });

  it('ends the content with the other forms of its Kubernetes names, and gives those of the title as meta', () => {
    const domain = site.domains[0]!;
    const text = {
      topics: new Map<string, string>(),
      questions: new Map([['what-is-strace', { title: 'Create a NetworkPolicy', content: 'Create a NetworkPolicy k get netpol -A' }]]),
    };
    const [record] = domainSearchRecords(domain, planDomainPages(domain, {}), text, '/');
    expect(record?.content).toBe('Create a NetworkPolicy k get netpol -A ⁂ kubectl');
    expect(record?.meta.synonyms).toBe('netpol');
    expect(site.searchRecords[3]?.meta).not.toHaveProperty('synonyms');
  });
});

describe('readableText', () => {
  const text = (html: string) => readableText(unified().use(rehypeParse, { fragment: true }).parse(html));

  it('keeps words of adjacent blocks apart', () => {
    expect(text('<p>one</p><p>two</p><ul><li>three</li><li>four</li></ul>')).toBe('one two three four');
  });

  it('leaves out furniture', () => {
    expect(text('<p>a &amp; b<button>Copy</button><span hidden>x</span><span aria-hidden="true">#</span></p>c')).toBe('a & b c');
    expect(text('<details><summary>Show answer</summary><p data-pagefind-ignore>Mark as known</p><p>kept</p></details>')).toBe('kept');
  });
});
