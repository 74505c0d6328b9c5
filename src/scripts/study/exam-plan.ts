/**
 * /study/'s exam figures: in the setup the days left, the cards not seen yet and the pace
 * that sees them all; in the progress box what that pace gives on the exam day. Here and
 * not in study-progress.ts, which the home and domain pages load too.
 */
import { examPlan, projectedMastery } from '../../lib/study/exam-date';
import { CardState, type Progress } from '../../lib/study/progress-schema';
import { getCard, type CardRef } from '../../lib/study/progress-records';
import { deckState, type ProgressDomain } from '../../lib/study/progress-summary';

const text = (selector: string, value: string) => {
  const element = document.querySelector(selector);
  if (element) element.textContent = value;
};

/** Shows one of the messages of a `.variants` box (study.css), all of which are in the page and keep its height. */
function showVariant(box: Element | null, name: string): void {
  for (const variant of box?.querySelectorAll<HTMLElement>(':scope > [data-variant]') ?? []) {
    variant.toggleAttribute('data-active', variant.dataset['variant'] === name);
  }
}

/** Fills in the setup's figures; returns the pace shown, for "Take this many new cards a day". */
export function renderExamPlan(progress: Progress, cards: readonly CardRef[], now: Date): number | undefined {
  const unseen = cards.filter((ref) => (getCard(progress, ref)?.state ?? CardState.New) === CardState.New).length;
  const plan = examPlan(progress.settings.examDate, unseen, now);
  text('[data-exam-days]', plan.kind === 'ahead' ? String(plan.days) : plan.kind === 'today' ? '0' : '–');
  text('[data-exam-unseen]', String(unseen));
  text('[data-exam-pace]', plan.kind === 'ahead' ? String(plan.perDay) : '–');
  showVariant(document.querySelector('[data-exam-note]'), plan.kind);
  return plan.kind === 'ahead' ? plan.perDay : undefined;
}

/**
 * The share of cards mastered on the exam day at the suggested pace. It reads the cards
 * from the progress box itself, so it can run before the flashcards have loaded, while the
 * box is still hidden (data-progress-pending).
 */
export function renderProjection(progress: Progress, now: Date): void {
  const box = document.querySelector('[data-exam-projection]');
  const view = box?.closest('[data-study-progress]');
  if (!box || !view) return;
  const domains = JSON.parse(view.querySelector('[data-progress-domains]')?.textContent ?? '[]') as ProgressDomain[];
  const state = deckState(progress, domains);
  const plan = examPlan(progress.settings.examDate, state.unseen, now);
  if (plan.kind === 'ahead') text('[data-projected]', `${Math.round(projectedMastery(state, plan.days, plan.perDay) * 100)}%`);
  showVariant(box, plan.kind);
}
