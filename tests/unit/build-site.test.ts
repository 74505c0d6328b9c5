import { readFileSync } from 'node:fs';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteModel } from '../../src/lib/build/build-site';
import { questionRecords } from '../../src/lib/site/pages';
import { describeSeed, seedFile, seedFileName } from '../support/seed';

const fixture = fileURLToPath(new URL('../fixtures/site-with-readme-and-subfolders/input/', import.meta.url));
const seedShaped = fileURLToPath(new URL('../fixtures/site-seed-shaped/input/f.runtime_threat_detection.md', import.meta.url));

describe('a content folder with a README and a sub-folder', () => {
  let site: SiteModel;
  beforeAll(async () => {
    site = await buildSite({ contentDir: fixture, base: '/cks/' });
  });

  it('makes a domain of every markdown file except READMEs and repository files', () => {
    expect(site.domains.map((d) => d.slug)).toEqual(['core-concepts', 'services', 'ckad/pod-design']);
  });

  it('reads weights from the title in either spelling, and none when absent', () => {
    expect(site.domains.map((d) => d.weight)).toEqual([13, null, 20]);
  });

  it('turns READMEs into their folder introductions with links to domain pages', () => {
    const root = site.intros.find((i) => i.folder === '');
    expect(root?.title).toBe('Exercises for two exams');
    expect(root?.html).toContain('href="/cks/core-concepts/"');
    expect(root?.html).toContain('href="/cks/ckad/"');
    expect(root?.html).toContain('href="/cks/ckad/pod-design/#labels"');
    expect(site.intros.find((i) => i.folder === 'ckad')?.title).toBe('CKAD');
  });

  it('rewrites links between domain files, in headings and in answers', () => {
    const [core, , pod] = site.domains;
    expect(core!.topics[0]!.questions[1]!.titleHtml).toContain('href="/cks/ckad/pod-design/#labels"');
    expect(pod!.topics[0]!.questions[0]!.afterwordHtml).toContain('href="/cks/core-concepts/#list-every-namespace"');
  });

  it('summarises the build', () => {
    expect(site.summary).toMatchObject({ domains: 3, questions: 4, answered: 4, placeholders: 0, errors: 0 });
  });

  it('lists every question in questions.json with its URL under the base', () => {
    const records = questionRecords(site.domains, '/cks/');
    expect(records).toHaveLength(4);
    expect(records[0]).toEqual({
      id: 'core-concepts#list-every-namespace',
      domain: 'core-concepts',
      topic: null,
      title: 'List every namespace.',
      url: '/cks/core-concepts/#list-every-namespace',
      answered: true,
      lang: 'en',
      parts: [{ prompt: '', answer: '```\nkubectl get ns\n```' }],
      type: 'task',
    });
  });
});

/** The page checks of a seed-shaped domain file, built alone into a site. */
function describeSeedShapedSite(sourceFile: string, fileName: string): void {
  let site: SiteModel;
  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cks-seed-'));
    copyFileSync(sourceFile, join(folder, fileName));
    site = await buildSite({ contentDir: folder, base: '/' });
  });

  it('renders every word of the source outside the markup into the page', () => {
    const domain = site.domains[0]!;
    const html = [
      domain.title,
      `${domain.weight}%`,
      domain.introHtml,
      ...domain.competenciesHtml,
      domain.referencesHtml,
      ...domain.topics.flatMap((t) => [
        t.titleHtml ?? '',
        t.introHtml,
        t.referencesHtml,
        ...t.questions.flatMap((q) => [q.titleHtml, q.afterwordHtml, ...q.parts.flatMap((p) => [p.promptHtml, p.html])]),
      ]),
    ].join(' ');
    // Link targets count: a URL the author wrote is kept as the link's href.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].flatMap((m) => [m[1]!, decodeURIComponent(m[1]!)]).join(' ');
    const text = (html + hrefs)
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x26;/g, '&')
      .replace(/&#x3C;/g, '<');
    const markup = new Set(['details', 'summary', 'p', 'show', 'Question', 'Answer', 'Questions', 'References', 'bash', 'md']);
    const source = readFileSync(sourceFile, 'utf8');
    const missing = [...new Set(source.match(/[\p{L}\p{N}]+/gu))].filter((w) => !markup.has(w) && !text.includes(w));
    expect(missing).toEqual([]);
  });

  it('highlights every answer code block', () => {
    const parts = site.domains[0]!.topics.flatMap((t) => t.questions.flatMap((q) => q.parts));
    const blocks = parts.filter((p) => !p.empty).map((p) => p.html);
    expect(blocks.length).toBe(9);
    for (const html of blocks) expect(html).toMatch(/<pre class="shiki[^"]*"[^>]*data-lang="/);
  });

  it('leaves no empty paragraph and no block inside a paragraph', () => {
    const html = site.domains[0]!.topics.flatMap((t) => t.questions.flatMap((q) => q.parts.map((p) => p.html + p.promptHtml))).join('');
    expect(html).not.toMatch(/<p>\s*<\/p>/);
    expect(html).not.toMatch(/<p>(?:(?!<\/p>).)*<(pre|div)/s);
  });
}

describe('the seed-shaped domain (tests/fixtures/site-seed-shaped)', () => {
  describeSeedShapedSite(seedShaped, 'f.runtime_threat_detection.md');
});

describeSeed('the seed file', () => {
  describeSeedShapedSite(seedFile, seedFileName);
});

describe('manifests in a built site', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cks-build-manifests-'));
  const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
  copyFileSync(join(fixtures, 'manifest-a-correct-deployment/input.md'), join(dir, 'a.workloads.md'));
  copyFileSync(join(fixtures, 'manifest-a-typo/input.md'), join(dir, 'b.typos.md'));

  it('marks the valid block on the page with the release the build checked against, and counts per domain', async () => {
    const site = await buildSite({ contentDir: dir, base: '/', kubernetesVersion: '1.34' });
    const [valid, typos] = site.domains;
    expect(valid?.manifests).toEqual({ checked: 1, kubernetesVersion: '1.34' });
    expect(typos?.manifests).toEqual({ checked: 2, kubernetesVersion: '1.34' });
    const html = (d: typeof valid) => d?.topics.flatMap((t) => t.questions.flatMap((q) => q.parts.map((p) => p.html))).join('\n') ?? '';
    expect(html(valid)).toContain('valid for Kubernetes 1.34');
    expect(html(typos)).not.toContain('manifest-mark');
    expect(site.summary.manifests).toEqual({ kubernetesVersion: '1.34', checked: 3, fragments: 0, otherKinds: 0, broken: 0 });
    expect(site.diagnostics.filter((d) => d.ruleId === 'k8s-schema').map((d) => `${d.file}:${d.line}`)).toEqual([
      'b.typos.md:19',
      'b.typos.md:36',
    ]);
  });
});
