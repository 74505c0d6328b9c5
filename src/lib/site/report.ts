import { relative, resolve } from 'node:path';
import { formatDiagnostic } from '../curriculum/diagnostics';
import type { Diagnostic } from '../curriculum/types';
import type { BuildSummary } from './types';

/** Diagnostics with paths relative to the working directory, so editors and CI can jump to them. */
export function formatDiagnostics(diagnostics: Diagnostic[], contentDir: string, cwd = process.cwd()): string[] {
  return diagnostics.map((d) => formatDiagnostic({ ...d, file: relative(cwd, resolve(contentDir, d.file)) }));
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
