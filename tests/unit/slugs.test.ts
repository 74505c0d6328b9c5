import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/lib/build/build-site';
import { assignSlugs, SITE_ROUTES } from '../../src/lib/build/slugs';

const fixture = fileURLToPath(new URL('../fixtures/site-with-slug-conflicts/input/', import.meta.url));
const pagesDir = fileURLToPath(new URL('../../src/pages/', import.meta.url));

describe('domain URLs', () => {
  it('keep the slug of the file name when nothing else has it', () => {
    const { slugs, diagnostics } = assignSlugs([{ path: 'f.monitoring.md' }, { path: 'ckad/c.pod_design.md' }]);
    expect([...slugs.values()]).toEqual(['monitoring', 'ckad/pod-design']);
    expect(diagnostics).toEqual([]);
  });

  it('move a domain off a URL the site uses for its own pages, and say where it went', () => {
    const { slugs, diagnostics } = assignSlugs([{ path: 'c.study.md' }, { path: 'print/a.x.md' }, { path: 'd.md', override: 'search' }]);
    expect([...slugs.values()]).toEqual(['study-1', 'print-1/x', 'search-1']);
    expect(diagnostics.map((d) => [d.file, d.ruleId, d.severity])).toEqual([
      ['c.study.md', 'slug-conflict', 'warning'],
      ['print/a.x.md', 'slug-conflict', 'warning'],
      ['d.md', 'slug-conflict', 'warning'],
    ]);
    expect(diagnostics[0]?.message).toBe(
      "the URL /study/ is taken by the site's own /study/, so this domain is published at /study-1/; set `slug:` in its frontmatter to choose another",
    );
  });

  it('number a second file with the same URL instead of overwriting the first', () => {
    const { slugs, diagnostics } = assignSlugs([
      { path: 'a.monitoring.md' },
      { path: 'b.monitoring.md' },
      { path: 'c.x.md', override: 'monitoring-1' },
    ]);
    expect([...slugs.values()]).toEqual(['monitoring', 'monitoring-1', 'monitoring-1-1']);
    expect(diagnostics.map((d) => d.message.split(',')[0])).toEqual([
      'the URL /monitoring/ is taken by a.monitoring.md',
      'the URL /monitoring-1/ is taken by b.monitoring.md',
    ]);
  });

  it('keep a domain off the URL of a folder page', () => {
    const { slugs } = assignSlugs([{ path: 'ckad.md' }, { path: 'ckad/pod_design.md' }]);
    expect([...slugs.values()]).toEqual(['ckad-1', 'ckad/pod-design']);
  });

  it('know every route the site has', () => {
    const routes = readdirSync(pagesDir)
      .filter((name) => !name.startsWith('['))
      .map((name) => name.replace(/\.(astro|ts)$/, ''))
      .filter((name) => name !== 'index');
    for (const route of routes) expect(SITE_ROUTES, route).toContain(route);
  });

  it('give every domain of a clashing folder its own page in the built site', async () => {
    const site = await buildSite({ contentDir: fixture, base: '/' });
    expect(site.domains.map((d) => d.slug).sort()).toEqual([
      'ckad-1',
      'ckad/pod-design',
      'monitoring',
      'monitoring-1',
      'search-1',
      'study-1',
    ]);
    expect(site.diagnostics.filter((d) => d.ruleId === 'slug-conflict').map((d) => d.file)).toEqual([
      'b.monitoring.md',
      'c.study.md',
      'ckad.md',
      'd.renamed.md',
    ]);
  });
});
