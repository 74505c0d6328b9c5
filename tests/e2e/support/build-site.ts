import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { withProjectLock } from './project-lock';

/** Run `astro build` into a temporary dist with extra environment; it may fail. */
export function runBuild(env: Record<string, string>): { outDir: string; status: number | null; output: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'cks-study-dist-'));
  // Astro writes its prerender chunks under the working directory when outDir lies outside it:
  // a folder per build keeps them apart; the lock keeps the shared content store
  // (node_modules/.astro) from mixing two builds' content.
  const root = resolve('.');
  mkdirSync(join(root, '.astro', 'e2e-builds'), { recursive: true });
  const cwd = mkdtempSync(join(root, '.astro', 'e2e-builds', 'build-'));
  const result = withProjectLock(() =>
    spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', outDir], {
      cwd,
      env: { ...process.env, CONTENT_DIR: resolve('content'), ...env },
      encoding: 'utf8',
      timeout: 240_000,
    }),
  );
  rmSync(cwd, { recursive: true, force: true });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Build the site from another content folder into a temporary dist, as an author would. */
export function buildInto(env: Record<string, string>): { outDir: string; output: string } {
  const { outDir, status, output } = runBuild(env);
  if (status !== 0) throw new Error(`build failed (${status}):\n${output}`);
  return { outDir, output };
}
