/**
 * The progress views' eager part. With nothing stored, the views as built (all questions
 * new, readiness 0%) are already right, so they are shown as they are and the code that
 * reads and summarises progress (study-progress.ts) loads only once there is progress to
 * show. With progress stored, they keep their place but stay invisible until filled in
 * (`data-progress-pending`, study.css), so neither zeros flash nor the page moves.
 */
import { hasStoredProgress, onProgressChange } from './progress-key';

const views = document.querySelectorAll<HTMLElement>('[data-study-progress]');
if (views.length > 0) {
  let loading: Promise<unknown> | undefined;
  const load = () => (loading ??= import('./study-progress'));
  if (hasStoredProgress()) void load();
  else {
    for (const view of views) view.removeAttribute('data-progress-pending');
    onProgressChange(() => void load());
  }
}
