/**
 * "I knew it" / "Review again" on a domain page, shown once an answer of the question has
 * been opened. They feed the same FSRS schedule as the flashcards: "I knew it" is Easy,
 * "Review again" is Again.
 */
import { describeInterval } from '../../lib/study/format-interval';
import { getCard, type CardRef } from '../../lib/study/progress-records';
import { mastery } from '../../lib/study/progress-summary';
import type { GradeValue } from '../../lib/study/scheduler';
import { loadProgress, onProgressChange, saveProgress } from './progress-storage';

/** FSRS is most of this feature's weight: fetched on the first grade, not with the page. */
let schedulerModule: Promise<typeof import('../../lib/study/scheduler')> | undefined;
async function grade(ref: CardRef, value: GradeValue): Promise<string | undefined> {
  schedulerModule ??= import('../../lib/study/scheduler');
  const { recordReview, schedulerFor } = await schedulerModule;
  const { progress } = loadProgress();
  const now = new Date();
  return saveProgress(recordReview(schedulerFor(progress, now), progress, ref, value, now));
}
const domain = document.querySelector<HTMLElement>('[data-study-domain]')?.dataset['studyDomain'];

function statusText(ref: CardRef): string {
  const card = getCard(loadProgress().progress, ref);
  if (card === undefined) return '';
  const wait = Date.parse(card.due) - Date.now();
  const when = wait <= 0 ? 'due for review now' : `next review in ${describeInterval(wait)}`;
  return `${mastery(card) === 'mastered' ? 'Mastered' : 'Learning'}, ${when}.`;
}

function addControls(article: HTMLElement, slug: string): void {
  const anchor = article.dataset['question'] ?? '';
  const ref = { domain: slug, anchor };
  const title = article.querySelector('.question-title')?.textContent?.replace(/^#/, '').trim() ?? anchor;
  const group = document.createElement('div');
  group.className = 'self-grade';
  group.hidden = true;
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', `Did you know the answer to: ${title}`);
  const status = document.createElement('span');
  status.className = 'self-grade-status';
  status.setAttribute('aria-live', 'polite');
  const button = (label: string, value: GradeValue) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.dataset['selfGrade'] = String(value);
    b.addEventListener('click', async () => {
      const error = await grade(ref, value);
      status.textContent = error ?? statusText(ref);
    });
    return b;
  };
  group.append(button('I knew it', 4), button('Review again', 1), status);
  article.append(group);
  const show = () => {
    if (!group.hidden) return;
    group.hidden = false;
    status.textContent = statusText(ref);
  };
  for (const details of article.querySelectorAll<HTMLDetailsElement>('details[data-answer]')) {
    if (details.open) show();
    details.addEventListener('toggle', () => details.open && show());
  }
  onProgressChange(() => {
    if (!group.hidden) status.textContent = statusText(ref);
  });
}

if (domain !== undefined) {
  for (const article of document.querySelectorAll<HTMLElement>('article[data-question]')) {
    // Only answered questions are cards; "No answer yet" has nothing to recall.
    if (article.querySelector('details[data-answer]')) addControls(article, domain);
  }
}
