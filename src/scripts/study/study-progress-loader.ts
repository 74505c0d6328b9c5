/**
 * The progress tables' eager part. With nothing stored, the table as built (all questions
 * new, readiness 0%) is already right, so it is shown as is and the code that reads and
 * summarises progress (study-progress.ts) loads only once there is progress to show.
 */
import { hasStoredProgress, onProgressChange } from './progress-key';

const sections = document.querySelectorAll<HTMLElement>('[data-study-progress]');
if (sections.length > 0) {
  // Progress is kept in the browser by script; say so only where no script runs.
  for (const note of document.querySelectorAll<HTMLElement>('[data-needs-script]')) note.hidden = true;
  let loading: Promise<unknown> | undefined;
  const load = () => (loading ??= import('./study-progress'));
  // With progress stored, the tables stay hidden until filled in, so zeros never flash.
  if (hasStoredProgress()) void load();
  else {
    for (const section of sections) section.hidden = false;
    onProgressChange(() => void load());
  }
}
