import { describe, expect, it } from 'vitest';
import { countDomains, domainChoices, searchOptions } from '../../src/lib/search/filters';
import { isRelated, isRelevant, relatedWords, wordParts } from '../../src/lib/search/relevance';
import { readSearchPage, searchPageHref } from '../../src/lib/search/search-page-url';

describe('domain filter', () => {
  it('offers the domains that have questions, alphabetically', () => {
    expect(domainChoices({ 'System Hardening': 30, 'Cluster Setup': 12, Empty: 0 })).toEqual(['Cluster Setup', 'System Hardening']);
  });

  it('offers nothing to narrow when there is a single domain', () => {
    expect(domainChoices({ Monitoring: 43 })).toEqual([]);
    expect(domainChoices({})).toEqual([]);
  });

  it('counts the records of each domain as they are sent to the index', () => {
    const counts: Record<string, number> = {};
    countDomains(counts, [{ filters: { domain: ['Cluster Setup'] } }, { filters: { domain: ['System Hardening'] } }]);
    countDomains(counts, [{ filters: { domain: ['Cluster Setup'] } }]);
    expect(counts).toEqual({ 'Cluster Setup': 2, 'System Hardening': 1 });
  });

  it('narrows a search to one domain, or not at all for "All domains"', () => {
    expect(searchOptions('Cluster Setup')).toEqual({ filters: { domain: 'Cluster Setup' } });
    expect(searchOptions('')).toEqual({});
  });
});

describe('relevance', () => {
  it('cuts matched words at punctuation', () => {
    expect(wordParts('--audit-policy-file=/etc/Audit.yaml')).toEqual(['audit', 'policy', 'file', 'etc', 'audit', 'yaml']);
  });

  it('also cuts names where their case changes, as Pagefind matches "pod" in rollOutCiliumPods', () => {
    expect(wordParts('rollOutCiliumPods=true')).toEqual(['rolloutciliumpods', 'roll', 'out', 'cilium', 'pods', 'true']);
    expect(wordParts('HTTPServer')).toEqual(['httpserver', 'http', 'server']);
    expect(isRelevant(['pod'], ['rollOutCiliumPods=true'])).toBe(true);
  });

  it('accepts typos at the end, plurals, stems and words being typed', () => {
    expect(isRelated('stracez', 'strace')).toBe(true);
    expect(isRelated('policy', 'policies')).toBe(true);
    expect(isRelated('stra', 'strace')).toBe(true);
    expect(isRelated('ps', 'ps')).toBe(true);
  });

  it('rejects what is left of a nonsense word trimmed to a letter', () => {
    expect(isRelated('xyzzyplugh', 'x')).toBe(false);
    expect(isRelevant(['xyzzyplugh'], ['-x', 'xmrig'])).toBe(false);
    expect(isRelevant(['strace', 'xyzzyplugh'], ['strace', '-x'])).toBe(true);
  });

  it('finds a word of several parts only where two of them match, or both of two', () => {
    expect(isRelevant(['dry-run=client'], ['--dry-run=client'])).toBe(true);
    expect(isRelevant(['dry-run=client'], ['--dry-run=server', 'client'])).toBe(true);
    expect(isRelevant(['dry-run=client'], ['runAsUser:', 'runAsNonRoot:'])).toBe(false);
    expect(isRelevant(['--image=nginx'], ['--image=busybox'])).toBe(false);
    expect(isRelevant(['--image=nginx'], ['--image=nginx:1.27'])).toBe(true);
  });

  it('keeps the matched words worth highlighting', () => {
    expect(relatedWords(['audit', 'policy'], ['/etc/kubernetes/audit/policy.yaml', 'policies,', 'auditID'])).toEqual([
      'audit',
      'policy',
      'policies',
      'auditid',
    ]);
  });
});

describe('search page address', () => {
  it('holds the query and domain, so a search can be shared', () => {
    const href = searchPageHref('/cks/', { query: ' strace ', domain: 'Cluster Setup' });
    expect(href).toBe('/cks/search/?q=strace&domain=Cluster+Setup');
    expect(readSearchPage(new URL(href, 'http://x').search)).toEqual({ query: 'strace', domain: 'Cluster Setup' });
  });

  it('leaves out empty parts', () => {
    expect(searchPageHref('/', { query: '', domain: '' })).toBe('/search/');
    expect(readSearchPage('')).toEqual({ query: '', domain: '' });
  });
});

describe('relevance in scripts without spaces', () => {
  it('relates each word Pagefind split a Chinese query into to the query', () => {
    expect(isRelated('文件系统', '文件')).toBe(true);
    expect(isRelated('文件系统', '系统')).toBe(true);
    expect(isRelated('文件系统', '容器')).toBe(false);
  });
});
