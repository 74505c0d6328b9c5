import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * The one way the site changes the links of HTML it rendered itself (the print sheet, the
 * flashcards, the Anki export): through the tree, never by pattern over the markup.
 * Gets each element with an `href` or `src`, the attribute and its URL; returns true when
 * it changed the element.
 */
export type LinkVisitor = (element: Element, attribute: 'href' | 'src', url: string) => boolean | void;

/** One parser and one serializer for every fragment: building a processor per call cost more than most parses. */
const parser = unified().use(rehypeParse, { fragment: true }).freeze();
const serializer = unified().use(rehypeStringify).freeze();

/**
 * Visit every link and image of an HTML fragment. A fragment with neither, or where the
 * visitor changed nothing, comes back as it was.
 *
 * ```ts
 * rewriteLinks('<a href="#q">q</a>', (a, attr, url) => { a.properties[attr] = `/page/${url}`; return true; });
 * // '<a href="/page/#q">q</a>'
 * ```
 */
export function rewriteLinks(html: string, visitor: LinkVisitor): string {
  if (!/\s(href|src)=/.test(html)) return html;
  const tree = parser.parse(html) as Root;
  let changed = false;
  visit(tree, 'element', (node: Element) => {
    for (const attribute of ['href', 'src'] as const) {
      const url = node.properties[attribute];
      if (typeof url === 'string' && visitor(node, attribute, url) === true) changed = true;
    }
  });
  return changed ? serializer.stringify(tree) : html;
}
