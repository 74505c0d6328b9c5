/**
 * Suites of the CKS seed itself run when it is beside the repository and are reported as
 * skipped, with the reason, in any other clone; the shapes it exercises are covered
 * everywhere by tests/fixtures/site-seed-shaped/.
 */
import { describe } from 'vitest';
import { seedMissing } from './seed-file';

export { seedFile, seedFileName, seedMissing } from './seed-file';

declare module 'vitest' {
  interface TaskMeta {
    /** Why a suite was skipped; printed by tests/support/skip-reasons-reporter.ts. */
    skipReason?: string;
  }
}

/**
 * A suite that reads the seed: run when it is there, else skipped whole (hooks included,
 * so nothing tries to read it) with the reason, so a clone without ../shared passes and
 * says what it did not run.
 */
export function describeSeed(name: string, body: () => void): void {
  describe(name, { skip: seedMissing !== null, meta: { skipReason: seedMissing ?? undefined } }, body);
}
