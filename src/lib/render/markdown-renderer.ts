import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import type { Element } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { createHighlighter, type ShikiTransformer } from 'shiki';
import { unified } from 'unified';
import { remarkCodeLanguage } from '../../markdown/remark-code-language';
import { remarkSiblingLinks } from '../../markdown/remark-sibling-links';
import { shikiTokenClasses } from '../../markdown/shiki-token-classes';

/** Languages loaded up front; any other bundled language is loaded when first seen. */
const PRELOADED = ['bash', 'shellsession', 'yaml', 'json', 'dockerfile', 'ini', 'toml', 'diff'];

export const SHIKI_THEMES = { light: 'github-light', dark: 'github-dark' } as const;

export interface RenderContext {
  /** Resolves a relative href from this fragment's file; undefined leaves it alone. */
  resolveLink: (href: string) => string | undefined;
}

/** What each fragment carries into the shared processor (a type alias, so it fits vfile's data record). */
type RenderData = { context: RenderContext };

/** Marks each highlighted block with its language so the copy button can strip prompts. */
const languageAttribute: ShikiTransformer = {
  name: 'cks-study:data-lang',
  pre(node: Element) {
    node.properties['dataLang'] = this.options.lang;
  },
};

/**
 * One highlighter for the whole build; creating it is the expensive part. Returns a
 * function that renders a markdown fragment to sanitised, highlighted HTML.
 */
export async function createMarkdownRenderer() {
  const highlighter = await createHighlighter({
    themes: Object.values(SHIKI_THEMES),
    langs: PRELOADED,
  });
  // One frozen processor for every fragment: building the plugin chain per fragment cost
  // more than parsing most of them. Per-fragment settings travel in the file's data.
  const processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkCodeLanguage)
      .use(remarkSiblingLinks, { resolve: (href, file) => (file.data['context'] as RenderContext).resolveLink(href) })
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeRaw)
      .use(rehypeSanitize, defaultSchema)
      .use(rehypeShikiFromHighlighter, highlighter, {
        themes: SHIKI_THEMES,
        defaultColor: false,
        lazy: true,
        fallbackLanguage: 'text',
        transformers: [languageAttribute, shikiTokenClasses],
      })
      .use(rehypeStringify)
      .freeze();
  return async function render(markdown: string, context: RenderContext): Promise<string> {
    if (markdown.trim() === '') return '';
    const data: RenderData = { context };
    return String(await processor.process({ value: markdown, data }));
  };
}

export type MarkdownRenderer = Awaited<ReturnType<typeof createMarkdownRenderer>>;
