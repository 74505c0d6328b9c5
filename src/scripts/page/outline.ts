/**
 * The outline follows the reading: the question being read (the last one whose top has
 * reached the top of the viewport) is marked
 * (`aria-current="location"`) in both outlines, and the wide one scrolls to keep it in view.
 */
import { lastVisitKey } from '../../lib/site/last-visit';

const outlines = document.querySelectorAll<HTMLElement>('[data-outline]');
const questions = Array.from(document.querySelectorAll<HTMLElement>('article[data-question]'));

function mark(anchor: string): void {
  for (const outline of outlines) {
    for (const link of outline.querySelectorAll<HTMLElement>('[aria-current="location"]')) link.removeAttribute('aria-current');
    const link = outline.querySelector<HTMLElement>(`[data-outline-item="${CSS.escape(anchor)}"]`);
    if (!link) continue;
    link.setAttribute('aria-current', 'location');
    // Only the outline's own scroll moves: scrollIntoView would scroll the page too.
    if (outline.scrollHeight > outline.clientHeight) {
      const top = link.offsetTop - outline.clientHeight / 2;
      outline.scrollTop = Math.max(0, top);
    }
  }
}

function remember(anchor: string): void {
  const article = document.getElementById(anchor);
  const visit = {
    path: location.pathname,
    pageTitle: document.querySelector('h1')?.textContent?.trim() ?? document.title,
    anchor,
    questionTitle: article?.querySelector('.question-title')?.textContent?.replace(/^\s*#/, '').trim() ?? '',
  };
  try {
    localStorage.setItem(lastVisitKey(import.meta.env.BASE_URL), JSON.stringify(visit));
  } catch {
    // Storage disabled or full: nothing to continue from, nothing lost.
  }
}

/** The last question whose top has reached the top of the viewport, give or take the sticky toolbar (binary search: tops only grow). */
function questionInView(): HTMLElement | undefined {
  const line = Math.min(120, window.innerHeight / 4);
  let low = 0;
  let high = questions.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (questions[mid]!.getBoundingClientRect().top <= line) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return questions[Math.max(found, 0)];
}

if (outlines.length > 0 && questions.length > 0) {
  let marked = '';
  let queued = false;
  const update = () => {
    queued = false;
    const anchor = questionInView()?.dataset['question'] ?? '';
    if (anchor !== marked) mark((marked = anchor));
  };
  const queue = () => {
    if (!queued) requestAnimationFrame(update);
    queued = true;
  };
  window.addEventListener('scroll', queue, { passive: true });
  // Where the reader stopped, for "Continue" on the home page.
  window.addEventListener('pagehide', () => remember(marked));
  window.addEventListener('resize', queue, { passive: true });
  update();
}
