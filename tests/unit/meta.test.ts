import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/lib/render/readable-text';
import { domainDescription, headMeta, truncate } from '../../src/lib/site/meta';

describe('plainText', () => {
  it('drops tags and decodes the entities the renderer writes', () => {
    expect(plainText('Use <code>kubectl</code> &#x26; <a href="x">audit&nbsp;logs</a> &lt;here&gt; &#8212; &bogus;')).toBe(
      'Use kubectl & audit logs <here> — &bogus;',
    );
  });
});

describe('truncate', () => {
  it('keeps short text as it is', () => {
    expect(truncate('short', 10)).toBe('short');
  });

  it('cuts at a word boundary and marks the cut', () => {
    expect(truncate('one two three four five', 14)).toBe('one two three…');
    expect(truncate('alpha beta; gamma', 13)).toBe('alpha beta…');
  });
});

describe('domainDescription', () => {
  it('gives the weight, the counts and the competencies', () => {
    const text = domainDescription({
      weight: 20,
      questionCount: 43,
      answeredCount: 39,
      competenciesHtml: ['Perform <strong>behavioral</strong> analytics', 'Detect threats'],
    });
    expect(text).toBe('20% of the exam. 43 questions, 39 answered. Competencies: Perform behavioral analytics; Detect threats');
  });

  it('leaves out what a domain does not have, and stays short', () => {
    expect(domainDescription({ weight: null, questionCount: 1, answeredCount: 0, competenciesHtml: [] })).toBe('1 question, 0 answered.');
    const long = domainDescription({ weight: 10, questionCount: 5, answeredCount: 5, competenciesHtml: Array(40).fill('A competency') });
    expect(long.length).toBeLessThanOrEqual(300);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('headMeta', () => {
  const base = {
    title: 'Cluster Setup',
    siteName: 'CKS Study',
    description: 'Ten questions.',
    pathname: '/cks/cluster-setup/',
    indexable: true,
  };

  it('gives Open Graph title and description, and no absolute URL without a site', () => {
    const meta = headMeta({ ...base, site: undefined });
    expect(meta.canonical).toBeNull();
    expect(meta.properties).toEqual([
      ['og:title', 'Cluster Setup'],
      ['og:description', 'Ten questions.'],
      ['og:type', 'website'],
      ['og:site_name', 'CKS Study'],
    ]);
  });

  it('gives the canonical URL under the base when the site is known', () => {
    const meta = headMeta({ ...base, site: new URL('https://me.github.io') });
    expect(meta.canonical).toBe('https://me.github.io/cks/cluster-setup/');
    expect(meta.properties).toContainEqual(['og:url', 'https://me.github.io/cks/cluster-setup/']);
  });

  it('titles the home page by the site name', () => {
    expect(headMeta({ ...base, title: undefined, site: undefined }).properties[0]).toEqual(['og:title', 'CKS Study']);
  });

  it('keeps a page that must not be indexed out of search engines, with no canonical URL', () => {
    const meta = headMeta({ ...base, indexable: false, site: new URL('https://me.github.io') });
    expect(meta.canonical).toBeNull();
    expect(meta.names).toContainEqual(['robots', 'noindex']);
  });
});
