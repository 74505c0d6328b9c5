/**
 * Live search over the Pagefind index, shared by the header field and the /search/ page:
 * runs the query as the reader types, renders each result as a question (title, domain and
 * topic, excerpt with the matches marked) linking to its anchor with the terms attached.
 */
import { linkWithTerms, markText, queryTerms, safeExcerpt, termPattern } from '../../lib/search/highlight';
import { searchOptions } from '../../lib/search/filters';
import { createHitQueue, type HitQueue } from '../../lib/search/hit-queue';
import { mergeResults, searchPlan } from '../../lib/search/query';
import { isQuestionHit, questionHit } from '../../lib/search/question-hit';
import { EXCERPT_LENGTH, loadPagefind, unavailableMessage, type Pagefind, type PagefindResult } from './search-pagefind';
import { plural } from '../../lib/site/labels';

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

/** A result that matched for real (question-hit.ts), with its text. */
interface Hit {
  data: ResultData;
}

/** An exact count may need every result's text (hit-queue.ts); past this many the rest are dropped. */
const MAX_RESULTS = 200;

function render(item: HTMLElement, hit: Hit, query: string, role: ResultsOptions['role'], id: string) {
  const { data } = hit;
  const { words, excerpt } = questionHit(queryTerms(query), data, EXCERPT_LENGTH);
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
    `<span class="search-result-excerpt">${safeExcerpt(excerpt)}</span>`;
  item.className = 'search-result';
  item.append(link);
}

export function createResults(options: ResultsOptions): Results {
  const { input, list, status, filter } = options;
  let latest = 0;
  let hits: HitQueue<Hit> | undefined;
  let shownQuery = '';
  let shownDomain = '';
  let total = 0;
  let indexLoaded = false;

  const say = (message: string) => {
    if (status.textContent !== message) status.textContent = message;
  };

  function renderBatch(query: string, batch: Hit[]) {
    const start = list.children.length;
    batch.forEach((hit, i) => {
      const li = document.createElement('li');
      render(li, hit, query, options.role, `${list.id || 'search'}-result-${start + i}`);
      list.append(li);
    });
    options.onRender?.({ query, shown: list.children.length, total });
  }

  function sayCount() {
    const where = shownDomain ? ` in ${shownDomain}` : '';
    say(
      total === 0
        ? `No questions${where} match “${shownQuery}”. Check the spelling, or try fewer or other words.`
        : `${plural(total, 'question')}${where} ${total === 1 ? 'matches' : 'match'} “${shownQuery}”.`,
    );
  }

  async function showMore() {
    const queue = hits;
    if (!queue) return;
    try {
      const batch = await queue.take(options.batch);
      const count = await queue.total();
      if (queue !== hits) return;
      total = count; // exact now if a result near the end was skipped
      renderBatch(shownQuery, batch);
      sayCount();
    } catch {
      if (queue === hits) say(unavailableMessage());
    }
  }

  async function run() {
    const id = ++latest;
    const query = input.value.trim();
    if (query === '') {
      hits = undefined;
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
      const loading = loadPagefind();
      const slow = window.setTimeout(() => id === latest && say('Loading the search index…'), 150);
      pagefind = await loading.finally(() => window.clearTimeout(slow));
      indexLoaded = true;
    } catch {
      if (id === latest) say(unavailableMessage());
      return;
    }
    const domain = filter?.value ?? '';
    const terms = queryTerms(query);
    let first: Hit[];
    let count: number;
    try {
      if (id !== latest) return; // keystrokes typed while the index loaded: only the last one searches
      // Flags with values asked for joined and split, exact words first (query.ts).
      const plan = searchPlan(query);
      const [primary = query, ...others] = plan.ranked;
      const run = (term: string | null) => (term === null ? Promise.resolve(null) : pagefind.search(term, searchOptions(domain)));
      // A query that waited for the index runs its searches side by side, their index chunks
      // loading together; a later one waits for the debounce before it asks for the others.
      const searching = waited ? run(primary) : pagefind.debouncedSearch(primary, searchOptions(domain), DEBOUNCE_MS);
      const rest = waited ? Promise.all([plan.exact, ...others].map(run)) : undefined;
      rest?.catch(() => undefined); // awaited below, or dropped with a superseded query: not unhandled
      const search = await searching;
      if (search === null || id !== latest) return; // a newer keystroke superseded this query
      const [exact, ...more] = await (rest ?? Promise.all([plan.exact, ...others].map(run)));
      if (id !== latest) return;
      const results = mergeResults(
        [search.results, ...more.map((found) => found?.results ?? [])],
        new Set(exact?.results.map((result) => result.id)),
      );
      // A result with no matched word in its text matched only a topic or domain name: not a hit.
      const matched = results.filter((result) => result.words.length > 0).slice(0, MAX_RESULTS);
      const queue = createHitQueue(matched, async (result): Promise<Hit | null> => {
        const data = await result.data();
        return isQuestionHit(terms, data) ? { data } : null;
      });
      first = await queue.take(options.batch);
      count = await queue.total();
      if (id !== latest) return;
      hits = queue;
    } catch {
      if (id === latest) say(unavailableMessage());
      return;
    }
    total = count;
    shownQuery = query;
    shownDomain = domain;
    list.replaceChildren();
    renderBatch(query, first);
    sayCount();
  }

  return {
    run,
    showMore: () => void showMore(),
    warm: () => void loadPagefind().catch(() => undefined),
  };
}
