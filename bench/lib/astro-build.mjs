/** One measured `astro build` of a project, from scratch (no content-layer cache, no dist). */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from './measure.mjs';

/**
 * Build `root` (an Astro project, its packages in `modules`) into `outDir`. The Astro binary is called with node
 * directly, for every project alike, so npx's own start-up is not counted.
 */
export async function astroBuild({ root, outDir, env = {}, timeoutMs, modules = join(root, 'node_modules') }) {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(join(root, 'node_modules', '.astro'), { recursive: true, force: true });
  rmSync(join(root, '.astro'), { recursive: true, force: true });
  const bin = join(modules, 'astro', 'bin', 'astro.mjs');
  const run = await measure(process.execPath, [bin, 'build', '--outDir', outDir], {
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
