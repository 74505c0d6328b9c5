/** The exam date's figures in the study setup: days left, cards not seen yet and the pace that sees them all. */
import { examPlan } from '../../lib/study/exam-date';
import { CardState, type Progress } from '../../lib/study/progress-schema';
import { getCard, type CardRef } from '../../lib/study/progress-records';
import { showVariant } from './exam-variants';

const text = (selector: string, value: string) => {
  const element = document.querySelector(selector);
  if (element) element.textContent = value;
};

/** Fills in the figures; returns the pace shown, for "Take this many new cards a day". */
export function renderExamPlan(progress: Progress, cards: readonly CardRef[], now: Date): number | undefined {
  const unseen = cards.filter((ref) => (getCard(progress, ref)?.state ?? CardState.New) === CardState.New).length;
  const plan = examPlan(progress.settings.examDate, unseen, now);
  text('[data-exam-days]', plan.kind === 'ahead' ? String(plan.days) : plan.kind === 'today' ? '0' : '–');
  text('[data-exam-unseen]', String(unseen));
  text('[data-exam-pace]', plan.kind === 'ahead' ? String(plan.perDay) : '–');
  showVariant(document.querySelector('[data-exam-note]'), plan.kind);
  return plan.kind === 'ahead' ? plan.perDay : undefined;
}
