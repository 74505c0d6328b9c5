import { parsePrintOptions, printOptionsSearch, type PrintOptions } from '../lib/print/print-options';

/**
 * The study sheet's options. The page holds the full sheet; this applies `?answers=hide`
 * (the worksheet) and keeps the URL in step with the form so the choice can be bookmarked.
 * Without JavaScript the form stays hidden and the full sheet prints.
 */
const sheet = document.querySelector<HTMLElement>('[data-study-sheet]');
const form = document.querySelector<HTMLFormElement>('form[data-print-options]');
const baseTitle = document.title;

function apply(options: PrintOptions): void {
  if (sheet) sheet.dataset['answers'] = options.answers;
  for (const radio of form?.querySelectorAll<HTMLInputElement>('input[name="answers"]') ?? []) {
    radio.checked = radio.value === options.answers;
  }
  // The title names the PDF a browser saves, so say which variant it is.
  document.title = options.answers === 'hide' ? `${baseTitle} (questions only)` : baseTitle;
}

if (sheet && form) {
  form.hidden = false;
  apply(parsePrintOptions(location.search));
  form.addEventListener('change', () => {
    const answers = new FormData(form).get('answers') === 'hide' ? 'hide' : 'show';
    const options: PrintOptions = { answers };
    history.replaceState(null, '', `${location.pathname}${printOptionsSearch(options, location.search)}${location.hash}`);
    apply(options);
  });
  // The form's one submit button prints: options apply as they change, so there is nothing to send.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.print();
  });
}
