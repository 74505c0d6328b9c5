import { isAbsolute, relative, resolve } from 'node:path';
import { formatDiagnostic } from '../curriculum/diagnostics';
import type { Diagnostic } from '../curriculum/types';
import type { BuildSummary } from './types';

/** A path editors and CI can jump to: relative below the working directory, else absolute. */
export function displayPath(file: string, contentDir: string, cwd = process.cwd()): string {
  const absolute = resolve(contentDir, file);
  const rel = relative(cwd, absolute);
  return rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
}

export function formatDiagnostics(diagnostics: Diagnostic[], contentDir: string, cwd = process.cwd()): string[] {
  return diagnostics.map((d) => formatDiagnostic({ ...d, file: displayPath(d.file, contentDir, cwd) }));
}

export function formatSummary(summary: BuildSummary): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [
    plural(summary.domains, 'domain'),
    plural(summary.questions, 'question'),
    `${summary.answered} answered`,
    plural(summary.placeholders, 'placeholder'),
    plural(summary.warnings, 'warning'),
    plural(summary.errors, 'error'),
  ].join(', ');
}
