/**
 * The domain filter: every record carries `filters: { domain: [<domain title>] }`, so
 * Pagefind can narrow a search to one domain and list the domains it knows.
 */

/** The Pagefind filter name; the value is the domain's title, which is what a reader picks from. */
export const DOMAIN_FILTER = 'domain';

/** Pagefind's `filters()` answer: filter name -> value -> number of records. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface DomainChoice {
  value: string;
  count: number;
}

/** The domains to offer, alphabetically; empty when there is one domain or none, as there is nothing to narrow. */
export function domainChoices(counts: FilterCounts): DomainChoice[] {
  const choices = Object.entries(counts[DOMAIN_FILTER] ?? {})
    .filter(([value, count]) => value.trim() !== '' && count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => a.value.localeCompare(b.value));
  return choices.length < 2 ? [] : choices;
}

/** Search options for Pagefind: narrowed to a domain, or not narrowed when `domain` is empty. */
export function searchOptions(domain: string): { filters?: Record<string, string> } {
  return domain === '' ? {} : { filters: { [DOMAIN_FILTER]: domain } };
}
