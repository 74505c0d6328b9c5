/**
 * The options of a multiple-choice flashcard, as the domain page offers them (Choices.astro):
 * radio buttons for one pick, checkboxes for several; a letter key picks its option.
 */
import type { DeckChoices } from '../../lib/study/deck';
import { choiceMark } from '../../lib/study/grade-choice';

const inputs = (fieldset: HTMLFieldSetElement) => Array.from(fieldset.querySelectorAll<HTMLInputElement>('input'));

/** Fills the fieldset with the card's options, or hides it for a card without any. */
export function renderChoices(fieldset: HTMLFieldSetElement, choices: DeckChoices | undefined): void {
  fieldset.hidden = choices === undefined;
  fieldset.disabled = false;
  const legend = fieldset.querySelector('legend')!;
  const list = fieldset.querySelector<HTMLElement>('[data-card-options]')!;
  if (!choices) return list.replaceChildren();
  legend.textContent = choices.pick > 1 ? `Choose ${choices.pick}` : 'Choose one';
  const type = choices.pick > 1 ? 'checkbox' : 'radio';
  list.replaceChildren(
    ...choices.options.map((option) => {
      const label = document.createElement('label');
      label.className = 'choice';
      label.dataset['choice'] = option.key;
      const input = Object.assign(document.createElement('input'), { type, name: 'card-choice', value: option.key });
      const key = Object.assign(document.createElement('span'), { className: 'choice-key', textContent: `${option.key}.` });
      const text = document.createElement('span');
      text.innerHTML = option.html;
      label.append(input, key, ' ', text);
      return label;
    }),
  );
}

export function pickedKeys(fieldset: HTMLFieldSetElement): string[] {
  return inputs(fieldset)
    .filter((input) => input.checked)
    .map((input) => input.value);
}

/** Picks (or, for a checkbox, toggles) the option with this letter; false when there is none. */
export function pickByKey(fieldset: HTMLFieldSetElement, key: string): boolean {
  const input = inputs(fieldset).find((i) => i.value.toLowerCase() === key.toLowerCase());
  if (!input || fieldset.disabled) return false;
  input.checked = input.type === 'checkbox' ? !input.checked : true;
  input.focus();
  return true;
}

/** After the check: right options and wrong picks marked, and the pick can no longer change. */
export function markChoices(fieldset: HTMLFieldSetElement, correct: readonly string[], picked: readonly string[]): void {
  for (const label of fieldset.querySelectorAll<HTMLElement>('[data-choice]')) {
    label.dataset['mark'] = choiceMark(label.dataset['choice'] ?? '', picked, correct);
  }
  fieldset.disabled = true;
}

export function focusFirstChoice(fieldset: HTMLFieldSetElement): void {
  inputs(fieldset)[0]?.focus();
}
