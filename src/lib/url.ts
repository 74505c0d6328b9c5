/**
 * URLs of the site, for the build and the browser alike (so no `node:path` here): the base
 * path the site is hosted under, and which hrefs stay inside the content.
 */

/** The site base with exactly one trailing slash: `/cks` -> `/cks/`, `/` stays `/`. */
export function baseDir(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** Join the site base with a path, never doubling or dropping the slash. */
export function withBase(base: string, path: string): string {
  return baseDir(base) + path.replace(/^\//, '');
}

/**
 * A relative reference, resolved against the page or file it is written in: no scheme
 * (`https:`, `mailto:`), not protocol-relative or site-absolute (`//`, `/`), not in-page
 * (`#`). The empty reference (the document itself) is relative too.
 */
export function isRelativeUrl(url: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url);
}

/** Site URL of a published content file: `img/a b.png` -> `/base/_content/img/a%20b.png`. */
export function contentFileUrl(base: string, path: string, suffix = ''): string {
  return withBase(base, `_content/${path.split('/').map(encodeURIComponent).join('/')}${suffix}`);
}
