/**
 * The study sheet's options live in the query string so a sheet can be bookmarked:
 * `/print/?answers=hide` is the worksheet. The page is built once, with every answer;
 * a small script reads these options and hides what the reader asked to leave out.
 */

export type AnswersMode = 'show' | 'hide';
export type QuestionFilter = 'all' | 'unmastered';

export interface PrintOptions {
  /** `show`: the full sheet. `hide`: questions only, with space to write the answer. */
  answers: AnswersMode;
  /** `unmastered`: leave out what study progress (in this browser) says is mastered. */
  only: QuestionFilter;
}

export const DEFAULT_PRINT_OPTIONS: PrintOptions = { answers: 'show', only: 'all' };

/** Read the options from a query string (`?answers=hide&only=unmastered`); unknown values fall back to the default. */
export function parsePrintOptions(search: string): PrintOptions {
  const params = new URLSearchParams(search);
  const answers = params.get('answers');
  const only = params.get('only');
  return {
    answers: answers === 'hide' || answers === 'show' ? answers : DEFAULT_PRINT_OPTIONS.answers,
    only: only === 'unmastered' || only === 'all' ? only : DEFAULT_PRINT_OPTIONS.only,
  };
}

/**
 * The query string for these options, keeping any other parameters of `search`.
 * Defaults are left out, so the full sheet keeps its plain URL.
 */
export function printOptionsSearch(options: PrintOptions, search = ''): string {
  const params = new URLSearchParams(search);
  if (options.answers === DEFAULT_PRINT_OPTIONS.answers) params.delete('answers');
  else params.set('answers', options.answers);
  if (options.only === DEFAULT_PRINT_OPTIONS.only) params.delete('only');
  else params.set('only', options.only);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
