/**
 * The flashcard page: choose domains and mode, then one card at a time. The logic (what to
 * show, how to schedule, undo) is in src/lib/study/; this file only wires it to the page.
 */
import { selectCards, type StudyMode } from '../../lib/study/card-selection';
import type { Deck, DeckCard } from '../../lib/study/deck';
import { describeInterval, formatInterval } from '../../lib/study/format-interval';
import { CardState, type Progress } from '../../lib/study/progress-schema';
import { getCard, pruneProgress, refKey, withExamDate, withNewPerDay } from '../../lib/study/progress-records';
import { createScheduler, GRADE_NAMES, GRADES, previewIntervals, schedulerFor, type GradeValue } from '../../lib/study/scheduler';
import * as Session from '../../lib/study/session';
import { loadProgress, onProgressChange, saveProgress } from './progress-storage';
import { deckAnchors, deckRefs, loadDeck } from './study-deck';
import { plural } from '../../lib/site/labels';
import { domainCounts } from '../../lib/study/progress-summary';
import { gradeChoice, gradeForPick } from '../../lib/study/grade-choice';
import { focusFirstChoice, markChoices, pickByKey, pickedKeys, renderChoices } from './card-choices';
import { renderExamPlan, renderProjection } from './exam-plan';

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const message = $('[data-study-message]');
const setup = $('[data-study-setup]');
const form = $<HTMLFormElement>('[data-setup-form]');
const sessionView = $('[data-study-session]');
const summaryView = $('[data-study-summary]');
const revealButton = $<HTMLButtonElement>('[data-reveal]');
const answer = $('[data-card-answer]');
const grades = $('[data-grades]');
const undoButton = $<HTMLButtonElement>('[data-undo]');
const live = $('[data-status]');
const choices = $<HTMLFieldSetElement>('[data-card-choices]');
const choiceResult = $('[data-card-choice-result]');

let deck: Deck;
let cardsByKey: Map<string, DeckCard>;
let step: Session.Step | undefined;
/** New cards a day that see every card by the exam day, when one is set. */
let pace: number | undefined;
/** When the answer was shown: grading uses the same instant, so the card gets exactly the interval its button showed (FSRS fuzz is seeded by the review time). */
let revealedAt = new Date();
/** Made at the same moment, with the interval cap of the exam date as it was then. */
let scheduler = createScheduler();

/** A message at the top of the page; problems are shown as such. */
function notify(text: string, isError = false): void {
  message.textContent = text;
  message.classList.toggle('error', isError);
}

let announced = '';

function announce(text: string): void {
  announced = text;
  // Cleared first so the same text (two cards with one title) is announced again.
  live.textContent = '';
  window.setTimeout(() => {
    if (announced === text) live.textContent = text;
  }, 50);
}

function show(view: 'setup' | 'session' | 'summary'): void {
  setup.hidden = view !== 'setup';
  sessionView.hidden = view !== 'session';
  summaryView.hidden = view !== 'summary';
  for (const tools of document.querySelectorAll<HTMLElement>('[data-progress-tools]')) tools.hidden = view === 'session';
}

function chosen(): { domains: Set<string>; mode: StudyMode } {
  const data = new FormData(form);
  return { domains: new Set(data.getAll('domain').map(String)), mode: data.get('mode') === 'cram' ? 'cram' : 'scheduled' };
}

function refreshSetup(): void {
  const { progress } = loadProgress();
  const now = new Date();
  const input = form.elements.namedItem('newPerDay') as HTMLInputElement;
  if (document.activeElement !== input) input.value = String(progress.settings.newPerDay);
  const examInput = form.elements.namedItem('examDate') as HTMLInputElement;
  if (document.activeElement !== examInput) examInput.value = progress.settings.examDate ?? '';
  pace = renderExamPlan(progress, deckRefs(deck), now);
  renderProjection(progress, now);
  for (const domain of deck.domains) {
    const refs = deckRefs(deck).filter((ref) => ref.domain === domain.slug);
    const unseen = refs.filter((ref) => (getCard(progress, ref)?.state ?? CardState.New) === CardState.New).length;
    const due = refs.filter((ref) => {
      const card = getCard(progress, ref);
      return card !== undefined && card.state !== CardState.New && Date.parse(card.due) <= now.getTime();
    }).length;
    const counts = document.querySelector(`[data-domain-counts="${CSS.escape(domain.slug)}"]`);
    if (counts) counts.textContent = domainCounts(due, unseen, refs.length);
  }
  const { domains, mode } = chosen();
  const selection = selectCards({ cards: deckRefs(deck), domains, progress, now, mode });
  const summary = $('[data-setup-summary]');
  if (domains.size === 0) summary.textContent = 'Choose at least one domain.';
  else if (mode === 'cram')
    summary.textContent = `${selection.queue.length} cards, shuffled. Grades in cram mode do not change your schedule.`;
  else if (selection.queue.length > 0) {
    const held = selection.heldBack > 0 ? ` (${selection.heldBack} more new cards wait for the next days)` : '';
    summary.textContent = `${selection.due} due and ${selection.fresh} new: ${selection.queue.length} cards${held}.`;
  } else {
    const next = selection.nextDue ? ` The next review is due in ${describeInterval(Date.parse(selection.nextDue) - now.getTime())}.` : '';
    summary.textContent = `Nothing is due now and today's new cards are done.${next} Raise the daily limit or use cram mode to practise anyway.`;
  }
}

