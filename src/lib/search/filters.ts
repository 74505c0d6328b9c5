/**
 * The domain filter: every record carries `filters: { domain: [<domain title>] }`, so
 * Pagefind can narrow a search to one domain. The domains to choose from are counted from the
 * same records as they are indexed, and written into every page: listing them in the browser
 * (Pagefind's `filters()`) took main-thread time from the first search.
 */

/** The Pagefind filter name; the value is the domain's title, which is what a reader picks from. */
export const DOMAIN_FILTER = 'domain';

/** Adds records' domains to `counts` (domain title -> number of records). */
export function countDomains(counts: Record<string, number>, records: readonly { filters: { [DOMAIN_FILTER]: string[] } }[]): void {
  for (const record of records) for (const domain of record.filters[DOMAIN_FILTER]) counts[domain] = (counts[domain] ?? 0) + 1;
}

/** The domains to offer, alphabetically; empty when there is one domain or none, as there is nothing to narrow. */
export function domainChoices(counts: Readonly<Record<string, number>>): string[] {
  const choices = Object.entries(counts)
    .filter(([domain, count]) => domain.trim() !== '' && count > 0)
    .map(([domain]) => domain)
    .sort((a, b) => a.localeCompare(b));
  return choices.length < 2 ? [] : choices;
}

/** Search options for Pagefind: narrowed to a domain, or not narrowed when `domain` is empty. */
export function searchOptions(domain: string): { filters?: Record<string, string> } {
  return domain === '' ? {} : { filters: { [DOMAIN_FILTER]: domain } };
}
