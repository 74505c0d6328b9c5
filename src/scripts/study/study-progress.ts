/** Fills the progress views (tables on the home and study pages, the domain page's line) from the stored progress; loaded by study-progress-loader.ts. */
import { domainProgress, readiness, storedCounts, studyState, type ProgressDomain } from '../../lib/study/progress-summary';
import { loadProgress, onProgressChange } from './progress-storage';

const percent = (value: number) => `${Math.round(value * 100)}%`;

function render(view: HTMLElement, domains: ProgressDomain[]): void {
  const { progress } = loadProgress();
  const results = domains.map((domain) => domainProgress(progress, domain));
  for (const result of results) {
    const row = view.querySelector<HTMLElement>(`[data-progress-domain="${CSS.escape(result.slug)}"]`);
    if (!row) continue;
    for (const kind of ['mastered', 'learning', 'new'] as const) {
      const cell = row.querySelector<HTMLElement>(`[data-cell="${kind}"]`);
      if (cell) cell.textContent = String(result[kind]);
      const bar = row.querySelector<HTMLElement>(`[data-bar="${kind}"]`);
      if (bar) bar.style.width = percent(result.total === 0 ? 0 : result[kind] / result.total);
    }
  }
  const figure = view.querySelector<HTMLElement>('[data-readiness]');
  if (figure) figure.textContent = percent(readiness(domains, results));
}

const STATE_TEXT = { new: 'new', learning: 'learning', mastered: 'mastered', due: 'due' } as const;

/** The page outline: each answered question's state; the sidebar: each domain's bar. */
function renderNavigation(view: HTMLElement): void {
  const { progress } = loadProgress();
  const now = Date.now();
  const domain = view.dataset['domain'] ?? '';
  for (const item of view.querySelectorAll<HTMLElement>('[data-outline-item]')) {
    const badge = item.querySelector<HTMLElement>('.outline-state');
    if (!badge || badge.dataset['state'] === 'none') continue;
    const state = studyState(progress.cards[domain]?.[item.dataset['outlineItem'] ?? ''], now);
    badge.dataset['state'] = state;
    badge.textContent = STATE_TEXT[state];
  }
  const due = view.querySelector<HTMLElement>('[data-continue-due]');
  if (due) {
    const count = Object.values(progress.cards)
      .flatMap((cards) => Object.values(cards))
      .filter((card) => studyState(card, now) === 'due').length;
    due.textContent = count === 0 ? ': nothing is due now' : `: ${count} card${count === 1 ? '' : 's'} due now`;
  }
  for (const bar of view.querySelectorAll<HTMLElement>('[data-sidebar-domain]')) {
    const total = Number(bar.dataset['total']);
    const counts = storedCounts(progress, bar.dataset['sidebarDomain'] ?? '', total);
    for (const kind of ['mastered', 'learning'] as const) {
      const part = bar.querySelector<HTMLElement>(`[data-bar="${kind}"]`);
      if (part) part.style.width = percent(total === 0 ? 0 : counts[kind] / total);
    }
  }
}

for (const view of document.querySelectorAll<HTMLElement>('[data-study-progress]')) {
  const domains = JSON.parse(view.querySelector('[data-progress-domains]')?.textContent ?? '[]') as ProgressDomain[];
  const update = () => {
    render(view, domains);
    renderNavigation(view);
  };
  update();
  view.removeAttribute('data-progress-pending');
  onProgressChange(update);
}
