import { describe, expect, it } from 'vitest';
import { readableText, searchRecordsFromPage } from '../../src/lib/search/question-records';

/** A domain page as the site renders it (BaseLayout, domain header, a topic, two questions). */
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Monitoring · CKS Study</title></head><body>
<header class="site-header"><a class="site-title" href="/cks/">CKS Study</a><nav><a href="/cks/">Domains</a></nav>
<button type="button" class="theme-toggle">Dark mode</button></header>
<main id="main">
<header class="domain-header" data-domain-title="Monitoring, Logging and Runtime Security"><h1>Monitoring, Logging and Runtime Security<span class="weight">20%</span></h1></header>
<div class="answer-toolbar" data-answer-toolbar hidden><button type="button">Expand all</button></div>
<section class="topic" id="syscalls"><h2>Perform behavioral analytics of syscalls</h2>
<article class="question" data-question="what-is-strace" id="what-is-strace"><h3 class="question-title"><a class="deep-link" href="#what-is-strace" data-deep-link aria-label="Copy link to: What is strace?"><span aria-hidden="true">#</span></a><span>What is <code>strace</code>?</span></h3>
<div class="prompt"><p>Use the help page.</p></div>
<details data-answer><summary>Show answer<span class="part-count"> (part 1 of 2)</span></summary><div class="answer"><p><code>strace</code> traces system calls.</p>
<div class="code-block"><pre class="shiki" data-lang="bash"><code><span class="line"><span>strace</span><span> -h</span></span>
<span class="line"><span>cat a</span><span> 2>&#x26;1 | tee &lt;out&gt;</span></span></code></pre><button type="button" class="copy-code">Copy</button></div></div></details>
<details data-answer><summary>show</summary><div class="answer"><p>Second part.</p></div></details>
<div class="afterword"><p>See also ptrace.</p></div>
</article>
<article class="question" data-question="audit-levels" id="audit-levels"><h3 class="question-title"><span>Audit levels</span></h3>
<details data-answer><summary>Show answer</summary><div class="answer"><ul><li>None</li><li>Metadata</li></ul><p data-pagefind-ignore>Mark as known</p></div></details>
</article>
</section>
</main><footer class="site-footer"><p>Built from the curriculum markdown.</p></footer></body></html>`;

const records = () => searchRecordsFromPage({ html: PAGE, pathname: 'monitoring/', base: '/cks/' });

describe('searchRecordsFromPage', () => {
  it('makes one record per question, at the question anchor under the base', () => {
    expect(records().map((r) => r.url)).toEqual(['/cks/monitoring/#what-is-strace', '/cks/monitoring/#audit-levels']);
  });

  it('titles a record with its heading and gives the domain and topic as meta and the domain as filter', () => {
    const [strace] = records();
    expect(strace?.meta).toEqual({
      title: 'What is strace?',
      domain: 'Monitoring, Logging and Runtime Security',
      topic: 'Perform behavioral analytics of syscalls',
    });
    expect(strace?.filters).toEqual({ domain: ['Monitoring, Logging and Runtime Security'] });
    expect(strace?.language).toBe('en');
  });

  it('indexes the title, prompt, every answer part and the afterword, including code', () => {
    const content = records()[0]?.content ?? '';
    expect(content).toBe(
      'What is strace? Use the help page. strace traces system calls. strace -h cat a 2>&1 | tee <out> Second part. See also ptrace.',
    );
  });

  it('leaves page furniture out: summaries, part counts, buttons, the deep-link sign, ignored elements', () => {
    const all = records()
      .map((r) => r.content)
      .join(' ');
    for (const furniture of ['Show answer', 'show', 'part 1 of 2', 'Copy', '#', 'Mark as known', 'Expand all', 'Dark mode', 'CKS Study']) {
      expect(all).not.toContain(furniture);
    }
  });

  it('keeps a question without a topic section, with no topic in its meta', () => {
    const html = PAGE.replace('<section class="topic" id="syscalls"><h2>Perform behavioral analytics of syscalls</h2>', '').replace(
      '</section>',
      '',
    );
    const [first] = searchRecordsFromPage({ html, pathname: 'monitoring/', base: '/' });
    expect(first?.url).toBe('/monitoring/#what-is-strace');
    expect(first?.meta).not.toHaveProperty('topic');
  });

  it('finds nothing to index on pages without questions', () => {
    expect(searchRecordsFromPage({ html: '<html><body><main><h1>Domains</h1></main></body></html>', pathname: '', base: '/' })).toEqual([]);
  });

  it('falls back to the page path for the domain when the page does not name it', () => {
    const html = PAGE.replace(' data-domain-title="Monitoring, Logging and Runtime Security"', '');
    expect(searchRecordsFromPage({ html, pathname: 'ckad/pod-design/', base: '/' })[0]?.meta.domain).toBe('ckad/pod-design');
  });
});

describe('readableText', () => {
  it('keeps words of adjacent blocks apart', () => {
    expect(readableText('<p>one</p><p>two</p><ul><li>three</li><li>four</li></ul>')).toBe('one two three four');
  });

  it('leaves out furniture and decodes entities', () => {
    expect(readableText('<p>a &amp; b<button>Copy</button><span hidden>x</span><span aria-hidden="true">#</span></p>c')).toBe('a & b c');
  });

  it('drops the newline that opens a <pre>, as a browser does', () => {
    expect(readableText('word<pre>\ncode</pre>')).toBe('wordcode');
  });
});
