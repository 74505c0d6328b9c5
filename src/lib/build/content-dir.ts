import { resolve } from 'node:path';

/** The content folder: `CONTENT_DIR` (absolute, or relative to where the command runs), else `content/`. */
export function contentDirFromEnv(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const configured = env['CONTENT_DIR']?.trim();
  return resolve(cwd, configured === undefined || configured === '' ? 'content' : configured);
}
