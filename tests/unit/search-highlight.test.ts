import { describe, expect, it } from 'vitest';
import {
  linkWithTerms,
  markText,
  matchedWords,
  queryTerms,
  safeExcerpt,
  splitByPattern,
  termPattern,
  termsFromSearch,
} from '../../src/lib/search/highlight';

describe('queryTerms', () => {
  it('splits on whitespace, lower-cases, trims punctuation and drops duplicates', () => {
    expect(queryTerms('  Audit  policy, audit "strace" ')).toEqual(['audit', 'policy', 'strace']);
  });
  it('keeps joiners inside technical words', () => {
    expect(queryTerms('kube-apiserver pods/exec')).toEqual(['kube-apiserver', 'pods/exec']);
  });
});

describe('matchedWords', () => {
  it('reads the words at Pagefind match locations from the content', () => {
    const content = 'Use strace to list the calls. strace -h prints Strace help.';
    expect(matchedWords(content, [1, 6, 9, 42])).toEqual(['strace']);
    expect(matchedWords('The auditing policies, audit.', [1, 2, 3])).toEqual(['auditing', 'policies', 'audit']);
  });
  it('reads text Pagefind segmented (Chinese) by the zero-width spaces of its raw content', () => {
    const content = '把密钥挂载到容器中。 在 Pod 的 <volumes> 中';
    const raw = '把\u200B密钥\u200B挂\u200B载到\u200B容器\u200B中\u200B。 \u200B在 \u200BPod \u200B的 \u200B&lt;volumes&gt; \u200B中';
    expect(matchedWords(content, [1, 4, 10], raw)).toEqual(['密钥', '容器', 'volumes']);
    expect(matchedWords('no spaces 容器', [2], 'no spaces 容器')).toEqual(['容器']);
  });

  it('keeps the spelling of names, whose case tells their parts', () => {
    expect(matchedWords('Set rollOutCiliumPods and ROLLOUTCILIUMPODS', [1, 3])).toEqual(['rollOutCiliumPods']);
  });
});

describe('termPattern and splitByPattern', () => {
  it('finds a Chinese or Japanese term inside a run of text, and only the term', () => {
    const segments = splitByPattern('把密钥挂载到容器中，Pod 的容器', termPattern(['容器', 'pod']));
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['容器', 'Pod', '容器']);
    expect(splitByPattern('コンテナを使う', termPattern(['コンテナ'])).map((s) => s.match)).toEqual([true, false]);
  });
  it('marks whole words that start with a term, in any case, and nothing inside other words', () => {
    const segments = splitByPattern('Auditing the audit log; reaudit? strace(1)', termPattern(['audit', 'strace']));
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Auditing', 'audit', 'strace']);
    expect(segments.map((s) => s.text).join('')).toBe('Auditing the audit log; reaudit? strace(1)');
  });

  it('treats regular-expression characters in terms as text', () => {
    const pattern = termPattern(['a.b', '(x']);
    expect(
      splitByPattern('a.b axb', pattern)
        .filter((s) => s.match)
        .map((s) => s.text),
    ).toEqual(['a.b']);
  });

  it('finds nothing without usable terms', () => {
    expect(termPattern(['', '  ', '--'])).toBeNull();
    expect(splitByPattern('text', null)).toEqual([{ text: 'text', match: false }]);
  });
});

describe('markText and safeExcerpt', () => {
  it('escapes text and marks the terms', () => {
    expect(markText('What is <strace>?', termPattern(['strace']))).toBe('What is &#60;<mark>strace</mark>&#62;?');
  });

  it('keeps only the marks of an excerpt as HTML, so content cannot inject markup', () => {
    const excerpt = 'cat &lt;img src=x onerror=alert(1)&gt; 2>&1 | <mark>strace</mark> "x"';
    expect(safeExcerpt(excerpt)).toBe('cat &#60;img src=x onerror=alert(1)&#62; 2&#62;&#38;1 | <mark>strace</mark> &#34;x&#34;');
  });
});

describe('linkWithTerms and termsFromSearch', () => {
  it('puts the terms before the hash so the question anchor still works', () => {
    expect(linkWithTerms('/cks/monitoring/#what-is-strace', ['strace'])).toBe('/cks/monitoring/?highlight=strace#what-is-strace');
    expect(linkWithTerms('/monitoring/?a=1#x', ['audit', 'policy'])).toBe('/monitoring/?a=1&highlight=audit+policy#x');
    expect(linkWithTerms('/monitoring/#x', [])).toBe('/monitoring/#x');
  });

  it('reads back the terms a link carries', () => {
    const href = linkWithTerms('/m/#q', ['audit', 'policies', 'kube-apiserver']);
    expect(termsFromSearch(new URL(href, 'http://x').search)).toEqual(['audit', 'policies', 'kube-apiserver']);
    expect(termsFromSearch('?highlight=Strace&highlight=strace+-h')).toEqual(['strace', 'h']);
    expect(termsFromSearch('')).toEqual([]);
  });
});

describe('termPattern and short terms', () => {
  it('marks a term of one or two letters only as a whole word', () => {
    const marked = (text: string, terms: string[]) =>
      splitByPattern(text, termPattern(terms))
        .filter((s) => s.match)
        .map((s) => s.text);
    expect(marked('k get po; policy ports pod', ['po', 'k'])).toEqual(['k', 'po']);
    expect(marked('the pods and podman', ['pod'])).toEqual(['pods', 'podman']);
  });
});
