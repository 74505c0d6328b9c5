/**
 * The content report without rendering: the read stage (read-content.ts), then counts per
 * domain. buildSite() renders every answer with Shiki (seconds); this takes milliseconds,
 * so the `cks-study` command can report and stop before an Astro build.
 */
import { STRAY_BLOCK_RULE } from '../curriculum/parse-domain';
import type { Diagnostic } from '../curriculum/types';
import type { BuildSummary } from '../site/types';
import { BROKEN_LINK_RULES } from './content-links';
import { readContent, summarize, type ReadDomain } from './read-content';
import type { SiteConfig } from './site-config';

export interface DomainHealth {
  /** Path relative to the content folder. */
  file: string;
  title: string;
  questions: number;
  /** Answer blocks that became parts of a question (a question may have several). */
  answerBlocks: number;
  /** Answer blocks with no question before them, each named by an `answer-without-question` warning. */
  strayBlocks: number;
  answered: number;
  placeholders: number;
  /** Relative links and images that lead to nothing. */
  brokenLinks: number;
  /** Manifests in answers checked against the site's Kubernetes release. */
  manifests: number;
  /** What the manifest check found (each a warning too). */
  manifestFindings: number;
  warnings: number;
  errors: number;
}

export interface SiteCheck {
  /** Markdown files read, READMEs included. */
  files: number;
  config: SiteConfig;
  domains: DomainHealth[];
  diagnostics: Diagnostic[];
  summary: BuildSummary;
  /** Markdown files found but not published, for the info line (report.ts). */
  unpublished: string[];
}

function healthOf(item: ReadDomain, slugDiagnostics: Diagnostic[], linkDiagnostics: Diagnostic[]): DomainHealth {
  const { domain, path, parseDiagnostics } = item;
  const questions = domain.topics.flatMap((t) => t.questions);
  const brokenLinks = linkDiagnostics.filter((d) => d.file === path && BROKEN_LINK_RULES.has(d.ruleId)).length;
  const slugProblems = slugDiagnostics.filter((d) => d.file === path).length;
  return {
    file: path,
    title: domain.title,
    questions: questions.length,
    answerBlocks: questions.reduce((sum, q) => sum + q.parts.length, 0),
    strayBlocks: parseDiagnostics.filter((d) => d.ruleId === STRAY_BLOCK_RULE).length,
    answered: questions.filter((q) => q.answered).length,
    placeholders: domain.placeholders,
    brokenLinks,
    manifests: item.manifests.counts.checked,
    manifestFindings: item.manifests.diagnostics.length,
    warnings:
      parseDiagnostics.filter((d) => d.severity === 'warning').length +
      item.decodeDiagnostics.length +
      slugProblems +
      brokenLinks +
      item.manifests.diagnostics.length,
    errors: parseDiagnostics.filter((d) => d.severity === 'error').length,
  };
}

/** `env` carries what the command line set: `KUBERNETES_VERSION` (--kubernetes-version). */
export async function checkSite(contentDir: string, env: NodeJS.ProcessEnv = {}): Promise<SiteCheck> {
  const read = await readContent(contentDir, { base: '/', env });
  return {
    files: read.paths.length,
    config: read.config,
    domains: read.domains.map((item) => healthOf(item, read.slugDiagnostics, read.linkDiagnostics)),
    diagnostics: read.diagnostics,
    summary: summarize(
      read.domains.map((item) => item.domain),
      read.diagnostics,
      read,
    ),
    unpublished: read.unpublished,
  };
}
