import type { Diagnostic, Severity } from './types';

/** `path:line:col: severity: message [rule-id]`, the format compilers and editors link. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.ruleId}]`;
}

/** Collects diagnostics for one file; lines and columns are already in original-file terms. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly file: string) {}

  report(severity: Severity, line: number, column: number, ruleId: string, message: string): void {
    this.diagnostics.push({ file: this.file, line, column, severity, message, ruleId });
  }

  warn(line: number, column: number, ruleId: string, message: string): void {
    this.report('warning', line, column, ruleId, message);
  }

  error(line: number, column: number, ruleId: string, message: string): void {
    this.report('error', line, column, ruleId, message);
  }

  /** Diagnostics in file order, so they read top to bottom like the file. */
  sorted(): Diagnostic[] {
    return [...this.diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
  }
}
