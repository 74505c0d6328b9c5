import type { Definition, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface SiblingLinkOptions {
  /**
   * Maps an author's relative href to a site URL, or returns undefined to leave it alone.
   * Gets the file being processed, so one frozen processor can serve every content file.
   */
  resolve: (href: string, file: VFile) => string | undefined;
}

/**
 * Point links to sibling curriculum files at their pages.
 *
 * `[RBAC](b.cluster_hardening.md#rbac)` -> `[RBAC](/cluster-hardening/#rbac)`
 */
export function remarkSiblingLinks(options: SiblingLinkOptions) {
  return (tree: Root, file: VFile) => {
    visit(tree, ['link', 'definition'], (node) => {
      const link = node as Link | Definition;
      const target = options.resolve(link.url, file);
      if (target !== undefined) link.url = target;
    });
  };
}
