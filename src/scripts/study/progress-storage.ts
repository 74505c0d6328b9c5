/**
 * Study progress in localStorage (key and change events: progress-key.ts). Pages announce
 * changes with PROGRESS_EVENT so every progress view on the page (and, through the storage
 * event, in other tabs) follows.
 */
import { emptyProgress, parseProgress, type Progress } from '../../lib/study/progress-schema';
import { PROGRESS_EVENT, PROGRESS_KEY } from './progress-key';

// Pages that read progress also follow its changes; one import serves both.
export { onProgressChange } from './progress-key';

/** Where unreadable stored progress is moved before anything overwrites it. */
const UNREADABLE_KEY = `${PROGRESS_KEY}:unreadable`;

export interface Loaded {
  progress: Progress;
  /** Why the stored progress could not be used, if it could not. */
  problem?: string;
}

export function loadProgress(): Loaded {
  let raw: string | null;
  try {
    raw = localStorage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress(), problem: 'This browser does not allow the site to store data, so progress is not kept.' };
  }
  if (raw === null) return { progress: emptyProgress() };
  let result;
  try {
    result = parseProgress(JSON.parse(raw));
  } catch (error) {
    result = { ok: false as const, error: (error as Error).message };
  }
  if (result.ok) return { progress: result.progress };
  try {
    localStorage.setItem(UNREADABLE_KEY, raw);
  } catch {
    // Nothing more can be done to keep it.
  }
  return {
    progress: emptyProgress(),
    problem: `The saved progress could not be read (${result.error}); starting afresh. The old data is kept under "${UNREADABLE_KEY}".`,
  };
}

/** Save and tell the page; returns an error message when the browser refuses. */
export function saveProgress(progress: Progress): string | undefined {
  try {
    // Compact: localStorage is small (about 5 MB per origin); the exported file is indented.
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch (error) {
    return `Progress could not be saved: ${(error as Error).message || 'storage is full or disabled'}.`;
  }
  window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
  return undefined;
}

export function clearProgress(): string | undefined {
  try {
    localStorage.removeItem(PROGRESS_KEY);
  } catch (error) {
    return `Progress could not be reset: ${(error as Error).message}.`;
  }
  window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
  return undefined;
}
