/** "Check" for multiple-choice questions: marks the options right or wrong and opens the answer. */
import { choiceMark, gradeChoice } from '../../lib/study/grade-choice';

for (const form of document.querySelectorAll<HTMLFieldSetElement>('[data-choices]')) {
  const button = form.querySelector<HTMLButtonElement>('[data-choices-check]');
  const result = form.querySelector<HTMLElement>('[data-choices-result]');
  if (!button || !result) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    const correct = (form.dataset['correct'] ?? '').split(',');
    const picked = Array.from(form.querySelectorAll<HTMLInputElement>('input:checked'), (input) => input.value);
    const grade = gradeChoice(picked, correct);
    result.textContent = grade.message;
    result.dataset['right'] = String(grade.right);
    for (const label of form.querySelectorAll<HTMLElement>('[data-choice]')) {
      label.dataset['mark'] = choiceMark(label.dataset['choice'] ?? '', picked, correct);
    }
    form.closest('[data-question]')?.querySelector<HTMLDetailsElement>('details[data-answer]')?.setAttribute('open', '');
  });
}
