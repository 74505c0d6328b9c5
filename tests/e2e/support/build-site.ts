import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withProjectLock } from './project-lock';

/** Build the site from another content folder into a temporary dist, as an author would. */
export function buildInto(env: Record<string, string>): { outDir: string; output: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'cks-study-dist-'));
  const result = withProjectLock(() =>
    spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 240_000,
    }),
  );
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`build failed (${result.status}):\n${output}`);
  return { outDir, output };
}
