import type { RenderedDomain } from './types';

/** Domains in reading order: folder, then the file-name prefix or frontmatter order, then slug. */
export function sortDomains(domains: RenderedDomain[]): RenderedDomain[] {
  return [...domains].sort((a, b) => {
    const folderA = a.slug.includes('/') ? a.slug.slice(0, a.slug.lastIndexOf('/')) : '';
    const folderB = b.slug.includes('/') ? b.slug.slice(0, b.slug.lastIndexOf('/')) : '';
    if (folderA !== folderB) return folderA.localeCompare(folderB);
    const order = (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER);
    return order || a.slug.localeCompare(b.slug);
  });
}
