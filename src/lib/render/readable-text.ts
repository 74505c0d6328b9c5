import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/**
 * Furniture: controls and labels that are not the author's words. Summaries only say
 * "Show answer" (or "(part 1 of 2)"), the deep link is a "#", buttons say "Copy".
 */
const SKIPPED_TAGS = new Set(['summary', 'button', 'script', 'style', 'template', 'svg', 'noscript', 'select', 'input', 'textarea']);

/** Elements after which words must not run together ("…the network.</p><pre>strace"). */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

function isFurniture(element: Element): boolean {
  const p = element.properties;
  return (
    SKIPPED_TAGS.has(element.tagName) ||
    p['dataPagefindIgnore'] !== undefined ||
    p['dataDeepLink'] !== undefined ||
    p['ariaHidden'] === 'true' ||
    p['hidden'] === true
  );
}

/** Collapse runs of whitespace to one space and trim, as the index and the highlighter read text. */
export const collapseWhitespace = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The text a reader sees in a tree: furniture left out, a space after each block element,
 * whitespace collapsed. `<p>One</p><p>two <button>Copy</button></p>` -> `One two`.
 */
export function readableText(node: Root | Element): string {
  const out: string[] = [];
  const walk = (current: Root | Element | ElementContent | RootContent) => {
    if (current.type === 'text') out.push(current.value);
    else if (current.type === 'element') {
      if (isFurniture(current)) return;
      for (const child of current.children) walk(child);
      if (BLOCK_TAGS.has(current.tagName)) out.push(' ');
    } else if (current.type === 'root') for (const child of current.children) walk(child);
  };
  walk(node);
  return collapseWhitespace(out.join(''));
}

const fragmentParser = unified().use(rehypeParse, { fragment: true }).freeze();

/**
 * The readable text of an HTML fragment the site rendered itself: tags dropped, entities
 * decoded. `Use <code>kubectl</code> &#x26; more` -> `Use kubectl & more`.
 */
export function plainText(html: string): string {
  return readableText(fragmentParser.parse(html));
}
