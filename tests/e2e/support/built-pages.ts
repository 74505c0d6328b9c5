import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every page of a built site, as URL paths relative to the base (`''`, `monitoring/`):
 * each `index.html` under `dir`, so pages added later (search, print, study) are covered.
 */
export function builtPages(dir = 'dist'): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => relative(dir, e.parentPath).split(sep).filter(Boolean).join('/'))
    .map((path) => (path === '' ? '' : `${path}/`))
    .sort();
}

/** `BASE_PATH` as the build used it, always with slashes at both ends. */
export function basePath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env['BASE_PATH']?.trim() || '/';
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * The template a built page comes from: home, search, study, print or domain. The study sheet
 * of every domain and of one domain are one template (StudySheetPage), the second a subset.
 */
export function pageTemplate(path: string): string {
  if (path === '' || path === 'search/' || path === 'study/') return path.replace('/', '') || 'home';
  return path.startsWith('print/') ? 'print' : 'domain';
}

/** The size in bytes of a built page's HTML. */
export function pageSize(path: string, dir = 'dist'): number {
  return statSync(join(dir, path, 'index.html')).size;
}
