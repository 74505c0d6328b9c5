import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const STALE_MS = 10 * 60_000;

/**
 * Astro writes its prerender chunks to `<project>/.astro/` whatever the outDir, so two builds
 * of one checkout at once (two spec files, two workers) delete each other's chunks. One at a
 * time: a lock directory per checkout (mkdir is atomic), taken over when a crashed run left it.
 */
function oneBuildAtATime<T>(run: () => T): T {
  const lock = join(tmpdir(), `cks-study-build-${createHash('sha1').update(process.cwd()).digest('hex').slice(0, 12)}.lock`);
  const deadline = Date.now() + STALE_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        // Released between the two calls: try again.
      }
      if (Date.now() > deadline) throw new Error(`waited 10 minutes for ${lock}; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    return run();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Build the site from another content folder into a temporary dist, as an author would. */
export function buildInto(env: Record<string, string>): { outDir: string; output: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'cks-study-dist-'));
  // Astro writes its prerender chunks under the working directory when outDir lies outside it:
  // a folder per build keeps them apart; the lock keeps the shared content store consistent.
  const root = resolve('.');
  mkdirSync(join(root, '.astro', 'e2e-builds'), { recursive: true });
  const cwd = mkdtempSync(join(root, '.astro', 'e2e-builds', 'build-'));
  const result = oneBuildAtATime(() =>
    spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', outDir], {
      cwd,
      env: { ...process.env, CONTENT_DIR: resolve('content'), ...env },
      encoding: 'utf8',
      timeout: 240_000,
    }),
  );
  rmSync(cwd, { recursive: true, force: true });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`build failed (${result.status}):\n${output}`);
  return { outDir, output };
}
