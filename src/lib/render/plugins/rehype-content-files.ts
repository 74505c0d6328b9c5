import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isRelativeUrl } from '../../url';

export interface ContentFilesOptions {
  /**
   * Maps a relative URL the author wrote to its URL on the site; undefined leaves it alone.
   * Gets the file being processed, so one frozen processor can serve every content file.
   */
  resolve: (url: string, kind: 'image' | 'link', file: VFile) => string | undefined;
}

/**
 * Point images and links to files beside the markdown (markdown or raw HTML alike) at their
 * copies on the site.
 *
 * `<img src="img/falco.png">` in `f.monitoring.md` -> `<img src="/_content/img/falco.png">`
 */
export function rehypeContentFiles(options: ContentFilesOptions) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element) => {
      const attribute = node.tagName === 'img' ? 'src' : node.tagName === 'a' ? 'href' : undefined;
      if (attribute === undefined) return;
      const url = node.properties[attribute];
      if (typeof url !== 'string' || url === '' || !isRelativeUrl(url)) return;
      const resolved = options.resolve(url, node.tagName === 'img' ? 'image' : 'link', file);
      if (resolved !== undefined) node.properties[attribute] = resolved;
    });
  };
}
