/**
 * The read stage, shared by the build (buildSite) and the `cks-study check` report
 * (checkSite): find the markdown files, decode and parse each one, give every domain its
 * slug, check relative links on the source, read the site settings. Nothing is rendered
 * here: this takes milliseconds where rendering takes seconds.
 */
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { decodeContent } from '../curriculum/decode';
import { Reporter } from '../curriculum/diagnostics';
import { normalizeSource } from '../curriculum/normalize';
import { parseDomain } from '../curriculum/parse-domain';
import { domainSlugFromPath, isReadme, readmeDomainSlug } from '../curriculum/paths';
import type { Diagnostic, Domain } from '../curriculum/types';
import { addCounts, checkDomainManifests, emptyCounts, type DomainManifests } from '../manifests/check-domain';
import { kubernetesSchemas } from '../manifests/kubernetes-schemas';
import type { BuildSummary } from '../site/types';
import { withBase } from '../url';
import { checkContentLinks, fileChecker } from './content-links';
import { findMarkdownFiles } from './markdown-files';
import { readSiteConfig, type SiteConfig } from './site-config';
import { assignSlugs } from './slugs';

/** A domain file, parsed. */
export interface ReadDomain {
  /** Path relative to the content folder. */
  path: string;
  slug: string;
  /** The parsed domain, its order taken from the file-name prefix when frontmatter gives none. */
  domain: Domain;
  /** What decoding the file found (each one a warning). */
  decodeDiagnostics: Diagnostic[];
  /** What parsing the file found. */
  parseDiagnostics: Diagnostic[];
  /** Its answers' manifests, checked against the site's Kubernetes release. */
  manifests: DomainManifests;
}

/** A README: its folder's introduction. */
export interface ReadReadme {
  path: string;
  /** Content-relative folder, `''` at the root. */
  folder: string;
  /** The markdown without its frontmatter (which holds site settings, not text for the page). */
  body: string;
}

export interface ContentRead {
  /** Every markdown file read, READMEs included, in read order. */
  paths: string[];
  /** Markdown files found but not published (contributor files, hidden folders), sorted. */
  unpublished: string[];
  /** Domain files in read order. */
  domains: ReadDomain[];
  readmes: ReadReadme[];
  /** Site URL of every markdown file that becomes a page, by content-relative path. */
  fileUrls: Map<string, string>;
  /** Whether a content-relative path is a file inside the content folder. */
  isFile: (path: string) => boolean;
  /** Domains that wanted a slug another one has. */
  slugDiagnostics: Diagnostic[];
  /** Relative links and images that lead to nothing. */
  linkDiagnostics: Diagnostic[];
  config: SiteConfig;
  /** Everything above found: per file (decoding, then parsing), then slugs, links, settings. */
  diagnostics: Diagnostic[];
}

export interface ReadOptions {
  /** Site base path, e.g. `/` or `/cks/`. */
  base: string;
  /** `SITE_TITLE` and the like, as the edge read them; none by default. */
  env?: NodeJS.ProcessEnv;
}

function folderOfFile(path: string): string {
  const dir = posix.dirname(path);
  return dir === '.' ? '' : dir;
}

/** Read a whole content folder. Never throws on bad markdown: problems are diagnostics. */
export async function readContent(contentDir: string, options: ReadOptions): Promise<ContentRead> {
  const { published: paths, unpublished } = await findMarkdownFiles(contentDir);
  const diagnostics: Diagnostic[] = [];
  const domains: ReadDomain[] = [];
  const readmes: ReadReadme[] = [];
  const sources = new Map<string, string>();
  const fileUrls = new Map<string, string>();
  // README domains take their folder's URL unless their frontmatter names one.
  const readmeSlugs = new Map<string, string>();
  // The settings first: they name the Kubernetes release the manifests are checked against.
  const settings = readSiteConfig(contentDir, options.env ?? {});
  // Loaded on the first manifest only, so a site without any never reads a schema.
  let schemas: ReturnType<typeof kubernetesSchemas> | undefined;
  const schemasOf = () => (schemas ??= kubernetesSchemas(settings.config.kubernetesVersion));
  for (const path of paths) {
    const decoded = decodeContent(await readFile(join(contentDir, path)), path);
    diagnostics.push(...decoded.diagnostics);
    sources.set(path, decoded.text);
    const parsed = parseDomain(decoded.text, path);
    const questions = parsed.domain.topics.reduce((n, t) => n + t.questions.length, 0);
    // A README with questions is its folder's domain (one topic per folder, the README its only file).
    if (isReadme(path) && questions === 0) {
      const folder = folderOfFile(path);
      fileUrls.set(path, withBase(options.base, folder === '' ? '' : `${folder}/`));
      const reporter = new Reporter(path);
      const body = normalizeSource(decoded.text, reporter)
        .lines.map((l) => l.text)
        .join('\n');
      diagnostics.push(...reporter.sorted());
      readmes.push({ path, folder, body });
      continue;
    }
    const manifests = checkDomainManifests(parsed.domain, path, settings.config.kubernetesVersion, schemasOf);
    diagnostics.push(...[...parsed.diagnostics, ...manifests.diagnostics].sort((a, b) => a.line - b.line || a.column - b.column));
    const fromPath = isReadme(path) ? readmeDomainSlug(path, parsed.domain.title) : domainSlugFromPath(path);
    const domain = { ...parsed.domain, order: parsed.domain.order ?? fromPath.order };
    if (isReadme(path)) readmeSlugs.set(path, fromPath.slug);
    domains.push({ path, slug: '', domain, decodeDiagnostics: decoded.diagnostics, parseDiagnostics: parsed.diagnostics, manifests });
  }
  const { slugs, diagnostics: slugDiagnostics } = assignSlugs(
    domains.map(({ path, domain }) => ({ path, override: domain.frontmatter['slug'] ?? readmeSlugs.get(path) })),
  );
  diagnostics.push(...slugDiagnostics);
  for (const item of domains) {
    item.slug = slugs.get(item.path) ?? item.slug;
    fileUrls.set(item.path, withBase(options.base, `${item.slug}/`));
  }
  const isFile = fileChecker(contentDir);
  const linkDiagnostics = checkContentLinks(sources, fileUrls, isFile);
  diagnostics.push(...linkDiagnostics);
  diagnostics.push(...settings.diagnostics);
  return { paths, unpublished, domains, readmes, fileUrls, isFile, slugDiagnostics, linkDiagnostics, config: settings.config, diagnostics };
}

/** The counts both the build and the check print; with the manifest counts when the domains were read here. */
export function summarize(
  domains: readonly Domain[],
  diagnostics: readonly Diagnostic[],
  read?: Pick<ContentRead, 'domains' | 'config'>,
): BuildSummary {
  const questions = domains.flatMap((d) => d.topics.flatMap((t) => t.questions));
  const manifests = read && {
    kubernetesVersion: read.config.kubernetesVersion,
    ...read.domains.reduce((sum, d) => addCounts(sum, d.manifests.counts), emptyCounts()),
  };
  return {
    ...(manifests ? { manifests } : {}),
    domains: domains.length,
    questions: questions.length,
    answered: questions.filter((q) => q.answered).length,
    placeholders: domains.reduce((sum, d) => sum + d.placeholders, 0),
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
  };
}
