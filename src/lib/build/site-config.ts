/**
 * Site-wide texts an author of another curriculum sets without touching this project:
 * `cks-study.json` in the content folder, or the frontmatter of its `README.md`.
 *
 *   cks-study.json              README.md
 *   { "title": "CKAD Study",    ---
 *     "certification": "..." }  title: CKAD Study
 *                               ---
 *
 * Precedence: `SITE_TITLE` (set by `cks-study build --title`) > cks-study.json > README
 * frontmatter > the README's first `#` heading (title only) > the defaults. The same for
 * `kubernetesVersion`, whose environment variable `KUBERNETES_VERSION` is set by
 * `--kubernetes-version`; it defaults to the newest bundled release.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { Reporter } from '../curriculum/diagnostics';
import { normalizeSource } from '../curriculum/normalize';
import type { Diagnostic } from '../curriculum/types';
import {
  bundledVersion,
  DEFAULT_KUBERNETES_VERSION,
  describeBundledVersions,
  type KubernetesVersion,
} from '../manifests/kubernetes-versions';

export interface SiteConfig {
  /** The site's name: header, every page title, Open Graph site name. */
  title: string;
  /** What the site is, for search results and link previews of pages without their own. */
  description: string;
  /** The exam the questions prepare for, e.g. "Certified Kubernetes Application Developer (CKAD)"; null when not set. */
  certification: string | null;
  /** The mock exam's pass mark in percent (`passMark`, 67 or "67%"): 67, the CKS, CKA and CKAD mark, unless set. */
  passMark: number;
  /** The Kubernetes release the manifests in answers are checked against (`kubernetesVersion`). */
  kubernetesVersion: KubernetesVersion;
}

export const CONFIG_FILE = 'cks-study.json';
export const DEFAULT_TITLE = 'CKS Study';
export const DEFAULT_DESCRIPTION = 'Questions and answers for the Kubernetes certification exams, to browse, search and study.';

const KEYS = ['title', 'description', 'certification', 'passMark', 'kubernetesVersion'] as const;
export const DEFAULT_PASS_MARK = 67;
type Key = (typeof KEYS)[number];
export type SiteConfigInput = Partial<Record<Key, string>>;

/** A README heading longer than this is a sentence, not a name for the site. */
const MAX_HEADING_TITLE = 60;

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function passMarkOf(value: unknown): number | null {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim().replace(/%$/, '')) : NaN;
  return Number.isFinite(number) && number > 0 && number <= 100 ? number : null;
}

/** `"1.36"`, or 1.36 as YAML reads an unquoted version, when it names a bundled release. */
function kubernetesVersionOf(value: unknown): KubernetesVersion | null {
  if (typeof value === 'string') return bundledVersion(value);
  if (typeof value === 'number') return bundledVersion(String(value));
  return null;
}

/** Keep the keys we know when they are non-empty strings; report the rest. */
function pickKeys(data: Record<string, unknown>, report: (key: string, message: string) => unknown, strictKeys: boolean): SiteConfigInput {
  const out: SiteConfigInput = {};
  for (const [key, value] of Object.entries(data)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      if (strictKeys) report(key, `unknown key "${key}"; expected one of ${KEYS.join(', ')}; it is ignored`);
      continue;
    }
    if (key === 'passMark') {
      const mark = passMarkOf(value);
      if (mark !== null) out.passMark = String(mark);
      else
        report(key, `"passMark" should be a percentage between 1 and 100 such as 67 or "67%", found ${JSON.stringify(value)}; 67 is used`);
    } else if (key === 'kubernetesVersion') {
      const version = kubernetesVersionOf(value);
      if (version !== null) out.kubernetesVersion = version;
      else
        report(
          key,
          `"kubernetesVersion" should name a bundled Kubernetes release such as "${DEFAULT_KUBERNETES_VERSION}", found ${JSON.stringify(value)}${typeof value === 'number' ? ' (quote it: unquoted, 1.30 reads as the number 1.3)' : ''}; bundled: ${describeBundledVersions()}; the default is used`,
        );
    } else if (typeof value === 'string' && value.trim() !== '') out[key as Key] = value.trim();
    else report(key, `"${key}" should be a non-empty string, found ${JSON.stringify(value)}; it is ignored`);
  }
  return out;
}

