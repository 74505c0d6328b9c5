/** The exam's views as DOM: the navigator, a task, the grading list, the result, the history. */
import { formatClock, type ExamState, type ExamTask, type SelfGrade } from '../../lib/exam/exam-state';
import type { ExamAttempt, ExamScore } from '../../lib/exam/score';
import { trend } from '../../lib/exam/score';
import type { DeckCard } from '../../lib/study/deck';

export interface ExamDeck {
  card: (task: ExamTask) => DeckCard | undefined;
  domainTitle: (slug: string) => string;
}

const points = (n: number) => `${Math.round(n * 10) / 10} ${n === 1 ? 'point' : 'points'}`;
const STATUS_LABEL = { open: 'not started', done: 'done', skipped: 'skipped' } as const;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/** One button per task: its number, and its state in words (screen readers) and marks (eyes). */
export function renderNav(list: HTMLElement, exam: ExamState, onPick: (index: number) => void): void {
  list.replaceChildren(
    ...exam.tasks.map((task, i) => {
      const state = `${STATUS_LABEL[task.status]}${task.flagged ? ', flagged' : ''}`;
      const button = element('button', { type: 'button', className: 'exam-nav-item' }, String(i + 1));
      button.dataset['status'] = task.status;
      button.toggleAttribute('data-flagged', task.flagged);
      button.setAttribute('aria-label', `Task ${i + 1}: ${state}`);
      if (i === exam.current) button.setAttribute('aria-current', 'step');
      button.addEventListener('click', () => onPick(i));
      return element('li', {}, button);
    }),
  );
}

export function renderTask(root: HTMLElement, exam: ExamState, deck: ExamDeck): void {
  const task = exam.tasks[exam.current]!;
  const card = deck.card(task);
  const $ = (selector: string) => root.querySelector<HTMLElement>(selector)!;
  $('[data-exam-task-meta]').textContent =
    `Task ${exam.current + 1} of ${exam.tasks.length} · ${deck.domainTitle(task.domain)} · ${points(task.points)}`;
  $('[data-exam-task-title]').innerHTML = card?.titleHtml ?? task.anchor;
  $('[data-exam-task-prompt]').innerHTML = card?.promptHtml ?? '';
  for (const button of root.querySelectorAll<HTMLElement>('[data-exam-status]')) {
    button.setAttribute('aria-pressed', String(button.dataset['examStatus'] === task.status));
  }
  $('[data-exam-flag]').setAttribute('aria-pressed', String(task.flagged));
  ($('[data-exam-move="-1"]') as HTMLButtonElement).disabled = exam.current === 0;
  ($('[data-exam-move="1"]') as HTMLButtonElement).disabled = exam.current === exam.tasks.length - 1;
}

const GRADE_LABELS: [SelfGrade, string][] = [
  ['done', 'Done'],
  ['partly', 'Partly'],
  ['not', 'Not done'],
];

/** Each task with the reference answer and a done / partly / not choice. */
export function renderReview(list: HTMLElement, exam: ExamState, deck: ExamDeck, onGrade: (index: number, grade: SelfGrade) => void): void {
  list.replaceChildren(
    ...exam.tasks.map((task, i) => {
      const card = deck.card(task);
      const title = element('h3');
      title.innerHTML = `<span class="exam-number">Task ${i + 1}</span> ${card?.titleHtml ?? task.anchor}`;
      const meta = element(
        'p',
        { className: 'exam-task-meta' },
        `${deck.domainTitle(task.domain)} · ${points(task.points)} · you marked it ${STATUS_LABEL[task.status]}${task.flagged ? ', flagged' : ''}`,
      );
      const answer = element('div', { className: 'exam-answer' });
      answer.innerHTML = card?.answerHtml ?? '';
      const prompt = element('details', {}, element('summary', {}, 'The task'));
      prompt.insertAdjacentHTML('beforeend', card?.promptHtml ?? '');
      const grades = element('fieldset', { className: 'exam-grades' }, element('legend', {}, `Task ${i + 1}: how did you do?`));
      for (const [value, label] of GRADE_LABELS) {
        const input = element('input', { type: 'radio', name: `grade-${i}`, value, checked: task.grade === value });
        input.addEventListener('change', () => onGrade(i, value));
        grades.append(element('label', {}, input, ` ${label}`));
      }
      return element(
        'li',
        { className: 'exam-review-item' },
        title,
        meta,
        prompt,
        element('p', { className: 'exam-answer-label' }, 'Reference answer'),
        answer,
        grades,
      );
    }),
  );
}

export function renderResult(root: HTMLElement, score: ExamScore, deck: ExamDeck): void {
  const verdict = score.passed ? 'passed' : 'not passed';
  root.querySelector('[data-exam-result-summary]')!.textContent =
    `${score.percent}%: ${verdict} (pass mark ${score.passMark}%). ${points(score.earned)} of ${points(score.possible)}; time used ${formatClock(score.usedMs)}.`;
  root
    .querySelector('[data-exam-result-domains]')!
    .replaceChildren(
      ...score.domains.map((row) =>
        element(
          'tr',
          {},
          element('th', { scope: 'row' }, deck.domainTitle(row.domain)),
          element('td', {}, String(row.tasks)),
          element('td', {}, `${Math.round(row.earned * 10) / 10} / ${Math.round(row.possible * 10) / 10}`),
          element('td', {}, `${row.percent}%`),
        ),
      ),
    );
}

export function renderHistory(root: HTMLElement, history: readonly ExamAttempt[]): void {
  root.hidden = history.length === 0;
  const change = trend(history);
  root.querySelector('[data-exam-trend]')!.textContent =
    `${history.length} ${history.length === 1 ? 'attempt' : 'attempts'}` +
    (change === null ? '.' : `; the last one ${change} points against the one before.`);
  root
    .querySelector('[data-exam-history-rows]')!
    .replaceChildren(
      ...[...history]
        .reverse()
        .map((a) =>
          element(
            'tr',
            {},
            element('td', {}, new Date(a.finishedAt).toLocaleString()),
            element('td', {}, `${a.percent}%`),
            element('td', {}, a.passed ? 'passed' : 'not passed'),
            element('td', {}, formatClock(a.usedMs)),
          ),
        ),
    );
}
