import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import type { Element, Root } from 'hast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { createHighlighter, type ShikiTransformer } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { rehypeContentFiles } from './plugins/rehype-content-files';
import { rehypeManifestMarks } from './plugins/rehype-manifest-marks';
import { rehypeRawWhenPresent } from './plugins/rehype-raw-when-present';
import { rehypeReportUnsafeHtml } from './plugins/rehype-report-unsafe-html';
import { remarkCodeLanguage } from './plugins/remark-code-language';
import { remarkSiblingLinks } from './plugins/remark-sibling-links';
import { highlighterByLanguage } from './shiki/shiki-javascript-engine';
import { oneTokenizationForBothThemes } from './shiki/shiki-one-pass-themes';
import { shikiTokenClasses } from './shiki/shiki-token-classes';
import { readableText } from './readable-text';
import { contentSchema } from './sanitize-schema';

/**
 * Languages loaded up front; any other bundled language is loaded when first seen. All are
 * highlighted with Shiki's JavaScript regex engine (see shiki-javascript-engine.ts).
 */
const PRELOADED = ['bash', 'shellsession', 'yaml', 'json', 'dockerfile', 'ini', 'toml', 'diff'];

// The "-default" GitHub themes: plain github-dark's comments (#6A737D on #24292E, 3.05:1) fail WCAG AA contrast.
export const SHIKI_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

export interface RenderContext {
  /** Resolves a relative href from this fragment's file; undefined leaves it alone. */
  resolveLink: (href: string) => string | undefined;
  /** Resolves a relative image or link to a file beside the markdown; undefined leaves it alone. */
  resolveFile?: (url: string, kind: 'image' | 'link') => string | undefined;
  /** Told about raw HTML the sanitizer removes (`<script>`, `onclick`, `javascript:` URLs). */
  reportUnsafe?: (message: string) => void;
  /** The Kubernetes release a code block's manifests were checked and valid against (its text as given), else undefined. */
  manifestMark?: (code: string) => string | undefined;
}

/**
 * What each fragment carries into the shared processor, and `text` back out when asked for
 * (a type alias, so it fits vfile's data record).
 */
type RenderData = { context: RenderContext; withText: boolean; text?: string };

/** A rendered fragment: its HTML and the words a reader sees in it (for the search index). */
export interface RenderedFragment {
  html: string;
  text: string;
}

export interface MarkdownRenderer {
  /** Markdown to sanitised, highlighted HTML. */
  (markdown: string, context: RenderContext): Promise<string>;
  /** The same, with the readable text of the result (furniture left out, whitespace collapsed). */
  withText(markdown: string, context: RenderContext): Promise<RenderedFragment>;
}

const contextOf = (file: VFile): RenderContext => file.data['context'] as RenderContext;

/** Marks each highlighted block with its language so the copy button can strip prompts. */
const languageAttribute: ShikiTransformer = {
  name: 'cks-study:data-lang',
  pre(node: Element) {
    node.properties['dataLang'] = this.options.lang;
  },
};

let shared: Promise<MarkdownRenderer> | undefined;

/**
 * The renderer of this process. Creating the highlighters is the expensive part, and a dev
 * server parses the folder again on every edit: it reuses them (the processor keeps no state
 * between fragments; each one's settings travel in its file's data).
 */
export function sharedMarkdownRenderer(): Promise<MarkdownRenderer> {
  shared ??= createMarkdownRenderer().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/** A function that renders a markdown fragment to sanitised, highlighted HTML. */
export async function createMarkdownRenderer(): Promise<MarkdownRenderer> {
  const themes = Object.values(SHIKI_THEMES);
  const highlighter = highlighterByLanguage(
    await oneTokenizationForBothThemes(
      await createHighlighter({ themes, langs: PRELOADED, engine: createJavaScriptRegexEngine() }),
      SHIKI_THEMES,
    ),
    async () => oneTokenizationForBothThemes(await createHighlighter({ themes, langs: [] }), SHIKI_THEMES),
  );
  // One frozen processor for every fragment: building the plugin chain per fragment cost
  // more than parsing most of them. Per-fragment settings travel in the file's data.
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCodeLanguage)
    .use(remarkSiblingLinks, { resolve: (href, file) => contextOf(file).resolveLink(href) })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRawWhenPresent)
    .use(rehypeReportUnsafeHtml, { report: (message, file) => contextOf(file).reportUnsafe?.(message) })
    .use(rehypeSanitize, contentSchema)
    .use(rehypeContentFiles, { resolve: (url, kind, file) => contextOf(file).resolveFile?.(url, kind) })
    // After the sanitizer, which would drop `rel`: external pages get no window.opener and no referrer.
    .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] })
    .use(rehypeShikiFromHighlighter, highlighter, {
      themes: SHIKI_THEMES,
      defaultColor: false,
      lazy: true,
      fallbackLanguage: 'text',
      // Shiki stops tokenizing a line after 500 ms by default, leaving the rest of it
      // uncoloured. The first line a build highlights pays for compiling the grammar, and
      // on a busy machine it hit that limit now and then: same input, different colours.
      // No limit keeps the build deterministic (found by the "building twice" e2e test).
      tokenizeTimeLimit: 0,
      transformers: [languageAttribute, shikiTokenClasses],
    })
    .use(rehypeManifestMarks, { mark: (code, file) => contextOf(file).manifestMark?.(code) })
    // The text is read off the final tree, what the HTML will show, before it is serialised:
    // the search index gets it without parsing the pages again.
    .use(() => (tree: Root, file: VFile) => {
      const data = file.data as RenderData;
      if (data.withText) data.text = readableText(tree);
    })
    .use(rehypeStringify)
    .freeze();
  async function run(markdown: string, context: RenderContext, withText: boolean): Promise<RenderedFragment> {
    if (markdown.trim() === '') return { html: '', text: '' };
    const data: RenderData = { context, withText };
    const file = await processor.process({ value: markdown, data });
    return { html: String(file), text: (file.data as RenderData).text ?? '' };
  }
  const render = async (markdown: string, context: RenderContext) => (await run(markdown, context, false)).html;
  return Object.assign(render, { withText: (markdown: string, context: RenderContext) => run(markdown, context, true) });
}
