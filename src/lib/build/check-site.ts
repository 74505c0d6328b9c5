/**
 * The content report without rendering: parse every file, count, collect diagnostics.
 * buildSite() renders every answer with Shiki (seconds); this takes milliseconds, so the
 * `cks-study` command can report and stop before an Astro build. Its summary must equal
 * buildSite()'s (tests/unit/check-site.test.ts holds them together).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeContent } from '../curriculum/decode';
import { Reporter } from '../curriculum/diagnostics';
import { normalizeSource } from '../curriculum/normalize';
import { parseDomain } from '../curriculum/parse-domain';
import { isReadme } from '../curriculum/paths';
import type { Diagnostic } from '../curriculum/types';
import { findContentFiles } from './content-files';
import { BROKEN_LINK_RULES, checkContentLinks, fileChecker } from './content-links';
import { readSiteConfig, type SiteConfig } from './site-config';
import { assignSlugs, type SlugSource } from './slugs';
import type { BuildSummary } from '../site/types';

export interface DomainHealth {
  /** Path relative to the content folder. */
  file: string;
  title: string;
  questions: number;
  answered: number;
  placeholders: number;
  /** Relative links and images that lead to nothing. */
  brokenLinks: number;
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
}

export async function checkSite(contentDir: string, env: NodeJS.ProcessEnv = {}): Promise<SiteCheck> {
  const files = await findContentFiles(contentDir);
  const diagnostics: Diagnostic[] = [];
  const domains: DomainHealth[] = [];
  const sources = new Map<string, string>();
  const slugSources: SlugSource[] = [];
  for (const path of files) {
    const decoded = decodeContent(await readFile(join(contentDir, path)), path);
    const source = decoded.text;
    diagnostics.push(...decoded.diagnostics);
    sources.set(path, source);
    if (isReadme(path)) {
      const reporter = new Reporter(path);
      normalizeSource(source, reporter);
      diagnostics.push(...reporter.sorted());
      continue;
    }
    const { domain, diagnostics: found } = parseDomain(source, path);
    diagnostics.push(...found);
    slugSources.push({ path, override: domain.frontmatter['slug'] });
    const questions = domain.topics.flatMap((t) => t.questions);
    domains.push({
      file: path,
      title: domain.title,
      questions: questions.length,
      answered: questions.filter((q) => q.answered).length,
      placeholders: domain.placeholders,
      brokenLinks: 0,
      warnings: found.filter((d) => d.severity === 'warning').length + decoded.diagnostics.length,
      errors: found.filter((d) => d.severity === 'error').length,
    });
  }
  const slugProblems = assignSlugs(slugSources).diagnostics;
  diagnostics.push(...slugProblems);
  for (const problem of slugProblems) {
    const health = domains.find((d) => d.file === problem.file);
    if (health) health.warnings++;
  }
  // Only whether a markdown file exists matters here, not the URL it gets.
  const pages = new Map(files.map((path) => [path, '']));
  const links = checkContentLinks(sources, pages, fileChecker(contentDir));
  diagnostics.push(...links);
  for (const health of domains) {
    const own = links.filter((d) => d.file === health.file && BROKEN_LINK_RULES.has(d.ruleId)).length;
    health.brokenLinks += own;
    health.warnings += own;
  }
  const settings = readSiteConfig(contentDir, env);
  diagnostics.push(...settings.diagnostics);
  const sum = (key: 'questions' | 'answered' | 'placeholders') => domains.reduce((total, d) => total + d[key], 0);
  return {
    files: files.length,
    config: settings.config,
    domains,
    diagnostics,
    summary: {
      domains: domains.length,
      questions: sum('questions'),
      answered: sum('answered'),
      placeholders: sum('placeholders'),
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      errors: diagnostics.filter((d) => d.severity === 'error').length,
    },
  };
}
