/**
 * The CKS seed (the original of the first domain) lives in `../shared/seed/`, beside the
 * repository, and only CI has it there. Tests of the seed itself run when it is present
 * and are reported as skipped, with the reason, in any other clone; the shapes it exercises
 * are covered everywhere by tests/fixtures/site-seed-shaped/.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** Why a suite was skipped; printed by tests/support/skip-reasons-reporter.ts. */
    skipReason?: string;
  }
}

// Relative to the repository, never absolute: CI clones it with ../shared beside it.
export const seedFile = fileURLToPath(new URL('../../../shared/seed/monitoring-logging-runtime-security.md', import.meta.url));

/** Why the seed's tests cannot run here, or null when they can. */
export const seedMissing: string | null = existsSync(seedFile)
  ? null
  : '../shared/seed is not beside the repository (only CI has it); tests/fixtures/site-seed-shaped covers its shapes';

/** The seed's domain file as a fixture site file: the ordering prefix and name the content folder gives it. */
export const seedFileName = 'f.monitoring_logging_runtime_security.md';

/**
 * A suite that reads the seed: run when it is there, else skipped whole (hooks included)
 * with the reason, so a clone without ../shared passes and says what it did not run.
 */
export function describeSeed(name: string, body: () => void): void {
  describe(name, { skip: seedMissing !== null, meta: { skipReason: seedMissing ?? undefined } }, body);
}
