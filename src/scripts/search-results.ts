/**
 * Live search over the Pagefind index, shared by the header field and the /search/ page:
 * runs the query as the reader types, renders each result as a question (title, domain and
 * topic, excerpt with the matches marked) linking to its anchor with the terms attached.
 */
import { linkWithTerms, markText, matchedWords, queryTerms, safeExcerpt, termPattern } from '../lib/search/highlight';
import { relatedWords } from '../lib/search/relevance';
import { domainChoices, searchOptions } from '../lib/search/filters';
import { loadPagefind, unavailableMessage, type Pagefind, type PagefindResult } from './search-pagefind';

/** Pagefind's own UI waits 300 ms; results must show within 100 ms of the last keystroke. */
export const DEBOUNCE_MS = 25;

export interface ResultsOptions {
  input: HTMLInputElement;
  list: HTMLElement;
  status: HTMLElement;
  filter: HTMLSelectElement | null;
  /** Results rendered per batch; more come with `showMore()`. */
  batch: number;
  /** `option` for the header's listbox (focus stays in the field), `link` for the search page. */
  role: 'option' | 'link';
  /** Called after every render, with the query shown and whether more results exist. */
  onRender?: (state: { query: string; shown: number; total: number }) => void;
}

export interface Results {
  run(): Promise<void>;
  showMore(): void;
  /** Load the index now, e.g. when the field gets focus, so the first query is quick. */
  warm(): void;
}

type ResultData = Awaited<ReturnType<PagefindResult['data']>>;

/** A result with the words that made it match: empty when it only matched a trimmed-away word. */
interface Hit {
  data: ResultData;
  words: string[];
}

/** Checking relevance needs each result's text; past this many the rest are dropped. */
const MAX_RESULTS = 200;

function render(item: HTMLElement, hit: Hit, query: string, role: ResultsOptions['role'], id: string) {
  const { data, words } = hit;
  const pattern = termPattern([...words, ...queryTerms(query)]);
  const link = document.createElement('a');
  link.className = 'search-result-link';
  link.href = linkWithTerms(data.url, words.slice(0, 12));
  if (role === 'option') {
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    item.id = id;
    link.tabIndex = -1;
  }
  const context = [data.meta['domain'], data.meta['topic']].filter(Boolean).join(' › ');
  link.innerHTML =
    `<span class="search-result-title">${markText(data.meta['title'] ?? data.url, pattern)}</span>` +
    (context ? `<span class="search-result-context">${markText(context, null)}</span>` : '') +
    `<span class="search-result-excerpt">${safeExcerpt(data.excerpt)}</span>`;
  item.className = 'search-result';
  item.append(link);
}

export function createResults(options: ResultsOptions): Results {
  const { input, list, status, filter } = options;
  let latest = 0;
  let pending: Hit[] = [];
  let shownQuery = '';
  let total = 0;
  let filtersReady: Promise<void> | undefined;
  let indexLoaded = false;

  const say = (message: string) => {
    if (status.textContent !== message) status.textContent = message;
  };

  async function fillFilter(pagefind: Pagefind) {
    if (!filter) return;
    const choices = domainChoices(await pagefind.filters());
    const wanted = filter.dataset['initial'] ?? filter.value;
    for (const { value } of choices) filter.add(new Option(value, value, false, value === wanted));
    delete filter.dataset['initial'];
    (filter.closest<HTMLElement>('[data-search-filter]') ?? filter).hidden = choices.length === 0;
  }

  /** The index, with the domain choices filled in beside the first search, not before it. */
  function ready(): Promise<Pagefind> {
    const loaded = loadPagefind();
    filtersReady ??= loaded.then(fillFilter).catch(() => (filtersReady = undefined));
    return loaded;
  }

  function renderBatch(query: string) {
    const start = list.children.length;
    pending.splice(0, options.batch).forEach((hit, i) => {
      const li = document.createElement('li');
      render(li, hit, query, options.role, `${list.id || 'search'}-result-${start + i}`);
      list.append(li);
    });
    options.onRender?.({ query, shown: list.children.length, total });
  }

  async function run() {
    const id = ++latest;
    const query = input.value.trim();
    if (query === '') {
      pending = [];
      total = 0;
      list.replaceChildren();
      say('');
      options.onRender?.({ query, shown: 0, total: 0 });
      return;
    }
    let pagefind: Pagefind;
    // A query that had to wait for the index has waited long enough: no debounce for it.
    const waited = !indexLoaded;
    try {
      const loading = ready();
      const slow = window.setTimeout(() => id === latest && say('Loading the search index…'), 150);
      pagefind = await loading.finally(() => window.clearTimeout(slow));
      indexLoaded = true;
    } catch {
      if (id === latest) say(unavailableMessage());
      return;
    }
    // Until the choices are filled in (beside the first search), the page's `?domain=` stands for the choice.
    const domain = filter?.dataset['initial'] ?? filter?.value ?? '';
    const terms = queryTerms(query);
    try {
      if (id !== latest) return; // keystrokes typed while the index loaded: only the last one searches
      const search = waited
        ? await pagefind.search(query, searchOptions(domain))
        : await pagefind.debouncedSearch(query, searchOptions(domain), DEBOUNCE_MS);
      if (search === null || id !== latest) return; // a newer keystroke superseded this query
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (id !== latest) return;
      pending = data
        .map((item) => ({ data: item, words: relatedWords(terms, matchedWords(item.content, item.locations)) }))
        .filter((hit) => hit.words.length > 0);
    } catch {
      if (id === latest) say(unavailableMessage());
      return;
    }
    total = pending.length;
    shownQuery = query;
    list.replaceChildren();
    renderBatch(query);
    const where = domain ? ` in ${domain}` : '';
    say(
      total === 0
        ? `No questions${where} match “${query}”. Check the spelling, or try fewer or other words.`
        : `${total} question${total === 1 ? '' : 's'}${where} ${total === 1 ? 'matches' : 'match'} “${query}”.`,
    );
  }

  return {
    run,
    showMore: () => renderBatch(shownQuery),
    warm: () => void ready().catch(() => undefined),
  };
}
