import { posix } from 'node:path';

/** True for hrefs that leave the site or are in-page. */
function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || href.startsWith('#');
}

/**
 * Resolve a relative link to a markdown file against the linking file.
 * `fileUrls` maps content-relative paths (`ckad/b.config.md`) to site URLs.
 * Returns undefined for links that are not to a known markdown file.
 */
export function resolveSiblingLink(
  href: string,
  fromFile: string,
  fileUrls: ReadonlyMap<string, string>,
): string | undefined {
  if (isExternal(href) || href.startsWith('/')) return undefined;
  const [pathPart = '', ...hashParts] = href.split('#');
  const hash = hashParts.length > 0 ? `#${hashParts.join('#')}` : '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return undefined;
  }
  if (!/\.md$/i.test(decoded)) return undefined;
  const target = posix.normalize(posix.join(posix.dirname(fromFile), decoded)).replace(/^\.\//, '');
  const url = fileUrls.get(target) ?? fileUrls.get(target.toLowerCase());
  return url === undefined ? undefined : url + hash;
}

/** Join the site base with a path, never doubling or dropping the slash. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  return trimmedBase + path.replace(/^\//, '');
}
