/**
 * What the environment says about a build. Read once, at the edge (astro.config.mjs, and
 * the `cks-study` command, which sets these for it), and passed on as values. Loadable by
 * plain Node (astro.config.mjs imports it before Vite runs): no imports but Node's.
 */
import { resolve } from 'node:path';

/** The content folder: `CONTENT_DIR` (absolute, or relative to where the command runs), else `content/`. */
export function contentDirFromEnv(env: NodeJS.ProcessEnv, cwd: string): string {
  const configured = env['CONTENT_DIR']?.trim();
  return resolve(cwd, configured === undefined || configured === '' ? 'content' : configured);
}

/** `STRICT=1` (or `true`, `yes`): authors' CI wants warnings to fail the build too. */
export function strictFromEnv(env: NodeJS.ProcessEnv): boolean {
  return /^(1|true|yes|on)$/i.test(env['STRICT']?.trim() ?? '');
}

/** `SOURCE_DATE_EPOCH` (seconds) makes the date reproducible; otherwise now. */
export function buildTime(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): Date {
  const epoch = env['SOURCE_DATE_EPOCH']?.trim();
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return now();
}
