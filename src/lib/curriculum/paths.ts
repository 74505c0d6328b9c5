/**
 * File paths to URLs, as the DESIGN contract says: `f.monitoring.md` -> `monitoring`
 * (ordered 6th), `ckad/c.pod_design.md` -> `ckad/pod-design`.
 */

/** `a.` / `B.` (letter, then a dot) or `01-` / `1_` / `1.` (number, then a separator). */
const PREFIX = /^(?:([a-z])\.|(\d+)[-_.])(?=.)/i;

/** A URL segment: lower case, `&` as "and", spaces and `_` as `-`, no other punctuation. */
function segment(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{M}\p{N}\s_.-]+/gu, ' ')
    .replace(/[_\s]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

function parts(relPath: string): string[] {
  return relPath
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.');
}

function stripPrefix(base: string): { name: string; order: number | null } {
  const m = PREFIX.exec(base);
  if (!m) return { name: base, order: null };
  const order = m[1] ? m[1].toLowerCase().charCodeAt(0) - 96 : Number(m[2]);
  return { name: base.slice(m[0].length), order };
}

/** URL slug (folders kept as segments) and sort key of a domain file, relative to the content folder. */
export function domainSlugFromPath(relPath: string): { slug: string; order: number | null } {
  const segs = parts(relPath);
  const file = (segs.pop() ?? '').replace(/\.md$/i, '');
  const { name, order } = stripPrefix(file);
  return { slug: [...segs.map(segment), segment(name)].join('/'), order };
}

/**
 * The URL of a README.md that holds questions: its folder's (`topics/01-pods/README.md` ->
 * `topics/pods`, ordered 1st), or, for the content folder's own README, `title`'s.
 */
export function readmeDomainSlug(relPath: string, title: string): { slug: string; order: number | null } {
  const segs = parts(relPath).slice(0, -1);
  const last = segs.pop();
  if (last === undefined) return { slug: segment(title) || 'questions', order: null };
  const { name, order } = stripPrefix(last);
  return { slug: [...segs.map(segment), segment(name)].join('/'), order };
}

/** A README.md (any case, any folder) introduces its folder, unless it holds questions (read-content.ts). */
export function isReadme(relPath: string): boolean {
  return (parts(relPath).at(-1) ?? '').toLowerCase() === 'readme.md';
}

/** A readable title from the file name, for files without a `#` title: `f.monitoring.md` -> "Monitoring". */
export function titleFromPath(relPath: string): string {
  const file = (parts(relPath).at(-1) ?? '').replace(/\.md$/i, '');
  const words = stripPrefix(file)
    .name.split(/[-_\s.]+/)
    .filter(Boolean);
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
