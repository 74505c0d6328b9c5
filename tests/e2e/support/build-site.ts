import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

/**
 * Run `astro build` into a temporary dist with extra environment, as `npm run build` does
 * (the same command line, so its messages are the user's); it may fail.
 *
 * Builds run side by side from the spec files' workers, so each has a folder of its own:
 * its working directory (Astro writes its prerender chunks there when outDir lies outside the
 * project) and its content cache (by default node_modules/.astro, which two builds would mix).
 * The folder is under node_modules so that the chunks resolve the project's dependencies and
 * a running `astro dev` does not watch it.
 */
export function runBuild(env: Record<string, string>): { outDir: string; status: number | null; output: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'cks-study-dist-'));
  const root = resolve('.');
  const builds = join(root, 'node_modules', '.cache', 'cks-study-e2e');
  mkdirSync(builds, { recursive: true });
  const cwd = mkdtempSync(join(builds, 'build-'));
  // The project's config with a cache of this build's own; Astro has no flag for cacheDir, and
  // joins --config to the root.
  const config = join(cwd, 'astro.config.mjs');
  writeFileSync(
    config,
    `import config from ${JSON.stringify(join(root, 'astro.config.mjs'))};\nexport default { ...config, cacheDir: ${JSON.stringify(join(cwd, 'cache'))} };\n`,
  );
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--config', relative(root, config), '--outDir', outDir],
    {
      cwd,
      env: { ...process.env, CONTENT_DIR: resolve('content'), ...env },
      encoding: 'utf8',
      timeout: 240_000,
    },
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
