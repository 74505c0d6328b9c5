import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { Reporter } from '../curriculum/diagnostics';
import { normalizeSource } from '../curriculum/normalize';
import { parseDomain } from '../curriculum/parse-domain';
import { domainSlugFromPath, isReadme } from '../curriculum/paths';
import type { Diagnostic, Domain } from '../curriculum/types';
import { createMarkdownRenderer, type MarkdownRenderer } from '../render/markdown-renderer';
import { findContentFiles } from './content-files';
import { resolveSiblingLink, withBase } from './links';
import { readSiteConfig } from './site-config';
import type { BuildSummary, RenderedDomain, RenderedIntro, RenderedTopic } from './types';

export interface BuildSiteOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Site base path, e.g. `/` or `/cks/`. */
  base: string;
  /** Called after each file is parsed and rendered, for progress output. */
  onFile?: (path: string, index: number, total: number) => void;
}

export interface SiteModel {
  domains: RenderedDomain[];
  intros: RenderedIntro[];
  diagnostics: Diagnostic[];
  summary: BuildSummary;
}

/** Summary texts that only say "open me": shown as our own "Show answer". */
const GENERIC_SUMMARY = /^\s*(show|show answer|answer|solution|reveal|click to expand)?\s*$/i;

interface Parsed {
  path: string;
  slug: string;
  domain: Domain;
}

function uniqueSlug(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let n = 1; taken.has(candidate); n++) candidate = `${slug}-${n}`;
  taken.add(candidate);
  return candidate;
}

/** Render inline markdown (a heading or list item) without the paragraph around it. */
async function renderInline(render: MarkdownRenderer, markdown: string, resolveLink: (href: string) => string | undefined) {
  const html = await render(markdown, { resolveLink });
  return html.replace(/^<p>([\s\S]*)<\/p>\s*$/, '$1');
}

async function renderDomain(render: MarkdownRenderer, parsed: Parsed, fileUrls: Map<string, string>): Promise<RenderedDomain> {
  const { domain, path, slug } = parsed;
  const ctx = { resolveLink: (href: string) => resolveSiblingLink(href, path, fileUrls) };
  const topics: RenderedTopic[] = [];
  for (const topic of domain.topics) {
    const questions = [];
    for (const question of topic.questions) {
      const parts = [];
      for (const part of question.parts) {
        parts.push({
          promptHtml: await render(part.prompt, ctx),
          label: GENERIC_SUMMARY.test(part.summary) ? 'Show answer' : part.summary.trim(),
          html: await render(part.markdown, ctx),
          empty: part.empty,
          markdown: part.markdown,
          prompt: part.prompt,
        });
      }
      questions.push({
        anchor: question.anchor,
        title: question.title,
        titleHtml: await renderInline(render, question.titleMarkdown, ctx.resolveLink),
        line: question.line,
        answered: question.answered,
        parts,
        afterwordHtml: await render(question.afterword, ctx),
      });
    }
    topics.push({
      anchor: topic.anchor,
      title: topic.title,
      titleHtml: topic.titleMarkdown === null ? null : await renderInline(render, topic.titleMarkdown, ctx.resolveLink),
      introHtml: await render(topic.intro, ctx),
      referencesHtml: await render(topic.references, ctx),
      questions,
    });
  }
  const all = topics.flatMap((t) => t.questions);
  return {
    slug,
    sourcePath: path,
    title: domain.title,
    weight: domain.weight,
    order: domain.order,
    introHtml: await render(domain.intro, ctx),
    competenciesHtml: await Promise.all(domain.competencies.map((c) => renderInline(render, c, ctx.resolveLink))),
    referencesHtml: await render(domain.references, ctx),
    topics,
    questionCount: all.length,
    answeredCount: all.filter((q) => q.answered).length,
    placeholders: domain.placeholders,
  };
}

function byOrder(a: Parsed, b: Parsed): number {
  const folderA = posix.dirname(a.path);
  const folderB = posix.dirname(b.path);
  if (folderA !== folderB) return folderA.localeCompare(folderB);
  const orderA = a.domain.order ?? Number.MAX_SAFE_INTEGER;
  const orderB = b.domain.order ?? Number.MAX_SAFE_INTEGER;
  return orderA - orderB || a.path.localeCompare(b.path);
}

/** Read, parse and render a whole content folder. Never throws on bad markdown. */
export async function buildSite(options: BuildSiteOptions): Promise<SiteModel> {
  const files = await findContentFiles(options.contentDir);
  const diagnostics: Diagnostic[] = [];
  const parsed: Parsed[] = [];
  const readmes: { path: string; source: string }[] = [];
  const fileUrls = new Map<string, string>();
  const taken = new Set<string>();

  for (const path of files) {
    const source = await readFile(join(options.contentDir, path), 'utf8');
    if (isReadme(path)) {
      readmes.push({ path, source });
      const folder = posix.dirname(path) === '.' ? '' : `${posix.dirname(path)}/`;
      fileUrls.set(path, withBase(options.base, folder));
      continue;
    }
    const result = parseDomain(source, path);
    diagnostics.push(...result.diagnostics);
    const fromPath = domainSlugFromPath(path);
    const override = result.domain.frontmatter['slug'];
    const slug = uniqueSlug(typeof override === 'string' && override !== '' ? override : fromPath.slug, taken);
    const domain = { ...result.domain, order: result.domain.order ?? fromPath.order };
    parsed.push({ path, slug, domain });
    fileUrls.set(path, withBase(options.base, `${slug}/`));
  }
  parsed.sort(byOrder);

  const render = await createMarkdownRenderer();
  const domains: RenderedDomain[] = [];
  for (const [index, item] of parsed.entries()) {
    domains.push(await renderDomain(render, item, fileUrls));
    options.onFile?.(item.path, index + 1, parsed.length);
  }
  const intros: RenderedIntro[] = [];
  for (const readme of readmes) {
    const folder = posix.dirname(readme.path) === '.' ? '' : posix.dirname(readme.path);
    const ctx = { resolveLink: (href: string) => resolveSiblingLink(href, readme.path, fileUrls) };
    // Frontmatter holds site settings (site-config.ts), not text for the page.
    const reporter = new Reporter(readme.path);
    const body = normalizeSource(readme.source, reporter).lines.map((l) => l.text).join('\n');
    diagnostics.push(...reporter.sorted());
    const title = /^#\s+(.+)$/m.exec(body)?.[1]?.trim() ?? null;
    intros.push({ folder, title, html: await render(body, ctx) });
  }
  diagnostics.push(...readSiteConfig(options.contentDir, {}).diagnostics);

  const questions = domains.flatMap((d) => d.topics.flatMap((t) => t.questions));
  return {
    domains,
    intros,
    diagnostics,
    summary: {
      domains: domains.length,
      questions: questions.length,
      answered: questions.filter((q) => q.answered).length,
      placeholders: domains.reduce((sum, d) => sum + d.placeholders, 0),
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      errors: diagnostics.filter((d) => d.severity === 'error').length,
    },
  };
}
