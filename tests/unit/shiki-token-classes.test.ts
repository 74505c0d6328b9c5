import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_CLASSES } from '../../src/lib/render/shiki/shiki-token-classes';
import { createMarkdownRenderer, type MarkdownRenderer } from '../../src/lib/render/markdown-renderer';

let render: MarkdownRenderer;
const noLinks = { resolveLink: () => undefined };

beforeAll(async () => {
  render = await createMarkdownRenderer();
});

describe('token colours as classes', () => {
  it('writes the common colour pairs as classes instead of inline styles', async () => {
    const html = await render('```yaml\napiVersion: v1 # the core group\nkind: Pod\n```', noLinks);
    expect(html).toMatch(/<span class="t-e">apiVersion<\/span>/);
    expect(html).toContain('class="t-m"');
    expect(html).not.toMatch(/<span style="--shiki-light:#116329;--shiki-dark:#7EE787"/);
  });

  it('keeps any other colour pair inline, so no colour is lost', async () => {
    // Bold markdown headings in a diff-less, rarely seen scope: GitHub's themes colour them with a pair not in the table.
    const html = await render('```markdown\n# **Title**\n```', noLinks);
    const inline = [...html.matchAll(/<span style="([^"]*)"/g)].map((m) => m[1]);
    for (const style of inline) expect(TOKEN_CLASSES[style!]).toBeUndefined();
  });

  it('defines every class in the stylesheet with the same colours', () => {
    const css = readFileSync(new URL('../../src/styles/shiki-tokens.css', import.meta.url), 'utf8');
    for (const [style, name] of Object.entries(TOKEN_CLASSES)) {
      const [light, dark] = style.split(';').map((d) => d.split(':')[1]);
      // Whitespace-insensitive, as the formatter lays rules out over several lines.
      const rule = new RegExp(`\\.${name}\\s*\\{\\s*--shiki-light:\\s*${light};\\s*--shiki-dark:\\s*${dark};?\\s*\\}`, 'i');
      expect(css).toMatch(rule);
    }
  });
});
