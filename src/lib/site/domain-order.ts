import { folderOf } from './pages';

/** What the reading order of domains depends on: where the URL puts them, and their order. */
export interface Orderable {
  slug: string;
  order?: number | null | undefined;
}

/**
 * The one reading order of domains: by URL folder, then the file-name prefix or frontmatter
 * order, then slug. By URL folder, not source folder: a frontmatter `slug:` that moves a
 * domain into another folder lists it there.
 */
export function compareDomains(a: Orderable, b: Orderable): number {
  const folderA = folderOf(a.slug);
  const folderB = folderOf(b.slug);
  if (folderA !== folderB) return folderA.localeCompare(folderB);
  const order = (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER);
  return order || a.slug.localeCompare(b.slug);
}

/** Domains in reading order (see compareDomains). */
export function sortDomains<T extends Orderable>(domains: readonly T[]): T[] {
  return [...domains].sort(compareDomains);
}
