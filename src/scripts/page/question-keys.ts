/**
 * What the reading keys do (question-keys-loader.ts decides which key is which): move the
 * focus from question to question, open or close the focused question's answer, grade it
 * with the buttons self-grade.ts adds, and show the keys dialog. Each step is announced.
 */
import { stepTo, type KeyAction } from '../../lib/site/question-keys';

const QUESTION = 'article[data-question]';
const questions = Array.from(document.querySelectorAll<HTMLElement>(QUESTION));

function announce(message: string): void {
  const status = document.querySelector<HTMLElement>('[data-status]');
  // Cleared first, so the same words said twice are announced twice.
  if (status) status.textContent = '';
  requestAnimationFrame(() => status && (status.textContent = message));
}

const titleOf = (question: HTMLElement) => question.querySelector('.question-title')?.textContent?.replace(/^\s*#/, '').trim() ?? '';
const answersOf = (question: HTMLElement) => Array.from(question.querySelectorAll<HTMLDetailsElement>('details[data-answer]'));

function focusedQuestion(): HTMLElement | null {
  return document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>(QUESTION) : null;
}

/** The question the outline marks as being read (outline.ts), else the first. */
function readingIndex(): number {
  const anchor = document.querySelector<HTMLElement>('[data-outline-item][aria-current="location"]')?.dataset['outlineItem'];
  return Math.max(
    0,
    questions.findIndex((q) => q.dataset['question'] === anchor),
  );
}

function move(step: 1 | -1): void {
  const current = focusedQuestion();
  const index = stepTo(current ? questions.indexOf(current) : -1, readingIndex(), questions.length, step);
  const question = questions[index];
  if (!question) return;
  if (question === current) {
    announce(step === 1 ? 'Last question' : 'First question');
    return;
  }
  question.tabIndex = -1;
  question.focus({ preventScroll: true });
  question.scrollIntoView({ block: 'start' });
  announce(`Question ${index + 1} of ${questions.length}: ${titleOf(question)}`);
}

function toggle(question: HTMLElement): void {
  const answers = answersOf(question);
  if (answers.length === 0) {
    announce('This question has no answer yet');
    return;
  }
  const open = answers.some((details) => !details.open);
  for (const details of answers) details.open = open;
  announce(open ? 'Answer opened' : 'Answer closed');
}

async function grade(question: HTMLElement, value: '4' | '1'): Promise<void> {
  const answers = answersOf(question);
  if (answers.length === 0) return announce('This question has no answer to grade');
  if (!answers.some((details) => details.open)) return announce('Open the answer first (o), then grade it');
  // The buttons arrive with self-grade.ts, which the first opened answer starts loading.
  await import('../study/self-grade');
  question.querySelector<HTMLButtonElement>(`button[data-self-grade="${value}"]`)?.click();
}

export function runKeyAction(action: KeyAction): void {
  if (action === 'help') {
    document.querySelector<HTMLDialogElement>('[data-keys-dialog]')?.showModal();
    return;
  }
  if (action === 'next' || action === 'previous') return move(action === 'next' ? 1 : -1);
  const question = focusedQuestion() ?? questions[readingIndex()];
  if (!question) return;
  if (action === 'toggle') toggle(question);
  else void grade(question, action === 'knew' ? '4' : '1');
}
