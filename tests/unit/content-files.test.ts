import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { findRelativeLinks } from '../../src/lib/curriculum/find-links';
import { buildSite, type SiteModel } from '../../src/lib/build/build-site';
import { resolveRelative } from '../../src/lib/build/links';
import { contentFileUrl } from '../../src/lib/url';

const fixture = fileURLToPath(new URL('../fixtures/site-with-files-and-broken-links/input/', import.meta.url));

describe('a content folder with images, files and broken links', () => {
  let site: SiteModel;
  beforeAll(async () => {
    site = await buildSite({ contentDir: fixture, base: '/cks/' });
  });
  const html = () =>
    site.domains
      .flatMap((d) =>
        d.topics.flatMap((t) =>
          t.questions.flatMap((q) => [q.titleHtml, q.afterwordHtml, ...q.parts.flatMap((p) => [p.promptHtml, p.html])]),
        ),
      )
      .join('\n');

  it('publishes the images and files that exist, and only those', () => {
    expect(site.files.map((f) => f.path)).toEqual(['img/pod diagram.png', 'manifests/pod.yaml']);
    expect(site.files[0]!.source).toBe(`${fixture}img/pod diagram.png`);
  });

  it('points markdown and raw HTML images at the published copy', () => {
    expect(html()).toContain('<img src="/cks/_content/img/pod%20diagram.png" alt="A pod" title="the pod">');
    expect(html()).toContain('<img src="/cks/_content/img/pod%20diagram.png" alt="The same pod, in raw HTML">');
    expect(html()).toContain('href="/cks/_content/manifests/pod.yaml"');
    expect(html()).toContain('href="/cks/services/#expose"');
  });

  it('reports each missing image and broken link with its file, line and column', () => {
    const found = site.diagnostics
      .filter((d) => d.ruleId === 'missing-image' || d.ruleId === 'broken-link')
      .map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`);
    expect(found).toEqual([
      'README.md:3:54 broken-link',
      'a.workloads.md:21:9 missing-image',
      'a.workloads.md:25:15 broken-link',
      'a.workloads.md:25:39 broken-link',
      'a.workloads.md:25:74 broken-link',
    ]);
    const outside = site.diagnostics.find((d) => d.line === 25 && d.column === 74);
    expect(outside?.message).toContain('outside the content folder');
  });

  it('reports removed raw HTML on the line of its answer and keeps the text', () => {
    const unsafe = site.diagnostics.filter((d) => d.ruleId === 'unsafe-html');
    expect(unsafe).toEqual([expect.objectContaining({ file: 'b.services.md', line: 4, severity: 'warning' })]);
    const services = site.domains.find((d) => d.slug === 'services')!;
    const answer = services.topics[0]!.questions[0]!.parts[0]!.html;
    expect(answer).not.toContain('<script');
    expect(answer).toContain('look.');
  });

  it('counts the warnings in the summary', () => {
    expect(site.summary.warnings).toBe(site.diagnostics.filter((d) => d.severity === 'warning').length);
    expect(site.summary.warnings).toBeGreaterThanOrEqual(6);
  });
});

describe('findRelativeLinks', () => {
  it('skips code fences, fences glued to a tag, code spans, and absolute or in-page URLs', () => {
    const source = [
      '[a](a.md) [ext](https://x.example/b.md) [top](#top) [root](/c.md)',
      '<p>```bash',
      'cat [x](inside-fence.md)',
      '```',
      '`[y](span.md)` ![img](i.png)',
      '[ref]: ./ref.md',
      '<a href="h.md">h</a> <img src=\'raw.png\'>',
    ].join('\r\n');
    expect(findRelativeLinks(source).map((l) => `${l.line}:${l.column} ${l.kind} ${l.url}`)).toEqual([
      '1:5 link a.md',
      '5:23 image i.png',
      '6:8 link ./ref.md',
      '7:10 link h.md',
      '7:32 image raw.png',
    ]);
  });
});

describe('resolveRelative', () => {
  const urls = new Map([
    ['b.services.md', '/services/'],
    ['ckad/README.md', '/ckad/'],
  ]);
  const files = new Set(['img/a.png', 'ckad/img/b.png']);
  const isFile = (p: string) => files.has(p);

  it('finds pages, folders with a README, and files', () => {
    expect(resolveRelative('b.services.md#x', 'a.md', urls, isFile)).toEqual({ kind: 'page', url: '/services/#x' });
    expect(resolveRelative('ckad/', 'a.md', urls, isFile)).toEqual({ kind: 'page', url: '/ckad/' });
    expect(resolveRelative('img/b.png?v=1', 'ckad/c.md', urls, isFile)).toEqual({ kind: 'file', path: 'ckad/img/b.png', suffix: '?v=1' });
    expect(resolveRelative('../img/a.png', 'ckad/c.md', urls, isFile)).toEqual({ kind: 'file', path: 'img/a.png', suffix: '' });
  });

  it('never publishes a file outside the content folder', () => {
    expect(resolveRelative('../../etc/passwd', 'ckad/c.md', urls, () => true)).toMatchObject({ kind: 'missing' });
  });

  it('encodes published file URLs', () => {
    expect(contentFileUrl('/cks/', 'img/a b#.png')).toBe('/cks/_content/img/a%20b%23.png');
  });
});
