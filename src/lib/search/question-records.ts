import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { withBase } from '../site/links';
import { DOMAIN_FILTER } from './filters';

/**
 * Search records, one per question, read from a built domain page:
 *
 * ```html
 * <header class="domain-header" data-domain-title="Monitoring">…</header>
 * <section class="topic"><h2>Syscalls</h2>
 *   <article data-question="what-is-strace" id="what-is-strace">
 *     <h3><a data-deep-link>#</a><span>What is strace?</span></h3>
 *     <details data-answer><summary>Show answer</summary><div class="answer">…</div></details>
 * ```
 * becomes `{ url: '/cks/monitoring/#what-is-strace', content: 'What is strace? …',
 * meta: { title: 'What is strace?', domain: 'Monitoring', topic: 'Syscalls' },
 * filters: { domain: ['Monitoring'] } }`.
 *
 * Reading the HTML rather than the markdown indexes exactly what a reader sees, and lets
 * any component keep its controls out of the index with `data-pagefind-ignore`.
 */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: { title: string; domain: string; topic?: string };
  filters: { domain: string[] };
}

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

function isElement(node: RootContent | ElementContent | Root): node is Element {
  return node.type === 'element';
}

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

/** The text a reader sees in an element, furniture left out, whitespace collapsed. */
export function readableText(node: Root | Element): string {
  const out: string[] = [];
  const walk = (current: Root | Element | ElementContent | RootContent) => {
    if (current.type === 'text') out.push(current.value);
    else if (isElement(current)) {
      if (isFurniture(current)) return;
      for (const child of current.children) walk(child);
      if (BLOCK_TAGS.has(current.tagName)) out.push(' ');
    } else if (current.type === 'root') for (const child of current.children) walk(child);
  };
  walk(node);
  return out.join('').replace(/\s+/g, ' ').trim();
}

function findAll(node: Root | Element, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (test(child)) found.push(child);
    else findAll(child, test, found);
  }
  return found;
}

function findFirst(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  return findAll(node, test)[0];
}

const hasProperty = (name: string) => (element: Element) => element.properties[name] !== undefined;
const isHeading = (element: Element) => /^h[1-6]$/.test(element.tagName);

export interface PageInput {
  /** The page's HTML as written to the output folder. */
  html: string;
  /** The page's path below the base, as Astro reports it: `monitoring/` or `ckad/pod-design/`. */
  pathname: string;
  /** The site base, `/` or `/cks/`. */
  base: string;
  /** Language for Pagefind's stemming; the page's `<html lang>` wins when it has one. */
  language?: string;
}

/** One record per `<article data-question>` of the page; none for pages without questions. */
export function searchRecordsFromPage(input: PageInput): SearchRecord[] {
  const tree = fromHtml(input.html);
  const articles = findAll(tree, hasProperty('dataQuestion'));
  if (articles.length === 0) return [];

  const html = findFirst(tree, (e) => e.tagName === 'html');
  const lang = String(html?.properties['lang'] ?? input.language ?? 'en').split('-')[0] || 'en';
  const titled = findFirst(tree, hasProperty('dataDomainTitle'));
  const domain = String(titled?.properties['dataDomainTitle'] ?? '').trim() || input.pathname.replace(/\/$/, '');
  const pageUrl = withBase(input.base, input.pathname.replace(/^\/+/, ''));

  // A question's topic is the heading of the section that holds it.
  const topicOf = new Map<Element, string>();
  for (const section of findAll(tree, (e) => e.tagName === 'section')) {
    const heading = section.children.find((child): child is Element => isElement(child) && isHeading(child));
    const topic = heading ? readableText(heading) : '';
    for (const article of findAll(section, hasProperty('dataQuestion'))) if (topic) topicOf.set(article, topic);
  }

  return articles.map((article) => {
    const anchor = String(article.properties['id'] ?? article.properties['dataQuestion']);
    const heading = findFirst(article, isHeading);
    const title = heading ? readableText(heading) : anchor;
    const topic = topicOf.get(article);
    return {
      url: `${pageUrl}#${anchor}`,
      content: readableText(article),
      language: lang,
      meta: topic ? { title, domain, topic } : { title, domain },
      filters: { [DOMAIN_FILTER]: [domain] } as { domain: string[] },
    };
  });
}
