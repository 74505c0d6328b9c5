import { readableText } from '../render/readable-text';
import { rewriteLinks } from '../render/rewrite-links';

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
export function annotateLinks(html: string, resolve: ResolveLink): string {
  return rewriteLinks(html, (node, attribute, url) => {
    // An image the build left relative (it was reported missing) still points where it did on its page.
    if (node.tagName === 'img' && attribute === 'src') {
      const target = resolve(url);
      if (target === undefined || target.title !== '') return false;
      node.properties['src'] = target.href;
      return true;
    }
    if (node.tagName !== 'a' || attribute !== 'href') return false;
    const text = readableText(node);
    const target = resolve(url);
    if (target !== undefined) {
      node.properties['href'] = target.href;
      if (target.title !== '' && squash(target.title) !== text) node.properties['dataPrintTitle'] = target.title;
      return true;
    }
    if (!/^https?:/i.test(url) || withoutSlash(text) !== withoutSlash(url)) return false;
    node.properties['dataPrintBare'] = '';
    return true;
  });
}
