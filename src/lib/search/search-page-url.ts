import { withBase } from '../url';

/**
 * The search page's address is its state, so a search can be shared as a link:
 * `/cks/search/?q=strace&domain=Monitoring%2C+Logging+and+Runtime+Security`.
 */

export interface SearchPageState {
  query: string;
  domain: string;
}

export function readSearchPage(search: string): SearchPageState {
  const params = new URLSearchParams(search);
  return { query: (params.get('q') ?? '').trim(), domain: (params.get('domain') ?? '').trim() };
}

/** The search page URL for a state; empty parts are left out. `base` is the site base, `/` or `/cks/`. */
export function searchPageHref(base: string, state: SearchPageState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query.trim());
  if (state.domain !== '') params.set('domain', state.domain);
  const query = params.toString();
  return withBase(base, `search/${query ? `?${query}` : ''}`);
}
