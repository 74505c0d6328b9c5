/**
 * The eager part of the header search: the `/` and Ctrl/Cmd+K shortcuts, and fetching the
 * combobox (results, Pagefind glue) when the reader heads for the field. Every page loads
 * this, so it stays tiny; a page nobody searches loads nothing more. Until the combobox
 * arrives, the field is a plain form that submits to the search page.
 */
import { HIGHLIGHT_PARAM } from '../../lib/search/highlight-param';
// Small, and eager on purpose: on focus the index starts loading at once, not one fetch later.
import { loadPagefind, warmSegmenter } from './search-pagefind';

const input = document.querySelector<HTMLInputElement>('[data-site-search] [data-search-input]');

/** Fields where `/` and Ctrl+K are the reader's typing, not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color'].includes(target.type);
}

if (input) {
  // The slowest step of a first search needs no download: done while the page is idle.
  if ('requestIdleCallback' in window) requestIdleCallback(warmSegmenter);
  let loading: Promise<unknown> | undefined;
  const load = () => (loading ??= import('./search-box'));
  // Focus means a search is coming: Pagefind starts loading beside our code, not after it.
  const warm = () => {
    loadPagefind().catch(() => undefined); // first: it asks for the index files before anything else
    void load();
  };
  // Pointing at the field fetches only our code, so it is ready by the first keystroke.
  for (const type of ['pointerenter', 'touchstart'] as const) input.addEventListener(type, () => void load(), { passive: true });
  input.addEventListener('focus', warm);
  if (document.activeElement === input) warm();

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
    const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
    if ((!slash && !k) || isTyping(event.target)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

// Arriving from a search result: mark the terms. Only such visits need the marking code.
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void import('./search-highlight');
