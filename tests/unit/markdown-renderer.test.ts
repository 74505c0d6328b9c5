import { beforeAll, describe, expect, it } from 'vitest';
import { createMarkdownRenderer, type MarkdownRenderer } from '../../src/lib/render/markdown-renderer';

let render: MarkdownRenderer;
const noLinks = { resolveLink: () => undefined };

beforeAll(async () => {
  render = await createMarkdownRenderer();
});

describe('markdown renderer', () => {
  it('highlights an untagged kubectl fence as bash', async () => {
    const html = await render('```\nkubectl get pods -A\n```', noLinks);
    expect(html).toContain('data-lang="bash"');
    expect(html).toContain('--shiki-dark');
  });

  it('marks a code block the manifest check vouches for, and no other', async () => {
    const manifest = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev';
    const markdown = `\`\`\`yaml\n${manifest}\n\`\`\`\n\n\`\`\`yaml\nkind: Other\n\`\`\``;
    const html = await render(markdown, { ...noLinks, manifestMark: (code) => (code === manifest ? '1.36' : undefined) });
    expect(html.match(/class="manifest-mark"/g)).toHaveLength(1);
    expect(html).toContain('data-manifest="1.36"');
    expect(html).toContain('valid for Kubernetes 1.36</span></pre>');
    expect(html).toMatch(/title="Checked against the API schema of Kubernetes 1\.36[^"]*"/);
    // Search and copy read past it: it is furniture, and outside the <code>.
    expect(html).toMatch(/<\/code><span class="manifest-mark"[^>]*data-pagefind-ignore/);
    expect((await render(markdown, noLinks)).includes('manifest-mark')).toBe(false);
  });

  it('treats an upper-case YAML tag as yaml', async () => {
    const html = await render('```YAML\napiVersion: v1\nkind: Pod\n```', noLinks);
    expect(html).toContain('data-lang="yaml"');
  });

  it('highlights Dockerfile and console fences', async () => {
    const html = await render('```Dockerfile\nFROM alpine:3.20\n```\n\n```console\n$ ls\nfile\n```', noLinks);
    expect(html).toContain('data-lang="dockerfile"');
    expect(html).toContain('data-lang="shellsession"');
  });

  it('falls back to plain text for a language Shiki does not know', async () => {
    const html = await render('```klingon\nqapla\n```', noLinks);
    expect(html).toContain('qapla');
    expect(html).toContain('<pre');
  });

  it('removes scripts and event handlers but keeps details and summary', async () => {
    const html = await render(
      '<script>alert(1)</script>\n\n<details><summary>Hint</summary>text <img src="x.png" onerror="alert(1)"></details>',
      noLinks,
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror');
    expect(html).toContain('<details>');
    expect(html).toContain('<summary>Hint</summary>');
  });

  it('rewrites links to sibling markdown files through the resolver', async () => {
    const html = await render('[RBAC](b.cluster_hardening.md#rbac)', {
      resolveLink: (href) => (href === 'b.cluster_hardening.md#rbac' ? '/cluster-hardening/#rbac' : undefined),
    });
    expect(html).toContain('href="/cluster-hardening/#rbac"');
  });

  it('turns a bare URL into a link', async () => {
    const html = await render('https://falco.org/docs/', noLinks);
    expect(html).toContain('<a href="https://falco.org/docs/" rel="noopener noreferrer">');
  });
});
