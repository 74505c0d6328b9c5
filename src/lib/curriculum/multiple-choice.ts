/**
 * Multiple-choice questions, as practice-test repositories write them: the options a list of
 * lettered items in the task, the answer block saying which are right.
 *
 *   1. Which flag prints a manifest without creating it? (Choose ONE)
 *      - A. --output=none                     ->  options A, B, C
 *      - B. --dry-run=client -o yaml               correct ["B"], pick 1
 *      - C. --preview
 *      <details><summary>Answer</summary>Correct answer: B</details>
 */
import type { Choices } from './types';

const OPTION = /^[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?:\*\*)?\(?([A-H])[.):](?:\*\*)?[ \t]+(.+?)[ \t]*$/;
// Letters in capitals, followed by the end of the sentence: "The answer is a Deployment" names none.
const CORRECT =
  /\b(?:[Cc]orrect [Aa]nswers?|CORRECT ANSWERS?|[Aa]nswers?|ANSWERS?|[Ss]olution)\s*(?:is|are)?\s*[:=\-–]?\s*(?:\*\*|__)?\s*([A-H](?:\s*(?:,|and|&|\/)\s*[A-H])*)(?=\s*(?:$|[.),;!]|\*\*|__))/m;
const BOLD_LETTERS = /^[ \t]*(?:\*\*|__)\s*((?:[A-H])(?:\s*(?:,|and|&)\s*[A-H])*)\s*(?:\*\*|__)[ \t]*$/m;
const PICK = /\((?:choose|select|pick)\s+(one|two|three|four|\d)\b[^)]*\)/i;
const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4 };

/** The lettered options of `prompt` (A, B, C... in order, at least two), and the prompt without them. */
export function readOptions(prompt: string): { options: Choices['options']; rest: string } | null {
  const lines = prompt.split('\n');
  const options: Choices['options'] = [];
  const kept: string[] = [];
  for (const line of lines) {
    const m = OPTION.exec(line);
    const key = m?.[1];
    if (m && key && key.charCodeAt(0) - 65 === options.length) options.push({ key, markdown: m[2] ?? '' });
    else kept.push(line);
  }
  if (options.length < 2) return null;
  return { options, rest: kept.join('\n').trim() };
}

/** The letters an answer names as right: "Correct answer: B", "Answer: B, D", or a bold "**B**" line. */
export function readCorrect(answer: string, keys: readonly string[]): string[] {
  const named = CORRECT.exec(answer)?.[1] ?? BOLD_LETTERS.exec(answer)?.[1] ?? '';
  const letters = [...new Set(named.toUpperCase().match(/[A-H]/g) ?? [])];
  return letters.every((l) => keys.includes(l)) ? letters : [];
}

/** How many options the reader picks: "(Choose TWO)" in the task, else as many as are right. */
export function readPick(text: string, correct: readonly string[]): number {
  const word = PICK.exec(text)?.[1]?.toLowerCase();
  if (word === undefined) return Math.max(1, correct.length);
  return NUMBERS[word] ?? Number(word);
}

/** The choices of a question whose task lists lettered options and whose answer names the right ones. */
export function readChoices(title: string, prompt: string, answer: string): { choices: Omit<Choices, 'prompt'>; prompt: string } | null {
  const found = readOptions(prompt);
  if (!found) return null;
  const correct = readCorrect(
    answer,
    found.options.map((o) => o.key),
  );
  if (correct.length === 0) return null;
  return { choices: { options: found.options, correct, pick: readPick(`${title}\n${prompt}`, correct) }, prompt: found.rest };
}
