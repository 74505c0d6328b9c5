import { posix } from 'node:path';
import { isRelativeUrl } from '../url';

/**
 * Resolve a relative link to a markdown file against the linking file: the page it becomes.
 * `fileUrls` maps content-relative paths (`ckad/b.config.md`) to site URLs. Returns undefined
 * for links that are not to a known markdown file (other files are resolveRelative's).
 */
export function resolveSiblingLink(href: string, fromFile: string, fileUrls: ReadonlyMap<string, string>): string | undefined {
  if (!isRelativeUrl(href)) return undefined;
  const target = resolveRelative(href, fromFile, fileUrls, () => false);
  return target.kind === 'page' ? target.url : undefined;
}

export type RelativeTarget =
  /** A markdown file of the site, or a folder with a README. */
  | { kind: 'page'; url: string }
  /** Another file in the content folder, to be published beside the pages. */
  | { kind: 'file'; path: string; suffix: string }
  | { kind: 'missing'; path: string; reason: string };

/**
 * Where a relative href or src of `fromFile` points: a page, a file to publish, or nothing.
 * `isFile(path)` says whether a content-relative path is a file inside the content folder.
 * Targets outside the content folder are never published.
 */
export function resolveRelative(
  url: string,
  fromFile: string,
  fileUrls: ReadonlyMap<string, string>,
  isFile: (path: string) => boolean,
): RelativeTarget {
  const cut = url.search(/[?#]/);
  const pathPart = cut === -1 ? url : url.slice(0, cut);
  const suffix = cut === -1 ? '' : url.slice(cut);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return { kind: 'missing', path: pathPart, reason: 'is not a valid URL' };
  }
  const target = posix
    .normalize(posix.join(posix.dirname(fromFile), decoded))
    .replace(/^\.\//, '')
    .replace(/\/$/, '');
  if (target === '..' || target.startsWith('../'))
    return { kind: 'missing', path: decoded, reason: 'is outside the content folder, so it is not published' };
  const hash = suffix.includes('#') ? suffix.slice(suffix.indexOf('#')) : '';
  const page = fileUrls.get(target) ?? fileUrls.get(target.toLowerCase()) ?? fileUrls.get(posix.join(target, 'README.md'));
  if (page !== undefined) return { kind: 'page', url: page + hash };
  if (/\.md$/i.test(target)) {
    // CONTRIBUTING.md, CHANGELOG.md and the like are in the repository but are no page of the site.
    const reason = isFile(target)
      ? 'is not published (files such as CONTRIBUTING.md and CHANGELOG.md are not pages of the site)'
      : 'does not exist';
    return { kind: 'missing', path: target, reason };
  }
  if (target !== '.' && target !== '' && isFile(target)) return { kind: 'file', path: target, suffix };
  return { kind: 'missing', path: target, reason: 'does not exist' };
}
