/** One measured `astro build` of a project, from scratch (no content-layer cache, no dist). */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from './measure.mjs';

/**
 * The Node flags a project's own `build` script gives Astro (`node --flag … astro.mjs build`),
 * so that each project is measured as its script builds it; none for a plain `astro build`.
 */
export function buildScriptNodeFlags(root) {
  let script;
  try {
    script = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts?.build ?? '';
  } catch {
    return [];
  }
  const flags = script.match(/^node((?:\s+--\S+)*)\s+\S*astro\.mjs\s+build\b/)?.[1] ?? '';
  return flags.split(/\s+/).filter(Boolean);
}

/**
 * Build `root` (an Astro project, its packages in `modules`) into `outDir`. The Astro binary is called with node
 * directly, for every project alike, so npx's own start-up is not counted; with the Node flags of the project's build script.
 */
export async function astroBuild({
  root,
  outDir,
  env = {},
  timeoutMs,
  modules = join(root, 'node_modules'),
  nodeFlags = buildScriptNodeFlags(root),
}) {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(join(root, 'node_modules', '.astro'), { recursive: true, force: true });
  rmSync(join(root, '.astro'), { recursive: true, force: true });
  const bin = join(modules, 'astro', 'bin', 'astro.mjs');
  const run = await measure(process.execPath, [...nodeFlags, bin, 'build', '--outDir', outDir], {
    cwd: root,
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...env },
    timeoutMs,
  });
  if (run.code !== 0) {
    const tail = run.output.split('\n').slice(-30).join('\n');
    throw new Error(`astro build in ${root} failed with exit code ${run.code}:\n${tail}`);
  }
  return run;
}
