import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** The Kubernetes release a code block's manifests were checked against and found valid in, or undefined. */
export type ManifestMark = (code: string, file: VFile) => string | undefined;

/** The words of the mark, and of its tooltip. */
export function manifestMarkText(version: string): { label: string; title: string } {
  return {
    label: `valid for Kubernetes ${version}`,
    title: `Checked against the API schema of Kubernetes ${version}: known apiVersion and kind, no unknown fields, no wrong types, required fields present.`,
  };
}

/** Appends the mark to each highlighted block that `mark` vouches for. Pure over the tree. */
export function markManifestBlocks(tree: Root, mark: (code: string) => string | undefined): void {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'pre') return;
    const version = mark(toString(node));
    if (version === undefined) return 'skip';
    const { label, title } = manifestMarkText(version);
    node.properties['dataManifest'] = version;
    node.children.push({
      type: 'element',
      tagName: 'span',
      // Furniture: left out of the search text, and of what Copy takes (it copies the <code>).
      properties: { className: ['manifest-mark'], title, dataPagefindIgnore: '' },
      children: [
        { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '✓ ' }] },
        { type: 'text', value: label },
      ],
    });
    return 'skip';
  });
}

/**
 * After Shiki: `<pre class="shiki"><code>apiVersion: v1…</code></pre>` whose manifests were
 * checked and valid -> the same `<pre data-manifest="1.36">` with
 * `<span class="manifest-mark" title="Checked against…">✓ valid for Kubernetes 1.36</span>`.
 */
export function rehypeManifestMarks(options: { mark: ManifestMark }) {
  return (tree: Root, file: VFile) => markManifestBlocks(tree, (code) => options.mark(code, file));
}
