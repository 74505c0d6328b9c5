/**
 * /exam/: start, run, grade and score a mock exam. The state lives in localStorage after
 * every change (exam-storage.ts), so a reload or a reopened tab resumes the same tasks with
 * the time that is left; the clock is the stored end time, checked every second.
 */
import { drawTasks, taskKey } from '../../lib/exam/draw';
import {
  announcement,
  finishExam,
  formatClock,
  goTo,
  isOverdue,
  setGrade,
  setStatus,
  startExam,
  timeLeft,
  toggleFlag,
  type ExamState,
  type TaskStatus,
} from '../../lib/exam/exam-state';
import { paperHtml } from '../../lib/exam/paper';
import { paperPoints } from '../../lib/exam/points';
import { REVIEW_GRADE, scoreExam } from '../../lib/exam/score';
import type { Deck } from '../../lib/study/deck';
import { recordReview, schedulerFor } from '../../lib/study/scheduler';
import { loadProgress, saveProgress } from '../study/progress-storage';
import { loadDeck } from '../study/study-deck';
import { addAttempt, loadExam, loadHistory, saveExam } from './exam-storage';
import { renderHistory, renderNav, renderResult, renderReview, renderTask, type ExamDeck } from './exam-render';

const root = document.querySelector<HTMLElement>('[data-exam]');
const $ = <T extends HTMLElement = HTMLElement>(selector: string) => root!.querySelector<T>(selector)!;
const MINUTE = 60_000;

let exam: ExamState | null = null;
let ticker: number | undefined;
let lastLeft = Infinity;

function message(text: string): void {
  $('[data-exam-message]').textContent = text;
}

function store(next: ExamState | null): void {
  exam = next;
  const problem = saveExam(next);
  if (problem) message(problem);
}

function show(view: 'setup' | 'run' | 'review' | 'result', focus = true): void {
  for (const name of ['setup', 'run', 'review', 'result']) $(`[data-exam-${name}]`).hidden = name !== view;
  // Past attempts belong to the setup and the result, never beside a running exam.
  $('[data-exam-history]').hidden = (view !== 'setup' && view !== 'result') || loadHistory().length === 0;
  const heading = { setup: '#exam-setup-heading', run: '#exam-task-title', review: '#exam-review-heading', result: '#exam-result-heading' }[
    view
  ];
  if (focus) $(heading).focus();
}

function examDeck(deck: Deck): ExamDeck {
  const cards = new Map(deck.cards.map((c) => [taskKey(c), c]));
  const titles = new Map(deck.domains.map((d) => [d.slug, d.title]));
  return { card: (task) => cards.get(taskKey(task)), domainTitle: (slug) => titles.get(slug) ?? slug };
}

function tick(view: ExamDeck): void {
  if (!exam || exam.finishedAt !== null) return;
  const now = Date.now();
  const left = timeLeft(exam, now);
  $('[data-exam-clock]').textContent = formatClock(left);
  const said = announcement(lastLeft, left);
  if (said) $('[data-exam-announce]').textContent = said;
  lastLeft = left;
  if (isOverdue(exam, now)) endExam(view, 'Time is up.');
}

function runExam(view: ExamDeck, focus = true): void {
  if (!exam) return;
  lastLeft = timeLeft(exam, Date.now());
  const redraw = (focusTitle: boolean) => {
    renderNav($('[data-exam-nav]'), exam!, (i) => {
      store(goTo(exam!, i));
      redraw(true);
    });
    renderTask($('[data-exam-run]'), exam!, view);
    if (focusTitle) $('#exam-task-title').focus();
  };
  $('[data-exam-run]').onclick = (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-exam-status], [data-exam-flag], [data-exam-move]');
    if (!button || !exam) return;
    const status = button.dataset['examStatus'] as TaskStatus | undefined;
    if (status) store(setStatus(exam, exam.current, exam.tasks[exam.current]!.status === status ? 'open' : status));
    else if (button.hasAttribute('data-exam-flag')) store(toggleFlag(exam, exam.current));
    else store(goTo(exam, exam.current + Number(button.dataset['examMove'])));
    redraw(button.hasAttribute('data-exam-move'));
  };
  show('run', false);
  redraw(focus);
  window.clearInterval(ticker);
  tick(view);
  ticker = window.setInterval(() => tick(view), 1000);
}

function endExam(view: ExamDeck, why: string): void {
  if (!exam) return;
  window.clearInterval(ticker);
  store(finishExam(exam, Date.now()));
  reviewExam(view, why);
}

