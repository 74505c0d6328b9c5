import { parsePrintOptions, printOptionsSearch, type PrintOptions } from '../../lib/print/print-options';
import { getCard } from '../../lib/study/progress-records';
import { mastery } from '../../lib/study/progress-summary';
import { loadProgress } from '../study/progress-storage';
import { plural } from '../../lib/site/labels';

/**
 * The study sheet's options. The page holds the full sheet; this applies `?answers=hide`
 * (the worksheet) and keeps the URL in step with the form so the choice can be bookmarked.
 * Without JavaScript the form is not shown (print-sheet.css) and the full sheet prints.
 */
const sheet = document.querySelector<HTMLElement>('[data-study-sheet]');
const form = document.querySelector<HTMLFormElement>('form[data-print-options]');
const baseTitle = document.title;

/** Hide what study progress in this browser marks as mastered; returns how many were hidden. */
function filterMastered(only: PrintOptions['only']): number {
  const { progress } = loadProgress();
  let hidden = 0;
  for (const question of document.querySelectorAll<HTMLElement>('[data-sheet-question]')) {
    const ref = { domain: question.dataset['domain'] ?? '', anchor: question.dataset['anchor'] ?? '' };
    const skip = only === 'unmastered' && mastery(getCard(progress, ref)) === 'mastered';
    question.hidden = skip;
    if (skip) hidden++;
  }
  return hidden;
}

function apply(options: PrintOptions): void {
  if (sheet) sheet.dataset['answers'] = options.answers;
  const hidden = filterMastered(options.only);
  const status = form?.querySelector<HTMLElement>('[data-sheet-filter-status]');
  if (status) {
    status.textContent =
      options.only === 'unmastered'
        ? `${plural(hidden, 'mastered question')} left out (progress from the Study page, in this browser).`
        : '';
  }
  const onlyBox = form?.querySelector<HTMLInputElement>('input[name="only"]');
  if (onlyBox) onlyBox.checked = options.only === 'unmastered';
  for (const radio of form?.querySelectorAll<HTMLInputElement>('input[name="answers"]') ?? []) {
    radio.checked = radio.value === options.answers;
  }
  // The title names the PDF a browser saves, so say which variant it is.
  document.title = options.answers === 'hide' ? `${baseTitle} (questions only)` : baseTitle;
}

if (sheet && form) {
  apply(parsePrintOptions(location.search));
  form.addEventListener('change', () => {
    const answers = new FormData(form).get('answers') === 'hide' ? 'hide' : 'show';
    const only = new FormData(form).get('only') === 'unmastered' ? 'unmastered' : 'all';
    const options: PrintOptions = { answers, only };
    history.replaceState(null, '', `${location.pathname}${printOptionsSearch(options, location.search)}${location.hash}`);
    apply(options);
  });
  // The form's one submit button prints: options apply as they change, so there is nothing to send.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.print();
  });
}
