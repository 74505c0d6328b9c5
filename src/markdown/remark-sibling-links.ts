import type { Definition, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface SiblingLinkOptions {
  /** Maps an author's relative href to a site URL, or returns undefined to leave it alone. */
  resolve: (href: string) => string | undefined;
}

/**
 * Point links to sibling curriculum files at their pages.
 *
 * `[RBAC](b.cluster_hardening.md#rbac)` -> `[RBAC](/cluster-hardening/#rbac)`
 */
export function remarkSiblingLinks(options: SiblingLinkOptions) {
  return (tree: Root) => {
    visit(tree, ['link', 'definition'], (node) => {
      const link = node as Link | Definition;
      const target = options.resolve(link.url);
      if (target !== undefined) link.url = target;
    });
  };
}
