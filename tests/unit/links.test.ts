import { describe, expect, it } from 'vitest';
import { resolveRelative, resolveSiblingLink } from '../../src/lib/build/links';
import { withBase } from '../../src/lib/url';

const urls = new Map([
  ['b.cluster_hardening.md', '/cks/cluster-hardening/'],
  ['ckad/c.pod_design.md', '/cks/ckad/pod-design/'],
  ['README.md', '/cks/'],
]);

describe('resolveSiblingLink', () => {
  it('points a sibling file with an anchor at its page and anchor', () => {
    expect(resolveSiblingLink('b.cluster_hardening.md#rbac', 'f.monitoring.md', urls)).toBe('/cks/cluster-hardening/#rbac');
  });

  it('resolves paths relative to the linking file', () => {
    expect(resolveSiblingLink('../b.cluster_hardening.md', 'ckad/a.core.md', urls)).toBe('/cks/cluster-hardening/');
    expect(resolveSiblingLink('./c.pod_design.md', 'ckad/a.core.md', urls)).toBe('/cks/ckad/pod-design/');
    expect(resolveSiblingLink('ckad/c.pod_design.md', 'README.md', urls)).toBe('/cks/ckad/pod-design/');
  });

  it('leaves external, absolute, in-page and unknown links alone', () => {
    for (const href of ['https://kubernetes.io/docs/', '#rbac', '/docs/x.md', 'missing.md', 'image.png', 'mailto:a@b.c']) {
      expect(resolveSiblingLink(href, 'f.monitoring.md', urls)).toBeUndefined();
    }
  });
});

describe('withBase', () => {
  it('joins the base and a path with exactly one slash', () => {
    expect(withBase('/', 'monitoring/')).toBe('/monitoring/');
    expect(withBase('/cks/', '/monitoring/')).toBe('/cks/monitoring/');
    expect(withBase('/cks', 'monitoring/')).toBe('/cks/monitoring/');
  });
});

describe('resolveRelative', () => {
  const files = new Set(['CONTRIBUTING.md', 'img/pod.png']);
  const isFile = (path: string) => files.has(path);

  it('says a markdown file the site leaves out is not published, not that it does not exist', () => {
    expect(resolveRelative('CONTRIBUTING.md', 'README.md', urls, isFile)).toMatchObject({
      kind: 'missing',
      reason: expect.stringMatching(/^is not published/),
    });
    expect(resolveRelative('GONE.md', 'README.md', urls, isFile)).toMatchObject({ kind: 'missing', reason: 'does not exist' });
  });
});
