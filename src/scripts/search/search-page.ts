/**
 * The /search/ page: the query and domain live in the address (`?q=strace&domain=…`), so the
 * page can be shared as a link and opens with the same results.
 */
import { readSearchPage, searchPageHref } from '../../lib/search/search-page-url';
import { siteBase } from './search-pagefind';
import { createResults } from './search-results';

const form = document.querySelector<HTMLFormElement>('[data-search-page]');
const input = document.querySelector<HTMLInputElement>('[data-search-page-input]');
const filter = document.querySelector<HTMLSelectElement>('[data-search-page-domain]');
const list = document.querySelector<HTMLElement>('[data-search-page-results]');
const status = document.querySelector<HTMLElement>('[data-search-page-status]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');

if (form && input && filter && list && status && more) {
  const initial = readSearchPage(location.search);
  input.value = initial.query;
  // The page lists the domains it was built with; one it does not know searches them all.
  if ([...filter.options].some((option) => option.value === initial.domain)) filter.value = initial.domain;

  const results = createResults({
    input,
    list,
    status,
    filter,
    batch: 20,
    role: 'link',
    onRender: ({ shown, total }) => {
      more.hidden = shown >= total;
    },
  });

  const update = () => {
    const href = searchPageHref(siteBase(), { query: input.value, domain: filter.value });
    history.replaceState(null, '', href);
    void results.run();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  input.addEventListener('input', update);
  filter.addEventListener('change', update);
  more.addEventListener('click', () => results.showMore());

  if (initial.query !== '' || initial.domain !== '') void results.run();
  else results.warm();
  if (initial.query === '') input.focus();
}
