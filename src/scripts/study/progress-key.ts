/**
 * Where study progress lives and how pages hear of changes: the part of progress storage
 * that every page needs before any interaction. Reading and validating the stored data
 * (progress-storage.ts) loads only where there is progress to show.
 */
const BASE = import.meta.env.BASE_URL;
/** One key per site base, so two curricula hosted on one origin keep separate progress. */
export const PROGRESS_KEY = `cks-study:progress${BASE === '/' ? '' : `:${BASE}`}`;
export const PROGRESS_EVENT = 'cks-study:progress';

/** Whether anything is stored under the progress key (false when storage is disabled). */
export function hasStoredProgress(): boolean {
  try {
    return localStorage.getItem(PROGRESS_KEY) !== null;
  } catch {
    return false;
  }
}

/** Call `listener` whenever progress changes here or in another tab of the site. */
export function onProgressChange(listener: () => void): void {
  window.addEventListener(PROGRESS_EVENT, listener);
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) listener();
  });
}