function renderCard(): void {
  if (!step) return;
  const { session } = step;
  const ref = Session.currentCard(session);
  undoButton.disabled = session.history.length === 0;
  if (ref === undefined) return renderSummary();
  const card = cardsByKey.get(refKey(ref))!;
  show('session');
  const position = `Card ${session.position + 1} of ${session.queue.length}`;
  $('[data-session-position]').textContent = position;
  $('[data-session-mode]').textContent = session.mode === 'cram' ? '· cram, schedule unchanged' : '';
  const domain = deck.domains.find((d) => d.slug === ref.domain);
  $('[data-card-domain]').textContent = domain?.title ?? ref.domain;
  // The card shows the domain's words: a Chinese card is read as Chinese, on an English page.
  $('.flashcard').lang = domain?.lang ?? document.documentElement.lang;
  $('[data-card-title]').innerHTML = card.titleHtml;
  $('[data-card-prompt]').innerHTML = card.promptHtml;
  renderChoices(choices, card.choices);
  choiceResult.textContent = '';
  $('[data-reveal-label]').textContent = card.choices ? 'Check' : 'Show answer';
  answer.hidden = true;
  answer.innerHTML = '';
  grades.hidden = true;
  revealButton.hidden = false;
  if (card.choices) focusFirstChoice(choices);
  else revealButton.focus();
  const hint = card.choices ? `. ${choices.querySelector('legend')!.textContent}: a letter picks an option, Enter checks.` : '';
  announce(`${position}: ${card.title}${hint}`);
}

/** A multiple-choice card is checked instead of shown: the pick says right or wrong and which grade it earns. */
function checkPick(card: DeckCard): { suggested: GradeValue; message: string } | undefined {
  if (!card.choices) return undefined;
  const picked = pickedKeys(choices);
  const result = gradeChoice(picked, card.choices.correct);
  markChoices(choices, card.choices.correct, picked);
  choiceResult.textContent = result.message;
  choiceResult.dataset['right'] = String(result.right);
  return { suggested: gradeForPick(result.right), message: result.message };
}

function revealAnswer(): void {
  if (!step || step.session.revealed) return;
  step = { ...step, session: Session.reveal(step.session) };
  const ref = Session.currentCard(step.session)!;
  const card = cardsByKey.get(refKey(ref))!;
  const pick = checkPick(card);
  answer.innerHTML = card.answerHtml;
  answer.hidden = false;
  revealButton.hidden = true;
  revealedAt = new Date();
  scheduler = schedulerFor(step.progress, revealedAt);
  const intervals = step.session.mode === 'scheduled' ? previewIntervals(scheduler, getCard(step.progress, ref), revealedAt) : undefined;
  for (const grade of GRADES) {
    const button = grades.querySelector<HTMLButtonElement>(`[data-grade="${grade}"]`)!;
    const interval = intervals ? formatInterval(intervals[grade]) : '';
    button.querySelector('[data-interval]')!.textContent = interval;
    button.toggleAttribute('data-suggested', grade === pick?.suggested);
    const next = intervals ? `, next review in ${describeInterval(intervals[grade])}` : '';
    button.setAttribute('aria-label', `${GRADE_NAMES[grade]}${next}${grade === pick?.suggested ? ', from your pick' : ''} (key ${grade})`);
  }
  grades.hidden = false;
  if (!pick) return answer.focus();
  grades.querySelector<HTMLButtonElement>(`[data-grade="${pick.suggested}"]`)!.focus();
  announce(`${pick.message} ${GRADE_NAMES[pick.suggested]} is in focus: Enter takes it, 1 to 4 choose another.`);
}

function save(progress: Progress): void {
  const error = saveProgress(progress);
  if (error) notify(error, true);
}

function answerCard(grade: GradeValue): void {
  if (!step?.session.revealed) return;
  step = Session.grade(step, grade, revealedAt, scheduler);
  if (step.session.mode === 'scheduled') save(step.progress);
  renderCard();
}

function undoLast(): void {
  if (!step || step.session.history.length === 0) return;
  step = Session.undo(step);
  if (step.session.mode === 'scheduled') save(step.progress);
  renderCard();
  announce(`Last grade undone. ${announced}`);
}

