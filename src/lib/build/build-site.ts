import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { isPlainInline } from '../curriculum/markdown';
import type { Diagnostic, Domain } from '../curriculum/types';
import { sharedMarkdownRenderer, type MarkdownRenderer, type RenderContext, type RenderedFragment } from '../render/markdown-renderer';
import { collapseWhitespace } from '../render/readable-text';
import { compareDomains } from '../site/domain-order';
import { planDomainPages } from '../site/domain-pages';
import { NO_ANSWER } from '../site/labels';
import { reservedPaths } from '../site/pages';
import type { BuildSummary, ContentFile, RenderedDomain, RenderedIntro, RenderedQuestion, RenderedTopic } from '../site/types';
import { contentFileUrl } from '../url';
import { resolveRelative, resolveSiblingLink } from './links';
import { readContent, summarize, type ContentRead, type ReadDomain } from './read-content';
import type { SiteConfig } from './site-config';
import { domainSearchRecords, questionText, type DomainText, type QuestionText, type SearchRecord } from './search-records';

export type { ContentFile } from '../site/types';

export interface BuildSiteOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Site base path, e.g. `/` or `/cks/`. */
  base: string;
  /** `SITE_TITLE`, as the edge read it: overrides the content folder's title. */
  siteTitle?: string | undefined;
  /** `KUBERNETES_VERSION` (`--kubernetes-version`), as the edge read it: overrides the content folder's. */
  kubernetesVersion?: string | undefined;
  /** Called after each file is parsed and rendered, for progress output. */
  onFile?: (path: string, index: number, total: number) => void;
  /** Called with each domain's search records as soon as it is rendered, for an index built meanwhile. */
  onSearchRecords?: (records: SearchRecord[]) => void;
}

export interface SiteModel {
  domains: RenderedDomain[];
  intros: RenderedIntro[];
  /** One search record per question (domains in the order they were rendered), from the text of its rendered fragments. */
  searchRecords: SearchRecord[];
  files: ContentFile[];
  diagnostics: Diagnostic[];
  summary: BuildSummary;
  /** Markdown files found but not published, for the info line (report.ts). */
  unpublished: string[];
  /** The content folder's site settings (site-config.ts). */
  config: SiteConfig;
}

/** Render inline markdown (a heading or list item) without the paragraph around it. */
async function renderInline(render: MarkdownRenderer, markdown: string, context: RenderContext): Promise<RenderedFragment> {
  // Plain words are their own HTML: no character in them needs escaping.
  if (isPlainInline(markdown)) return { html: markdown, text: collapseWhitespace(markdown) };
  const { html, text } = await render.withText(markdown, context);
  return { html: html.replace(/^<p>([\s\S]*)<\/p>\s*$/, '$1'), text };
}

/** A render context for the markdown of one file that starts at (or belongs to) `line`. */
type ContextAt = (line: number) => RenderContext;

type Part = Domain['topics'][number]['questions'][number]['parts'][number];
type Question = Domain['topics'][number]['questions'][number];
type Topic = Domain['topics'][number];

/** One answer part, and its words as Question.astro shows them: the prompt, then the answer or "No answer yet". */
async function renderPart(render: MarkdownRenderer, part: Part, question: Question, at: ContextAt) {
  const prompt = await render.withText(part.prompt, at(question.line));
  const answer = await render.withText(part.markdown, at(part.line));
  return {
    part: {
      promptHtml: prompt.html,
      label: part.label,
      html: answer.html,
      empty: part.empty,
      markdown: part.markdown,
      prompt: part.prompt,
    },
    text: { prompt: prompt.html ? prompt.text : '', answer: part.empty ? NO_ANSWER : answer.text },
  };
}

async function renderChoices(render: MarkdownRenderer, choices: NonNullable<Question['choices']>, context: RenderContext) {
  const options = [];
  for (const option of choices.options) options.push({ ...option, html: (await renderInline(render, option.markdown, context)).html });
  const prompt = await render.withText(choices.prompt, context);
  return { options, correct: choices.correct, pick: choices.pick, promptHtml: prompt.html };
}

async function renderQuestion(
  render: MarkdownRenderer,
  question: Question,
  at: ContextAt,
): Promise<{ question: RenderedQuestion; text: QuestionText }> {
  const parts = [];
  for (const part of question.parts) parts.push(await renderPart(render, part, question, at));
  const title = await renderInline(render, question.titleMarkdown, at(question.line));
  const afterword = await render.withText(question.afterword, at(question.parts.at(-1)?.line ?? question.line));
  const choices = question.choices ? await renderChoices(render, question.choices, at(question.line)) : null;
  return {
    question: {
      anchor: question.anchor,
      title: question.title,
      titleHtml: title.html,
      line: question.line,
      answered: question.answered,
      parts: parts.map((p) => p.part),
      afterwordHtml: afterword.html,
      choices,
    },
    text: questionText(
      title.text,
      parts.map((p) => p.text),
      afterword.html ? afterword.text : '',
    ),
  };
}

/** A topic and its questions; their search texts go into `text`, keyed by anchor. */
async function renderTopic(render: MarkdownRenderer, topic: Topic, at: ContextAt, text: DomainText): Promise<RenderedTopic> {
  const questions: RenderedQuestion[] = [];
  for (const source of topic.questions) {
    const { question, text: words } = await renderQuestion(render, source, at);
    questions.push(question);
    text.questions.set(question.anchor, words);
    // Rendering is a chain of promises that never waits for I/O; a turn of the event loop
    // per question lets the search index (another process, fed by onSearchRecords) keep up.
    await setImmediate();
  }
  const title = topic.titleMarkdown === null ? null : await renderInline(render, topic.titleMarkdown, at(topic.line));
  if (title !== null && topic.anchor !== null) text.topics.set(topic.anchor, title.text);
  return {
    anchor: topic.anchor,
    title: topic.title,
    titleHtml: title === null ? null : title.html,
    introHtml: await render(topic.intro, at(topic.line)),
    referencesHtml: await render(topic.references, at(topic.line)),
    questions,
  };
}

