/** "Continue" on the home page: the link to where the reader stopped, from the last visit stored by outline.ts. */
import { lastVisitKey, parseLastVisit } from '../../lib/site/last-visit';

const block = document.querySelector<HTMLElement>('[data-continue]');
if (block) {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(lastVisitKey(import.meta.env.BASE_URL));
  } catch {
    // Storage disabled: the first-visit text stays.
  }
  const visit = parseLastVisit(stored, import.meta.env.BASE_URL);
  const link = block.querySelector<HTMLAnchorElement>('[data-continue-link]');
  const where = block.querySelector<HTMLElement>('[data-continue-where]');
  if (visit && link && where) {
    link.href = visit.anchor ? `${visit.path}#${encodeURIComponent(visit.anchor)}` : visit.path;
    link.textContent = visit.pageTitle;
    where.textContent = visit.questionTitle ? `: where you stopped, “${visit.questionTitle}”` : ': where you stopped';
  }
}