function renderSummary(): void {
  if (!step) return;
  const result = Session.summarize(step.session);
  show('summary');
  const cram = step.session.mode === 'cram' ? ' Cram mode: your schedule is unchanged.' : '';
  $('[data-summary-text]').textContent =
    result.reviews === 0
      ? `No cards were studied.${cram}`
      : `You studied ${plural(result.cards, 'card')} in ${plural(result.reviews, 'review')}.${cram}`;
  $('[data-summary-grades]').replaceChildren(
    ...GRADES.map((grade) => {
      const item = document.createElement('li');
      item.textContent = `${GRADE_NAMES[grade]}: ${result.byGrade[grade]}`;
      return item;
    }),
  );
  $<HTMLButtonElement>('[data-summary-undo]').hidden = step.session.history.length === 0;
  $('#summary-heading').focus();
  announce(`Session complete. ${$('[data-summary-text]').textContent}`);
}

function start(event: SubmitEvent): void {
  event.preventDefault();
  const { domains, mode } = chosen();
  const selection = selectCards({ cards: deckRefs(deck), domains, progress: loadProgress().progress, now: new Date(), mode });
  if (selection.queue.length === 0) {
    refreshSetup();
    announce($('[data-setup-summary]').textContent ?? '');
    return;
  }
  step = { session: Session.startSession(mode, selection.queue), progress: loadProgress().progress };
  renderCard();
}

/** On a multiple-choice card not yet checked: a letter picks its option, Enter checks. */
function onChoiceKey(event: KeyboardEvent): boolean {
  if (choices.hidden || sessionView.hidden || step?.session.revealed !== false) return false;
  const handled =
    (event.key === 'Enter' && (event.target as HTMLElement).closest('[data-card-choices]') !== null) ||
    (/^[a-z]$/i.test(event.key) && pickByKey(choices, event.key));
  if (!handled) return false;
  event.preventDefault();
  if (event.key === 'Enter') revealAnswer();
  return true;
}

function onKey(event: KeyboardEvent): void {
  if (!step || setup.hidden === false || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement;
  if (onChoiceKey(event)) return;
  if (target.closest('input, textarea, select, dialog[open]')) return;
  if (event.key === ' ' && !sessionView.hidden && !step.session.revealed && !(target instanceof HTMLButtonElement)) {
    event.preventDefault();
    revealAnswer();
  } else if (/^[1-4]$/.test(event.key) && !sessionView.hidden) {
    event.preventDefault();
    answerCard(Number(event.key) as GradeValue);
  } else if (event.key === 'u' || event.key === 'U') {
    event.preventDefault();
    undoLast();
  }
}

async function init(): Promise<void> {
  // Before the cards arrive: the progress box needs only what is stored.
  renderProjection(loadProgress().progress, new Date());
  notify('Loading cards…');
  try {
    deck = await loadDeck();
  } catch (error) {
    notify(`The cards could not be loaded (${(error as Error).message}). Reload the page to try again.`, true);
    setup.hidden = true;
    return;
  }
  cardsByKey = new Map(deck.cards.map((card) => [refKey(card), card]));
  notify('');
  // Content changes: questions that are gone (or lost their answer) leave the progress.
  const { progress, problem } = loadProgress();
  const { progress: pruned, removed } = pruneProgress(progress, deckAnchors(deck));
  if (removed > 0) save(pruned);
  if (problem) notify(problem, true);
  else if (removed > 0)
    notify(`${removed} question${removed === 1 ? ' is' : 's are'} no longer in the curriculum; their progress was removed.`);
  if (deck.cards.length === 0) {
    notify('There are no answered questions to study yet.');
    setup.hidden = true;
    return;
  }
  refreshSetup();
  show('setup');
  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'newPerDay') save(withNewPerDay(loadProgress().progress, input.valueAsNumber));
    if (input.name === 'examDate') save(withExamDate(loadProgress().progress, input.value));
    refreshSetup();
  });
  form.addEventListener('submit', start);
  $('[data-use-pace]').addEventListener('click', () => {
    if (pace === undefined) return;
    save(withNewPerDay(loadProgress().progress, pace));
    refreshSetup();
    announce(`New cards per day set to ${pace}.`);
  });
  $<HTMLButtonElement>('[data-start]').disabled = false;
  (form.elements.namedItem('examDate') as HTMLInputElement).disabled = false;
  revealButton.addEventListener('click', revealAnswer);
  grades.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-grade]');
    if (button) answerCard(Number(button.dataset['grade']) as GradeValue);
  });
  undoButton.addEventListener('click', undoLast);
  $('[data-summary-undo]').addEventListener('click', undoLast);
  $('[data-end]').addEventListener('click', () => {
    if (step) step = { ...step, session: Session.finish(step.session) };
    renderSummary();
  });
  $('[data-again]').addEventListener('click', () => {
    step = undefined;
    refreshSetup();
    show('setup');
    $('#setup-heading').focus();
  });
  document.addEventListener('keydown', onKey);
  onProgressChange(() => {
    if (!setup.hidden) refreshSetup();
    else renderProjection(loadProgress().progress, new Date());
  });
}

void init();
