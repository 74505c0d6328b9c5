/**
 * Where a part of a question stands in it: a part named `Prerequisites` or `Setup` prepares
 * the task, so it comes before the task text; `Clean up` undoes it, so it comes after the
 * solutions. Repositories write them wherever the author thought of them.
 */
import type { AnswerPart, PartRole } from './types';

const SETUP = /^(?:prerequisites?|pre-?reqs?|set ?up|preparation)\b/i;
const CLEANUP = /^(?:clean ?-?up|tear ?-?down)\b/i;

export function partRole(label: string | null): PartRole {
  if (label === null) return 'answer';
  if (SETUP.test(label)) return 'setup';
  return CLEANUP.test(label) ? 'cleanup' : 'answer';
}

/**
 * Setup parts first, then the rest, then clean-up parts, each group in the author's order.
 * A setup part's prompt is the task (or part of it), so it stays where it was: joined to
 * the next part that is not setup, or returned as `leftover` for the afterword. A clean-up
 * part that no answer precedes leaves its prompt behind the same way.
 */
export function orderParts(parts: AnswerPart[]): { parts: AnswerPart[]; leftover: string } {
  const setup: AnswerPart[] = [];
  const middle: AnswerPart[] = [];
  const cleanup: AnswerPart[] = [];
  let pending: string[] = [];
  let answered = false;
  for (const part of parts) {
    const keepsPrompt = part.role === 'answer' || (part.role === 'cleanup' && answered);
    if (!keepsPrompt) {
      if (part.prompt !== '') pending.push(part.prompt);
      (part.role === 'setup' ? setup : cleanup).push({ ...part, prompt: '' });
      continue;
    }
    const prompt = [...pending, part.prompt].filter((p) => p !== '').join('\n\n');
    pending = [];
    (part.role === 'cleanup' ? cleanup : middle).push({ ...part, prompt });
    if (part.role === 'answer') answered = true;
  }
  return { parts: [...setup, ...middle, ...cleanup], leftover: pending.join('\n\n') };
}
