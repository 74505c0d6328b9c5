import { isAbsolute, relative, resolve } from 'node:path';
import { formatDiagnostic } from '../curriculum/diagnostics';
import type { Diagnostic } from '../curriculum/types';
import { plural } from '../site/labels';
import type { BuildSummary, ManifestSummary } from '../site/types';

/** A path editors and CI can jump to: relative below the working directory, else absolute. */
export function displayPath(file: string, contentDir: string, cwd = process.cwd()): string {
  const absolute = resolve(contentDir, file);
  const rel = relative(cwd, absolute);
  return rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
}

export function formatDiagnostics(diagnostics: Diagnostic[], contentDir: string, cwd = process.cwd()): string[] {
  return diagnostics.map((d) => formatDiagnostic({ ...d, file: displayPath(d.file, contentDir, cwd) }));
}

/**
 * `manifests: 25 checked against Kubernetes 1.36; not checked: 12 fragments (no apiVersion and
 * kind), 3 of other kinds, 1 broken on purpose`; undefined when the answers hold no YAML.
 */
export function formatManifests(m: ManifestSummary): string | undefined {
  if (m.checked + m.fragments + m.otherKinds + m.broken === 0) return undefined;
  const skipped = [
    m.fragments > 0 ? `${plural(m.fragments, 'fragment')} (no apiVersion and kind)` : '',
    m.otherKinds > 0 ? `${m.otherKinds} of other kinds (custom resources, config files)` : '',
    m.broken > 0 ? `${m.broken} broken on purpose` : '',
  ].filter(Boolean);
  return `manifests: ${m.checked} checked against Kubernetes ${m.kubernetesVersion}${skipped.length > 0 ? `; not checked: ${skipped.join(', ')}` : ''}`;
}

export function formatSummary(summary: BuildSummary): string {
  const counts = [
    plural(summary.domains, 'domain'),
    plural(summary.questions, 'question'),
    `${summary.answered} answered`,
    plural(summary.placeholders, 'placeholder'),
    plural(summary.warnings, 'warning'),
    plural(summary.errors, 'error'),
  ].join(', ');
  const manifests = summary.manifests && formatManifests(summary.manifests);
  return manifests ? `${counts}; ${manifests}` : counts;
}

/**
 * The one info line naming the markdown that is no page, so that nothing is left out unsaid:
 * `Not published: CONTRIBUTING.md, .github/PULL_REQUEST_TEMPLATE.md (…)`; none when all is.
 */
export function formatUnpublished(paths: readonly string[]): string | undefined {
  if (paths.length === 0) return undefined;
  return `Not published: ${paths.join(', ')} (files about the repository, such as CONTRIBUTING.md, and files in hidden folders are no pages of the site)`;
}

/** What makes the content fail the build: any error, or with strict any warning. */
export type ContentFailure = { kind: 'errors'; count: number } | { kind: 'warnings'; count: number };

/**
 * The one rule for "does the build fail", used by the content loader and the `cks-study`
 * command alike (each words it for its own reader: STRICT=1 or --strict).
 */
export function contentFailure(summary: BuildSummary, strict: boolean): ContentFailure | undefined {
  if (summary.errors > 0) return { kind: 'errors', count: summary.errors };
  if (strict && summary.warnings > 0) return { kind: 'warnings', count: summary.warnings };
  return undefined;
}

/** Why the build must stop, or undefined when it may go on: the loader's words for contentFailure(). */
export function buildFailure(summary: BuildSummary, strict: boolean): { message: string; hint: string } | undefined {
  const failure = contentFailure(summary, strict);
  if (failure === undefined) return undefined;
  if (failure.kind === 'errors') {
    return {
      message: `${plural(failure.count, 'error')} in the content; see the messages above.`,
      hint: 'Each message starts with the file, line and column to fix.',
    };
  }
  return {
    message: `${plural(failure.count, 'warning')} in the content, and STRICT is set; see the messages above.`,
    hint: 'Fix the warnings, or build without STRICT=1 to publish anyway.',
  };
}
