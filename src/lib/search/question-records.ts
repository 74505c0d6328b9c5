import { Parser } from 'htmlparser2';
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
 * any component keep its controls out of the index with `data-pagefind-ignore`. The page
 * is read as a stream of tags (htmlparser2), not built into a tree: the pages are the
 * build's own well-formed output, and parse5's tree construction cost more than all the
 * rest of the indexing.
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

type Attributes = Record<string, string>;

function isFurniture(tag: string, attributes: Attributes): boolean {
  const hidden = attributes['hidden'];
  return (
    SKIPPED_TAGS.has(tag) ||
    attributes['data-pagefind-ignore'] !== undefined ||
    attributes['data-deep-link'] !== undefined ||
    attributes['aria-hidden'] === 'true' ||
    // `hidden` is a boolean attribute: present empty or as `hidden="hidden"`.
    (hidden !== undefined && (hidden === '' || hidden.toLowerCase() === 'hidden'))
  );
}

const isHeading = (tag: string) => /^h[1-6]$/.test(tag);

/** Elements whose first newline the HTML parser drops (`<pre>\ncode` is the text `code`). */
const LEADING_NEWLINE_DROPPED = new Set(['pre', 'textarea', 'listing']);

/**
 * The readable text of one element, collected while the page streams past: text outside
 * furniture, a space after each block element, whitespace collapsed at the end.
 */
class TextCollector {
  private readonly parts: string[] = [];
  /** Depth of the furniture element being skipped, or -1. */
  private skipping = -1;

  constructor(
    /** Depth of the element whose text this is. */
    readonly depth: number,
    furniture: boolean,
  ) {
    if (furniture) this.skipping = depth;
  }

  open(depth: number, furniture: boolean): void {
    if (this.skipping === -1 && furniture) this.skipping = depth;
  }

  text(value: string): void {
    if (this.skipping === -1) this.parts.push(value);
  }

  close(depth: number, tag: string): void {
    if (this.skipping === depth) this.skipping = -1;
    else if (this.skipping === -1 && BLOCK_TAGS.has(tag)) this.parts.push(' ');
  }

  toString(): string {
    return this.parts.join('').replace(/\s+/g, ' ').trim();
  }
}

interface OpenArticle {
  anchor: string;
  depth: number;
  content: TextCollector;
  title: TextCollector | undefined;
  titleText: string | undefined;
  section: OpenSection | undefined;
}

interface FoundArticle {
  anchor: string;
  title: string;
  content: string;
  section: OpenSection | undefined;
}

interface OpenSection {
  depth: number;
  heading: TextCollector | undefined;
  /** The text of the section's first heading, once it has closed. */
  topic: string | undefined;
}

interface PageReading {
  articles: FoundArticle[];
  lang: string | undefined;
  domain: string | undefined;
}

/**
 * One pass over a page: the questions (top-level `data-question` elements) with their
 * text and first heading, the topic of each (the text of the first heading among the
 * children of the outermost `<section>` holding it), `<html lang>` and the first
 * `data-domain-title`.
 */
function readPage(html: string): PageReading {
  const reading: PageReading = { articles: [], lang: undefined, domain: undefined };
  const stack: string[] = [];
  const collectors = new Set<TextCollector>();
  let article: OpenArticle | undefined;
  let section: OpenSection | undefined;
  let dropNewline = false;

  const start = (depth: number, furniture: boolean) => {
    const collector = new TextCollector(depth, furniture);
    collectors.add(collector);
    return collector;
  };

  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        const depth = stack.length;
        stack.push(tag);
        dropNewline = LEADING_NEWLINE_DROPPED.has(tag);
        const furniture = isFurniture(tag, attributes);
        for (const collector of collectors) collector.open(depth, furniture);
        // Like parse5, which folds every <html> tag's attributes into one element, first one wins.
        if (tag === 'html' && reading.lang === undefined) reading.lang = attributes['lang'];
        if (reading.domain === undefined && attributes['data-domain-title'] !== undefined) {
          reading.domain = attributes['data-domain-title'];
        }
        if (tag === 'section' && section === undefined) section = { depth, heading: undefined, topic: undefined };
        else if (section && depth === section.depth + 1 && section.heading === undefined && isHeading(tag)) {
          section.heading = start(depth, furniture);
        }
        if (article === undefined && attributes['data-question'] !== undefined) {
          const anchor = attributes['id'] ?? attributes['data-question'];
          article = { anchor, depth, content: start(depth, furniture), title: undefined, titleText: undefined, section };
        } else if (article && article.title === undefined && isHeading(tag)) {
          article.title = start(depth, furniture);
        }
      },
      ontext(text) {
        const value = dropNewline && text.startsWith('\n') ? text.slice(1) : text;
        dropNewline = false;
        for (const collector of collectors) collector.text(value);
      },
      onclosetag(tag) {
        const depth = stack.length - 1;
        stack.pop();
        dropNewline = false;
        for (const collector of collectors) {
          collector.close(depth, tag);
          if (collector.depth === depth) collectors.delete(collector);
        }
        if (article?.title?.depth === depth && article.titleText === undefined) article.titleText = article.title.toString();
        if (section?.heading?.depth === depth && section.topic === undefined) section.topic = section.heading.toString();
        if (article?.depth === depth) {
          const { anchor, titleText, content } = article;
          reading.articles.push({ anchor, title: titleText ?? anchor, content: content.toString(), section: article.section });
          article = undefined;
        }
        if (section?.depth === depth) section = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return reading;
}

/** The text a reader sees in a fragment of HTML, furniture left out, whitespace collapsed. */
export function readableText(html: string): string {
  const collector = new TextCollector(-1, false);
  let depth = 0;
  let dropNewline = false;
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        collector.open(depth++, isFurniture(tag, attributes));
        dropNewline = LEADING_NEWLINE_DROPPED.has(tag);
      },
      ontext(text) {
        collector.text(dropNewline && text.startsWith('\n') ? text.slice(1) : text);
        dropNewline = false;
      },
      onclosetag(tag) {
        collector.close(--depth, tag);
        dropNewline = false;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return collector.toString();
}

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
  // Pages without the attribute (print sheets, home, study) hold no question: not read at all.
  if (!input.html.includes('data-question')) return [];
  const page = readPage(input.html);
  if (page.articles.length === 0) return [];

  const lang = String(page.lang ?? input.language ?? 'en').split('-')[0] || 'en';
  const domain = String(page.domain ?? '').trim() || input.pathname.replace(/\/$/, '');
  const pageUrl = withBase(input.base, input.pathname.replace(/^\/+/, ''));

  return page.articles.map((article) => {
    const topic = article.section?.topic;
    return {
      url: `${pageUrl}#${article.anchor}`,
      content: article.content,
      language: lang,
      meta: topic ? { title: article.title, domain, topic } : { title: article.title, domain },
      filters: { [DOMAIN_FILTER]: [domain] } as { domain: string[] },
    };
  });
}
