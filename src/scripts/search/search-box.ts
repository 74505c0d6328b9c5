/**
 * The header search field: results pop up as you type, arrow keys move through them with
 * focus kept in the field (aria-activedescendant), Enter opens the active one, Esc closes.
 * Enter with no active result submits to the search page. Loaded on first use by
 * search-box-loader.ts, which also owns the `/` and Ctrl/Cmd+K shortcuts.
 */
import { searchPageHref } from '../../lib/search/search-page-url';
import { siteBase } from './search-pagefind';
import { createResults } from './search-results';

const root = document.querySelector<HTMLElement>('[data-site-search]');
const input = root?.querySelector<HTMLInputElement>('[data-search-input]');
const panel = root?.querySelector<HTMLElement>('[data-search-panel]');
const list = root?.querySelector<HTMLElement>('[data-search-results]');
const status = root?.querySelector<HTMLElement>('[data-search-status]');
const filter = root?.querySelector<HTMLSelectElement>('[data-search-domain]') ?? null;
const all = root?.querySelector<HTMLAnchorElement>('[data-search-all]');

if (root && input && panel && list && status && all) {
  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  let active = -1;

  const setActive = (index: number) => {
    const items = options();
    active = items.length === 0 ? -1 : (index + items.length) % items.length;
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
    const current = items[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const open = (show: boolean) => {
    panel.hidden = !show;
    input.setAttribute('aria-expanded', String(show && options().length > 0));
    if (!show) setActive(-1);
  };

  const results = createResults({
    input,
    list,
    status,
    filter,
    batch: 8,
    role: 'option',
    onRender: ({ query, shown, total }) => {
      active = -1;
      input.removeAttribute('aria-activedescendant');
      all.hidden = total <= shown;
      all.href = searchPageHref(siteBase(), { query, domain: filter?.value ?? '' });
      all.textContent = `All ${total} results`;
      open(document.activeElement === input || root.contains(document.activeElement));
    },
  });

  input.addEventListener('focus', () => {
    results.warm();
    if (input.value.trim() !== '') open(true);
  });
  input.addEventListener('input', () => {
    open(input.value.trim() !== '');
    void results.run();
  });
  filter?.addEventListener('change', () => void results.run());

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (panel.hidden && input.value.trim() !== '') open(true);
      event.preventDefault();
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      const link = options()[active]?.querySelector('a');
      if (link) {
        event.preventDefault();
        window.location.assign(link.href);
      }
    } else if (event.key === 'Escape') {
      if (!panel.hidden) {
        event.preventDefault();
        open(false);
      } else if (input.value !== '') {
        input.value = '';
        void results.run();
      } else input.blur();
    }
  });

  // Close when focus or a click leaves the search.
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) open(false);
  });
  document.addEventListener('pointerdown', (event) => {
    if (!root.contains(event.target as Node)) open(false);
  });

  // This module arrives on the first pointer or focus on the field; the reader may have typed already.
  if (document.activeElement === input) {
    results.warm();
    if (input.value.trim() !== '') {
      open(true);
      void results.run();
    }
  }
}
