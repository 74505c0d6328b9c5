import { realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { findRelativeLinks } from '../curriculum/find-links';
import type { Diagnostic } from '../curriculum/types';
import { resolveRelative } from './links';

/** Rule ids of links that lead nowhere; the health table counts them. */
export const BROKEN_LINK_RULES: ReadonlySet<string> = new Set(['broken-link', 'missing-image']);

/**
 * Whether a content-relative path is a file inside the content folder. Symlinks that lead
 * outside it count as missing: only the content folder is ever published.
 */
export function fileChecker(contentDir: string): (path: string) => boolean {
  const cache = new Map<string, boolean>();
  let root: string | undefined;
  return (path) => {
    let result = cache.get(path);
    if (result === undefined) {
      try {
        root ??= realpathSync(contentDir);
        const real = realpathSync(join(contentDir, path));
        result = real.startsWith(root + sep) && statSync(real).isFile();
      } catch {
        result = false;
      }
      cache.set(path, result);
    }
    return result;
  };
}

/**
 * Relative links and images that lead to nothing, found on the source where each one has
 * its line. `fileUrls` holds the markdown files that become pages (their URLs do not matter here).
 */
export function checkContentLinks(
  sources: ReadonlyMap<string, string>,
  fileUrls: ReadonlyMap<string, string>,
  isFile: (path: string) => boolean,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [path, source] of sources) {
    for (const link of findRelativeLinks(source)) {
      const target = resolveRelative(link.url, path, fileUrls, isFile);
      if (target.kind !== 'missing') continue;
      const what = link.kind === 'image' ? 'image' : 'link target';
      diagnostics.push({
        file: path,
        line: link.line,
        column: link.column,
        severity: 'warning',
        ruleId: link.kind === 'image' ? 'missing-image' : 'broken-link',
        message: `${what} "${link.url}" ${target.reason}${target.reason === 'does not exist' ? ` (looked for ${target.path} in the content folder)` : ''}`,
      });
    }
  }
  return diagnostics;
}
