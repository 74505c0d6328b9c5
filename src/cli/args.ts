/** The `cks-study` command line: parsed and checked here, with no side effects. */
import { parseArgs } from 'node:util';
import { bundledVersion, describeBundledVersions } from '../lib/manifests/kubernetes-versions';

export const SHORT_USAGE = `Usage:
  cks-study build <folder> [--out <dir>] [--base /path/] [--site URL] [--title "Name"]
                  [--kubernetes-version 1.36] [--strict] [--verbose]
  cks-study check <folder> [--kubernetes-version 1.36] [--strict]
  cks-study --help | --version`;

export const USAGE = `${SHORT_USAGE}

Commands:
  build   Build a static site from a folder of exercise markdown files.
  check   Print the content diagnostics and a health table per domain, without building.

Options:
  --out <dir>      Where to write the site (default: ./dist). Emptied first.
  --base /path/    Serve the site under this path, e.g. /<repo>/ on GitHub Pages (default: /).
  --site URL       The site's address, e.g. https://<user>.github.io: canonical URLs and a sitemap.
  --title "Name"   Site title; overrides cks-study.json and the README's frontmatter.
  --kubernetes-version 1.36
                   The Kubernetes release the manifests in answers are checked against;
                   overrides "kubernetesVersion" in cks-study.json (bundled: ${describeBundledVersions()}).
  --strict         Exit with an error on warnings too, not only on errors.
  --verbose        Show Astro's own build log.

Settings: a cks-study.json in the folder ({"title", "description", "certification", "passMark",
"kubernetesVersion"}), or the
same keys in the frontmatter of its README.md. The README becomes the home page introduction.`;

/** A mistake on the command line: shown with the usage, exit code 2, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface BuildCommand {
  command: 'build';
  folder: string;
  out: string | undefined;
  base: string | undefined;
  site: string | undefined;
  title: string | undefined;
  /** A bundled release, checked here. */
  kubernetesVersion: string | undefined;
  strict: boolean;
  verbose: boolean;
}

export interface CheckCommand {
  command: 'check';
  folder: string;
  kubernetesVersion: string | undefined;
  strict: boolean;
}

export type Command = BuildCommand | CheckCommand | { command: 'help' } | { command: 'version' };

const BUILD_OPTIONS = {
  out: { type: 'string' },
  base: { type: 'string' },
  site: { type: 'string' },
  title: { type: 'string' },
  'kubernetes-version': { type: 'string' },
  strict: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const CHECK_OPTIONS = {
  'kubernetes-version': { type: 'string' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `cks` -> `/cks/`, `/cks` -> `/cks/`; a URL or a path with spaces is a mistake. */
export function normalizeBase(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || /[\s?#]/.test(trimmed)) {
    throw new UsageError(`--base should be a path such as /my-repo/, found "${value}"`);
  }
  const withSlashes = `/${trimmed}/`.replace(/\/{2,}/g, '/');
  return withSlashes;
}

export function normalizeSite(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new UsageError(`--site should be an absolute URL such as https://me.github.io, found "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--site should start with https:// or http://, found "${value}"`);
  }
  return url.href;
}

/** Node's parseArgs messages name the option; say it in our words, with the hint that helps. */
function rethrow(error: unknown): never {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message;
    throw new UsageError(`unknown option ${option}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /'(--?[\w-]+)/.exec(message)?.[1] ?? 'an option';
    if (/does not take/.test(message)) throw new UsageError(`option ${option} does not take a value`);
    throw new UsageError(`option ${option} needs a value`);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const extra = /'([^']+)'/.exec(message)?.[1];
    throw new UsageError(`one folder at a time; unexpected argument ${extra ? `"${extra}"` : ''}`.trim());
  }
  throw new UsageError(message);
}

function folderOf(positionals: string[], command: string): string {
  const [folder, ...extra] = positionals;
  if (folder === undefined || folder.trim() === '')
    throw new UsageError(`${command}: which folder? Give the folder of markdown files, e.g. cks-study ${command} ./exercises`);
  if (extra.length > 0) throw new UsageError(`${command}: one folder at a time; unexpected argument "${extra[0]}"`);
  return folder;
}

/** `1.36`, `v1.36` or `1.36.2`, when its release is bundled. */
export function normalizeKubernetesVersion(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const version = bundledVersion(value);
  if (version === null) {
    throw new UsageError(
      `--kubernetes-version should be a bundled Kubernetes release, found "${value}"; bundled: ${describeBundledVersions()}`,
    );
  }
  return version;
}

function emptyToUndefined(value: string | undefined, option: string): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError(`option --${option} needs a value`);
  return value;
}

export function parseCommandLine(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command === 'build') {
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: BUILD_OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      rethrow(error);
    }
    const { values, positionals } = parsed;
    if (values.help) return { command: 'help' };
    const base = emptyToUndefined(values.base, 'base');
    const site = emptyToUndefined(values.site, 'site');
    return {
      command: 'build',
      folder: folderOf(positionals, 'build'),
      out: emptyToUndefined(values.out, 'out'),
      base: base === undefined ? undefined : normalizeBase(base),
      site: site === undefined ? undefined : normalizeSite(site),
      title: emptyToUndefined(values.title, 'title')?.trim(),
      kubernetesVersion: normalizeKubernetesVersion(emptyToUndefined(values['kubernetes-version'], 'kubernetes-version')),
      strict: values.strict ?? false,
      verbose: values.verbose ?? false,
    };
  }
  if (command === 'check') {
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: CHECK_OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      rethrow(error);
    }
    if (parsed.values.help) return { command: 'help' };
    return {
      command: 'check',
      folder: folderOf(parsed.positionals, 'check'),
      kubernetesVersion: normalizeKubernetesVersion(emptyToUndefined(parsed.values['kubernetes-version'], 'kubernetes-version')),
      strict: parsed.values.strict ?? false,
    };
  }
  if (command.startsWith('-')) throw new UsageError(`a command comes first (build or check), found ${command}`);
  throw new UsageError(`unknown command "${command}"; expected build or check`);
}
