/**
 * Where the CKS seed (the original of the first domain) is, and whether this clone has it:
 * it lives in `../shared/seed/`, beside the repository, and only CI has it there. Plain
 * Node, so Vitest suites (through seed.ts) and Playwright specs share it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Relative to the repository, never absolute: CI clones it with ../shared beside it.
export const seedFile = fileURLToPath(new URL('../../../shared/seed/monitoring-logging-runtime-security.md', import.meta.url));

/** The name a content folder gives the seed: its ordering prefix makes it the sixth domain. */
export const seedFileName = 'f.monitoring_logging_runtime_security.md';

/** Why the seed's tests cannot run here, or null when they can. */
export const seedMissing: string | null = existsSync(seedFile)
  ? null
  : '../shared/seed is not beside the repository (only CI has it); tests/fixtures/site-seed-shaped covers its shapes';
