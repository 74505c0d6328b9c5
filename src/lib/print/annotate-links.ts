import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { readableText } from '../render/readable-text';

/** Where a link goes on paper: its new href and the name printed after it. */
export interface LinkTarget {
  href: string;
  /** Printed after the link text (the question's title), unless the text already says it or it is empty. */
  title: string;
}

export type ResolveLink = (href: string) => LinkTarget | undefined;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const withoutSlash = (url: string) => url.replace(/\/+$/, '');

/**
 * Prepare links for paper, where nobody can click them:
 * - a link that `resolve` knows (another question of the site) gets its new href and
 *   `data-print-title="<question title>"`, which print.css prints after the text;
 * - an external link whose text is already its URL gets `data-print-bare`, so print.css does
 *   not print the URL a second time.
 *
 * ```html
 * <a href="/ckad/pod-design/#labels">labels</a>
 * <!-- becomes -->
 * <a href="#q-3-1" data-print-title="Add a label to a pod">labels</a>
 * ```
 */
/** One parser and one serializer for every fragment: building a processor per call cost more than most parses. */
const parser = unified().use(rehypeParse, { fragment: true }).freeze();
const serializer = unified().use(rehypeStringify).freeze();

export function annotateLinks(html: string, resolve: ResolveLink): string {
  if (!html.includes('<a') && !html.includes('<img')) return html;
  const tree = parser.parse(html) as Root;
  visit(tree, 'element', (node: Element) => {
    // An image the build left relative (it was reported missing) still points where it did on its page.
    if (node.tagName === 'img' && typeof node.properties['src'] === 'string') {
      const target = resolve(node.properties['src']);
      if (target !== undefined && target.title === '') node.properties['src'] = target.href;
      return;
    }
    if (node.tagName !== 'a' || typeof node.properties['href'] !== 'string') return;
    const href = node.properties['href'];
    const text = readableText(node);
    const target = resolve(href);
    if (target !== undefined) {
      node.properties['href'] = target.href;
      if (target.title !== '' && squash(target.title) !== text) node.properties['dataPrintTitle'] = target.title;
      return;
    }
    if (/^https?:/i.test(href) && withoutSlash(text) === withoutSlash(href)) node.properties['dataPrintBare'] = '';
  });
  return serializer.stringify(tree);
}