function reviewExam(view: ExamDeck, why = ''): void {
  if (!exam) return;
  const used = formatClock(exam.finishedAt! - exam.startedAt);
  $('[data-exam-review-intro]').textContent =
    `${why ? `${why} ` : ''}Time used: ${used}. Compare each task with its reference answer and grade yourself; a task left ungraded counts as not done.`;
  renderReview($('[data-exam-review-list]'), exam, view, (i, grade) => store(setGrade(exam!, i, grade)));
  show('review');
}

/**
 * Not done becomes due now in study mode, partly and done count as a review (REVIEW_GRADE),
 * logged and capped at the exam date like every other grade.
 */
function recordReviews(done: ExamState): string | undefined {
  const now = new Date();
  let { progress } = loadProgress();
  const scheduler = schedulerFor(progress, now);
  for (const task of done.tasks) progress = recordReview(scheduler, progress, task, REVIEW_GRADE[task.grade ?? 'not'], now);
  return saveProgress(progress);
}

function scoreAndShow(view: ExamDeck, passMark: number): void {
  if (!exam) return;
  const scored = { ...exam, scoredAt: Date.now() };
  const score = scoreExam(scored, passMark);
  const problem =
    recordReviews(scored) ??
    addAttempt({
      finishedAt: scored.finishedAt!,
      percent: score.percent,
      passed: score.passed,
      usedMs: score.usedMs,
      tasks: scored.tasks.map(taskKey),
    });
  store(scored);
  renderResult($('[data-exam-result]'), score, view);
  if (problem) $('[data-exam-result-summary]').append(` ${problem}`);
  renderHistory($('[data-exam-history]'), loadHistory());
  show('result');
}

function printPaper(view: ExamDeck): void {
  if (!exam) return;
  const tasks = exam.tasks.map((task) => {
    const card = view.card(task);
    return {
      titleHtml: card?.titleHtml ?? task.anchor,
      promptHtml: card?.promptHtml ?? '',
      answerHtml: card?.answerHtml ?? '',
      points: task.points,
      domainTitle: view.domainTitle(task.domain),
    };
  });
  $('[data-exam-paper]').innerHTML = paperHtml(tasks, root!.dataset['paperHeading'] ?? 'Mock exam paper');
  window.print();
}

function startFromForm(deck: Deck, view: ExamDeck): void {
  const form = $<HTMLFormElement>('[data-exam-form]');
  const data = new FormData(form);
  const chosen = new Set(data.getAll('domain').map(String));
  const domains = deck.domains.filter((d) => chosen.has(d.slug));
  if (domains.length === 0) return message('Choose at least one domain.');
  const count = Number(data.get('tasks'));
  const minutes = Number(data.get('minutes'));
  if (!Number.isInteger(count) || count < 1) return message('The number of tasks should be a whole number of at least 1.');
  if (!Number.isFinite(minutes) || minutes < 1) return message('The exam should last at least 1 minute.');
  const seed = crypto.getRandomValues(new Uint32Array(1))[0]!;
  const avoid = new Set(loadHistory().at(-1)?.tasks ?? []);
  const cards = drawTasks(deck.cards, { count, domains, seed, avoid });
  const pointsOf = paperPoints(cards.map((c) => c.title));
  store(
    startExam(
      cards.map((c, i) => ({ domain: c.domain, anchor: c.anchor, points: pointsOf[i]! })),
      seed,
      minutes * MINUTE,
      Date.now(),
    ),
  );
  message(cards.length < count ? `Only ${cards.length} tasks in the chosen domains: the exam has them all.` : '');
  runExam(view);
}

async function main(): Promise<void> {
  if (!root) return;
  const passMark = Number(root.dataset['passMark']);
  const start = $<HTMLButtonElement>('[data-exam-start]');
  let deck: Deck;
  try {
    deck = await loadDeck();
  } catch (error) {
    start.disabled = true;
    return message(`The tasks could not be loaded (${(error as Error).message}). Reload the page to try again.`);
  }
  const view = examDeck(deck);
  $('[data-exam-form]').addEventListener('submit', (event) => {
    event.preventDefault();
    startFromForm(deck, view);
  });
  $('[data-exam-finish]').addEventListener('click', () => endExam(view, ''));
  $('[data-exam-print]').addEventListener('click', () => printPaper(view));
  $('[data-exam-score]').addEventListener('click', () => scoreAndShow(view, passMark));
  $('[data-exam-new]').addEventListener('click', () => {
    store(null);
    show('setup');
  });
  renderHistory($('[data-exam-history]'), loadHistory());
  // Resume where the candidate was: in the exam, grading, or (time ran out while away) grading.
  exam = loadExam();
  if (exam && exam.finishedAt === null && isOverdue(exam, Date.now())) endExam(view, 'The time ran out while the exam was closed.');
  else if (exam && exam.finishedAt === null) runExam(view, false);
  else if (exam && exam.scoredAt === null) reviewExam(view);
  else show('setup', false);
}

void main();
