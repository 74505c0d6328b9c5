import { describe, expect, it } from 'vitest';
import { domainSlugFromPath, isReadme, titleFromPath } from '../../src/lib/curriculum/paths';

describe('domainSlugFromPath', () => {
  it.each([
    ['f.monitoring.md', 'monitoring', 6],
    ['a.cluster_setup.md', 'cluster-setup', 1],
    ['B.Cluster_Hardening.md', 'cluster-hardening', 2],
    ['01-system-hardening.md', 'system-hardening', 1],
    ['1_minimize_microservice_vulnerabilities.md', 'minimize-microservice-vulnerabilities', 1],
    ['12.supply_chain.md', 'supply-chain', 12],
    ['monitoring.md', 'monitoring', null],
    ['Runtime Security.MD', 'runtime-security', null],
  ])('%s -> %s (order %s)', (path, slug, order) => {
    expect(domainSlugFromPath(path)).toEqual({ slug, order });
  });

  it('turns subfolders into URL segments', () => {
    expect(domainSlugFromPath('ckad/c.pod_design.md')).toEqual({ slug: 'ckad/pod-design', order: 3 });
    expect(domainSlugFromPath('Curricula/CKS_2024/d.system_hardening.md')).toEqual({
      slug: 'curricula/cks-2024/system-hardening',
      order: 4,
    });
  });

  it('accepts Windows separators and a leading ./', () => {
    expect(domainSlugFromPath('.\\ckad\\c.pod_design.md').slug).toBe('ckad/pod-design');
    expect(domainSlugFromPath('./f.monitoring.md').slug).toBe('monitoring');
  });

  it('keeps a name that is nothing but a prefix', () => {
    expect(domainSlugFromPath('a.md')).toEqual({ slug: 'a', order: null });
  });

  it('does not take a word for a letter prefix', () => {
    expect(domainSlugFromPath('ab.notes.md')).toEqual({ slug: 'ab.notes', order: null });
  });
});

describe('isReadme', () => {
  it.each(['README.md', 'readme.md', 'ckad/README.md', 'ckad/ReadMe.MD', 'a\\b\\README.md'])('%s is a README', (p) => {
    expect(isReadme(p)).toBe(true);
  });

  it.each(['a.readme_first.md', 'READMEs.md', 'README.txt', 'readme/a.md'])('%s is not', (p) => {
    expect(isReadme(p)).toBe(false);
  });
});

describe('titleFromPath', () => {
  it('titles a file that has no heading from its name', () => {
    expect(titleFromPath('f.monitoring.md')).toBe('Monitoring');
    expect(titleFromPath('content/b.cluster_hardening.md')).toBe('Cluster Hardening');
  });
});