/** Read `cks-study.json` text. Unparseable JSON is an error: the author asked for settings we cannot read. */
export function parseConfigFile(text: string, file = CONFIG_FILE): { input: SiteConfigInput; diagnostics: Diagnostic[] } {
  const reporter = new Reporter(file);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const at = position ? lineAndColumn(text, Number(position[1])) : { line: 1, column: 1 };
    reporter.error(
      at.line,
      at.column,
      'invalid-config',
      `${file} is not valid JSON: ${message.replace(/ in JSON at position.*$/, '')}; the defaults are used`,
    );
    return { input: {}, diagnostics: reporter.sorted() };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    reporter.error(1, 1, 'invalid-config', `${file} should hold an object such as {"title": "CKAD Study"}, found ${JSON.stringify(data)}`);
    return { input: {}, diagnostics: reporter.sorted() };
  }
  const keyAt = (key: string) => {
    const index = text.indexOf(`"${key}"`);
    return index === -1 ? { line: 1, column: 1 } : lineAndColumn(text, index);
  };
  const input = pickKeys(
    data as Record<string, unknown>,
    (key, message) => {
      const at = keyAt(key);
      reporter.warn(at.line, at.column, 'invalid-config', message);
    },
    true,
  );
  return { input, diagnostics: reporter.sorted() };
}

/** Settings from a README's frontmatter, and its first `#` heading as plain text. */
export function readmeSettings(
  source: string,
  file = 'README.md',
): { input: SiteConfigInput; heading: string | null; diagnostics: Diagnostic[] } {
  // Broken YAML and a bad `title` are reported where the README itself is read (build-site.ts).
  const { lines, frontmatter } = normalizeSource(source, new Reporter(file));
  const reporter = new Reporter(file);
  // Other keys (`slug`, `tags`...) may serve other tools, so only ours are checked.
  const input = pickKeys(
    frontmatter,
    (key, message) => key !== 'title' && reporter.warn(1, 1, 'invalid-config', `frontmatter ${message}`),
    false,
  );
  const headingLine = lines
    .find((l) => /^#\s+\S/.test(l.text))
    ?.text.replace(/^#\s+/, '')
    .replace(/\s+#+\s*$/, '');
  const heading = headingLine === undefined ? null : toString(fromMarkdown(headingLine)).trim();
  return { input, heading: heading && heading.length <= MAX_HEADING_TITLE ? heading : null, diagnostics: reporter.sorted() };
}

/** Merge the sources in order of precedence. Pure. */
export function resolveSiteConfig(sources: {
  envTitle?: string | undefined;
  /** `KUBERNETES_VERSION` (set by `--kubernetes-version`), already checked to be bundled. */
  envKubernetesVersion?: string | undefined;
  file?: SiteConfigInput;
  readme?: SiteConfigInput;
  heading?: string | null;
}): SiteConfig {
  const { file = {}, readme = {} } = sources;
  const certification = file.certification ?? readme.certification ?? null;
  return {
    title: sources.envTitle?.trim() || file.title || readme.title || sources.heading || DEFAULT_TITLE,
    description:
      file.description ??
      readme.description ??
      (certification ? `Questions and answers for the ${certification} exam, to browse, search and study.` : DEFAULT_DESCRIPTION),
    certification,
    passMark: Number(file.passMark ?? readme.passMark ?? DEFAULT_PASS_MARK),
    kubernetesVersion:
      bundledVersion(sources.envKubernetesVersion ?? '') ??
      bundledVersion(file.kubernetesVersion ?? '') ??
      bundledVersion(readme.kubernetesVersion ?? '') ??
      DEFAULT_KUBERNETES_VERSION,
  };
}

/** Read the settings of a content folder. Never throws: problems come back as diagnostics. */
export function readSiteConfig(contentDir: string, env: NodeJS.ProcessEnv): { config: SiteConfig; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let file: SiteConfigInput = {};
  let readme: SiteConfigInput = {};
  let heading: string | null = null;
  const configPath = join(contentDir, CONFIG_FILE);
  if (existsSync(configPath)) {
    const parsed = parseConfigFile(readFileSync(configPath, 'utf8'));
    file = parsed.input;
    diagnostics.push(...parsed.diagnostics);
  }
  const readmePath = ['README.md', 'readme.md', 'Readme.md'].map((name) => join(contentDir, name)).find((path) => existsSync(path));
  if (readmePath !== undefined) {
    const parsed = readmeSettings(readFileSync(readmePath, 'utf8'));
    readme = parsed.input;
    heading = parsed.heading;
    diagnostics.push(...parsed.diagnostics);
  }
  return {
    config: resolveSiteConfig({ envTitle: env['SITE_TITLE'], envKubernetesVersion: env['KUBERNETES_VERSION'], file, readme, heading }),
    diagnostics,
  };
}
