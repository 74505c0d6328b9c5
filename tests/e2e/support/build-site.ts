import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const LOCK = join(resolve('node_modules'), '.cks-study-build.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Builds of one checkout share Astro's content store (node_modules/.astro/data-store.json),
 * so two at once, from two Playwright workers, can publish each other's content. One at a time.
 */
function withBuildLock<T>(work: () => T): T {
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      const holder = Number(readFileSync(join(LOCK, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
      if (holder !== 0 && !alive(holder)) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Run `astro build` into a temporary dist with extra environment; it may fail. */
export function runBuild(env: Record<string, string>): { outDir: string; status: number | null; output: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'cks-study-dist-'));
  const result: SpawnSyncReturns<string> = withBuildLock(() =>
    spawnSync('npx', ['astro', 'build', '--outDir', outDir], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 240_000 }),
  );
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Build the site from another content folder into a temporary dist, as an author would. */
export function buildInto(env: Record<string, string>): { outDir: string; output: string } {
  const { outDir, status, output } = runBuild(env);
  if (status !== 0) throw new Error(`build failed (${status}):\n${output}`);
  return { outDir, output };
}
