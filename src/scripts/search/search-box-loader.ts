/**
 * The eager part of the header search: the `/` and Ctrl/Cmd+K shortcuts, and fetching the
 * combobox (results, Pagefind glue) when the reader heads for the field. Every page loads
 * this, so it stays tiny; a page nobody searches loads nothing more. Until the combobox
 * arrives, the field is a plain form that submits to the search page.
 */
import { HIGHLIGHT_PARAM } from '../../lib/search/highlight-param';

/** The Pagefind glue: fetched when the reader heads for the field, beside the combobox. */
const pagefindGlue = () => import('./search-pagefind');

let segmenterWarm = false;

/**
 * Pagefind splits every query with an `Intl.Segmenter`; the first one built in a page loads
 * ICU's data, 20 to 90 ms of main thread on a slow machine (more than any other step of a
 * first search), and later ones reuse it. Built here when the page is idle, downloading
 * nothing, or on focus if idle time has not come yet. (Built in a worker, the data is shared
 * too, but on two cores that made the first query slower: bench/README.md.)
 */
function warmSegmenter(): void {
  if (segmenterWarm) return;
  segmenterWarm = true;
  try {
    new Intl.Segmenter(document.documentElement.lang || 'en', { granularity: 'grapheme' });
  } catch {
    // No Intl.Segmenter (or an odd language tag): Pagefind does without it as well.
  }
}

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
    // First: it asks for the index files before anything else.
    pagefindGlue()
      .then(({ loadPagefind }) => loadPagefind())
      .catch(() => undefined);
    void load();
    warmSegmenter();
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