/** A domain's model, and the search texts of its topics and questions (by anchor). */
async function renderDomain(
  render: MarkdownRenderer,
  parsed: ReadDomain,
  at: ContextAt,
): Promise<{ domain: RenderedDomain; text: DomainText }> {
  const { domain, path, slug } = parsed;
  const ctx = at(1);
  const text: DomainText = { topics: new Map(), questions: new Map() };
  const topics: RenderedTopic[] = [];
  for (const topic of domain.topics) topics.push(await renderTopic(render, topic, at, text));
  const all = topics.flatMap((t) => t.questions);
  return {
    domain: {
      slug,
      sourcePath: path,
      title: domain.title,
      weight: domain.weight,
      order: domain.order,
      lang: domain.lang,
      introHtml: await render(domain.intro, ctx),
      competenciesHtml: (await Promise.all(domain.competencies.map((c) => renderInline(render, c, ctx)))).map((c) => c.html),
      referencesHtml: await render(domain.references, ctx),
      topics,
      questionCount: all.length,
      answeredCount: all.filter((q) => q.answered).length,
      placeholders: domain.placeholders,
      manifests: { checked: parsed.manifests.counts.checked, kubernetesVersion: parsed.manifests.kubernetesVersion },
      files: [],
    },
    text,
  };
}

/** Where each markdown file's links and files go, and where its unsafe HTML is reported. */
function contextsFor(read: ContentRead, options: BuildSiteOptions, diagnostics: Diagnostic[]) {
  const files = new Map<string, ContentFile>();
  // Which files each markdown file's pages link to, so each page's entry carries its own.
  const filesOf = new Map<string, Map<string, ContentFile>>();
  const contextFor = (path: string): ContextAt => {
    const valid = read.domains.find((d) => d.path === path)?.manifests.validBlocks;
    return (line) => ({
      resolveLink: (href) => resolveSiblingLink(href, path, read.fileUrls),
      resolveFile: (url) => {
        const target = resolveRelative(url, path, read.fileUrls, read.isFile);
        if (target.kind === 'page') return target.url;
        if (target.kind === 'missing') return undefined;
        const file = { path: target.path, source: join(options.contentDir, target.path) };
        files.set(file.path, file);
        if (!filesOf.has(path)) filesOf.set(path, new Map());
        filesOf.get(path)?.set(file.path, file);
        return contentFileUrl(options.base, target.path, target.suffix);
      },
      manifestMark: (code) => (valid?.has(code) ? read.config.kubernetesVersion : undefined),
      reportUnsafe: (message) =>
        diagnostics.push({
          file: path,
          line,
          column: 1,
          severity: 'warning',
          ruleId: 'unsafe-html',
          message: `${message}; the rest is kept`,
        }),
    });
  };
  const filesFor = (path: string) => [...(filesOf.get(path)?.values() ?? [])];
  const allFiles = () => [...files.values()].sort((a, b) => a.path.localeCompare(b.path));
  return { contextFor, filesFor, allFiles };
}

/** Read, parse and render a whole content folder. Never throws on bad markdown. */
export async function buildSite(options: BuildSiteOptions): Promise<SiteModel> {
  const read = await readContent(options.contentDir, {
    base: options.base,
    env: { SITE_TITLE: options.siteTitle, KUBERNETES_VERSION: options.kubernetesVersion },
  });
  // Links were checked on the source, where each one has its line; rendering only rewrites them.
  const diagnostics = [...read.diagnostics];
  const { contextFor, filesFor, allFiles } = contextsFor(read, options, diagnostics);
  const parsed = [...read.domains].sort((a, b) =>
    compareDomains({ slug: a.slug, order: a.domain.order }, { slug: b.slug, order: b.domain.order }),
  );

  const render = await sharedMarkdownRenderer();
  const domains: RenderedDomain[] = [];
  const records: SearchRecord[] = [];
  // Which pages hold which questions is known once every slug is: records can go out domain by domain.
  const reserved = reservedPaths(parsed.map((item) => item.slug));
  for (const [index, item] of parsed.entries()) {
    const { domain, text } = await renderDomain(render, item, contextFor(item.path));
    domains.push({ ...domain, files: filesFor(item.path) });
    const domainRecords = domainSearchRecords(domain, planDomainPages(domain, { reserved }), text, options.base);
    records.push(...domainRecords);
    options.onSearchRecords?.(domainRecords);
    options.onFile?.(item.path, index + 1, parsed.length);
  }
  const intros: RenderedIntro[] = [];
  for (const { path, folder, body } of read.readmes) {
    const title = /^#\s+(.+)$/m.exec(body)?.[1]?.trim() ?? null;
    const html = await render(body, contextFor(path)(1));
    intros.push({ folder, title, html, files: filesFor(path) });
  }

  // Files in the order they were read, each file's diagnostics top to bottom.
  const order = new Map(read.paths.map((p, i) => [p, i]));
  diagnostics.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line || a.column - b.column);
  return {
    domains,
    intros,
    searchRecords: records,
    files: allFiles(),
    diagnostics,
    summary: summarize(
      parsed.map((item) => item.domain),
      diagnostics,
      read,
    ),
    config: read.config,
    unpublished: read.unpublished,
  };
}
