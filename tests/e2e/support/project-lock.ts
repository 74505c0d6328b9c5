import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `astro dev` keeps its content store in the project (`.astro/data-store.json`), so two dev
 * servers in one checkout break each other. Specs that start one take this lock; Playwright
 * runs spec files in parallel workers. (Builds need no lock: see build-site.ts.)
 */
const LOCK = join(tmpdir(), `cks-study-${createHash('sha1').update(process.cwd()).digest('hex').slice(0, 12)}.lock`);
const STALE_MS = 15 * 60_000;

function tryLock(): boolean {
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    try {
      // A lock left by a killed run is taken over.
      if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
    } catch {
      // Released between the two calls: try again.
    }
    return false;
  }
}

const release = () => rmSync(LOCK, { recursive: true, force: true });

/** Run `work` (synchronous, e.g. a spawnSync build) while holding the project lock. */
export function withProjectLock<T>(work: () => T): T {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!tryLock()) Atomics.wait(pause, 0, 0, 250);
  try {
    return work();
  } finally {
    release();
  }
}

/** Take the project lock for as long as a server runs; call the result to release it. */
export async function acquireProjectLock(): Promise<() => void> {
  while (!tryLock()) await new Promise((resolve) => setTimeout(resolve, 250));
  return release;
}
