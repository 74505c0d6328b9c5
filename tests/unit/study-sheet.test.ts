import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTime } from '../../src/lib/build/environment';
import { buildStudySheet } from '../../src/lib/print/study-sheet';
import { buildSite, type SiteModel } from '../../src/lib/build/build-site';

const fixture = fileURLToPath(new URL('../fixtures/site-with-readme-and-subfolders/input/', import.meta.url));
const builtAt = new Date('2026-11-20T10:00:00Z');

describe('the study sheet of a site with a sub-folder', () => {
  let site: SiteModel;
  beforeAll(async () => {
    site = await buildSite({ contentDir: fixture, base: '/cks/' });
  });

  it('holds every domain in reading order with a cover count and the build day', () => {
    const sheet = buildStudySheet(site.domains, { title: 'CKS Study', base: '/cks/', builtAt });
    expect(sheet.title).toBe('CKS Study');
    expect(sheet.builtOn).toBe('2026-11-20');
    expect(sheet.counts).toEqual({ domains: 3, questions: 4, answered: 4 });
    expect(sheet.domains.map((d) => [d.number, d.slug, d.weight, d.id])).toEqual([
      [1, 'core-concepts', 13, 'd-1'],
      [2, 'services', null, 'd-2'],
      [3, 'ckad/pod-design', 20, 'd-3'],
    ]);
  });

  it('numbers questions per domain, with short ids unique on the sheet', () => {
    const sheet = buildStudySheet(site.domains, { title: 'CKS Study', base: '/cks/', builtAt });
    const questions = sheet.domains.flatMap((d) => d.topics.flatMap((t) => t.questions));
    expect(questions.map((q) => [q.number, q.id])).toEqual([
      ['1.1', 'q-1-1'],
      ['1.2', 'q-1-2'],
      ['2.1', 'q-2-1'],
      ['3.1', 'q-3-1'],
    ]);
    const labels = sheet.domains[2]!.topics.find((t) => t.title === 'Labels');
    expect(labels).toMatchObject({ id: 't-3-1', range: '3.1' });
  });

  it('drops the generic "show" label and keeps the answer open as plain HTML', () => {
    const sheet = buildStudySheet(site.domains, { title: 'CKS Study', base: '/cks/', builtAt });
    const part = sheet.domains[0]!.topics[0]!.questions[0]!.parts[0]!;
    expect(part.label).toBeNull();
    expect(part.html).toMatch(/<pre[^>]*>.*kubectl.*get.*ns/s);
    expect(part.html).not.toContain('<details');
    expect(part.writingLines).toBeGreaterThanOrEqual(2);
  });

  it('points links between domains at the question or topic on the sheet', () => {
    const sheet = buildStudySheet(site.domains, { title: 'CKS Study', base: '/cks/', builtAt });
    const [core, , pod] = sheet.domains;
    expect(core!.topics[0]!.questions[1]!.titleHtml).toContain('href="#t-3-1" data-print-title="Labels"');
    expect(pod!.topics[0]!.questions[0]!.afterwordHtml).toContain('href="#q-1-1" data-print-title="List every namespace."');
  });

  it('a one-domain sheet keeps the numbers of the full sheet and links off the sheet to the site', () => {
    const sheet = buildStudySheet(site.domains, {
      title: 'CKS Study',
      base: '/cks/',
      builtAt,
      only: 'ckad/pod-design',
      site: new URL('https://example.org'),
    });
    expect(sheet.title).toBe('Pod design');
    expect(sheet.counts).toEqual({ domains: 1, questions: 1, answered: 1 });
    const question = sheet.domains[0]!.topics[0]!.questions[0]!;
    expect(question.number).toBe('3.1');
    expect(question.afterwordHtml).toContain(
      'href="https://example.org/cks/core-concepts/#list-every-namespace" data-print-title="List every namespace."',
    );
  });

  it('without SITE_URL a link off the sheet keeps its site path', () => {
    const sheet = buildStudySheet(site.domains, { title: 'CKS Study', base: '/cks/', builtAt, only: 'ckad/pod-design' });
    expect(sheet.domains[0]!.topics[0]!.questions[0]!.afterwordHtml).toContain('href="/cks/core-concepts/#list-every-namespace"');
  });
});

describe('in-page links', () => {
  it('an #anchor link points at the question of the same domain', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cks-sheet-'));
    writeFileSync(
      join(folder, 'a.one.md'),
      '# One\n\n### First question\n\n<details><summary>show</summary>\n\nyes\n\n</details>\n\n### Second question\n\n<details><summary>Solution with Helm</summary>\n\nAs in [the first](#first-question).\n\n</details>\n',
    );
    const site = await buildSite({ contentDir: folder, base: '/' });
    const sheet = buildStudySheet(site.domains, { title: 'T', base: '/', builtAt });
    const second = sheet.domains[0]!.topics[0]!.questions[1]!;
    expect(second.parts[0]!.label).toBe('Solution with Helm');
    expect(second.parts[0]!.html).toContain('href="#q-1-1" data-print-title="First question"');
  });
});

describe('build time', () => {
  it('honours SOURCE_DATE_EPOCH for reproducible builds', () => {
    expect(buildTime({ SOURCE_DATE_EPOCH: '1767225600' }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(buildTime({}, () => builtAt)).toBe(builtAt);
    expect(buildTime({ SOURCE_DATE_EPOCH: 'soon' }, () => builtAt)).toBe(builtAt);
  });
});
