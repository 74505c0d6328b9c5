/** Fills the progress tables (home, domain and study pages) from the stored progress; loaded by study-progress-loader.ts. */
import { domainProgress, readiness, type ProgressDomain } from '../../lib/study/progress-summary';
import { loadProgress, onProgressChange } from './progress-storage';

const percent = (value: number) => `${Math.round(value * 100)}%`;

function render(section: HTMLElement, domains: ProgressDomain[]): void {
  const { progress } = loadProgress();
  const results = domains.map((domain) => domainProgress(progress, domain));
  for (const result of results) {
    const row = section.querySelector<HTMLElement>(`tr[data-progress-domain="${CSS.escape(result.slug)}"]`);
    if (!row) continue;
    for (const kind of ['mastered', 'learning', 'new'] as const) {
      const cell = row.querySelector<HTMLElement>(`[data-cell="${kind}"]`);
      if (cell) cell.textContent = String(result[kind]);
      const bar = row.querySelector<HTMLElement>(`[data-bar="${kind}"]`);
      if (bar) bar.style.width = percent(result.total === 0 ? 0 : result[kind] / result.total);
    }
  }
  const figure = section.querySelector<HTMLElement>('[data-readiness]');
  if (figure) figure.textContent = percent(readiness(domains, results));
}

for (const section of document.querySelectorAll<HTMLElement>('[data-study-progress]')) {
  const domains = JSON.parse(section.querySelector('[data-progress-domains]')?.textContent ?? '[]') as ProgressDomain[];
  render(section, domains);
  section.hidden = false;
  onProgressChange(() => render(section, domains));
}
