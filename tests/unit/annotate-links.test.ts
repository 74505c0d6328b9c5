import { describe, expect, it } from 'vitest';
import { annotateLinks, type ResolveLink } from '../../src/lib/print/annotate-links';

const known: ResolveLink = (href) =>
  href === '/ckad/pod-design/#labels' ? { href: '#q-3-1', title: 'Show the labels of all pods.' } : undefined;

describe('links prepared for paper', () => {
  it('points a link to another question inside the sheet and names the question', () => {
    const html = annotateLinks('<p>See <a href="/ckad/pod-design/#labels">labels</a>.</p>', known);
    expect(html).toBe('<p>See <a href="#q-3-1" data-print-title="Show the labels of all pods.">labels</a>.</p>');
  });

  it('does not repeat the title when the link text already is the title', () => {
    const html = annotateLinks('<a href="/ckad/pod-design/#labels">Show the labels of all pods.</a>', known);
    expect(html).toBe('<a href="#q-3-1">Show the labels of all pods.</a>');
  });

  it('marks an external link whose text is its URL, so its URL is not printed twice', () => {
    const html = annotateLinks(
      '<a href="https://falco.org/docs/">https://falco.org/docs</a> <a href="https://strace.io/">strace</a>',
      known,
    );
    expect(html).toBe(
      '<a href="https://falco.org/docs/" data-print-bare="">https://falco.org/docs</a> <a href="https://strace.io/">strace</a>',
    );
  });

  it('leaves markup that only looks like a link in code alone', () => {
    const html = '<pre><code>&#x3C;a href="/ckad/pod-design/#labels">x&#x3C;/a></code></pre>';
    expect(annotateLinks(html, known)).toContain('&#x3C;a href="/ckad/pod-design/#labels">');
  });

  it('returns fragments without links unchanged', () => {
    const html = '<p>No <code>links</code> here &amp; there</p>';
    expect(annotateLinks(html, known)).toBe(html);
  });
});
