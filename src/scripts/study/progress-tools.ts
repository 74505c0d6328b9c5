/** Export, import and reset of the study progress on /study/. */
import { parseProgressFile, serializeProgress } from '../../lib/study/progress-schema';
import { cardCount, localDay, pruneProgress } from '../../lib/study/progress-records';
import { mergeProgress } from '../../lib/study/progress-merge';
import { clearProgress, loadProgress, saveProgress } from './progress-storage';
import { deckAnchors, loadDeck } from './study-deck';
import { plural } from '../../lib/site/labels';

const tools = document.querySelector<HTMLElement>('[data-progress-tools]');
const message = document.querySelector<HTMLElement>('[data-tools-message]');
const dialog = document.querySelector<HTMLDialogElement>('[data-reset-dialog]');

function say(text: string, isError = false): void {
  if (!message) return;
  message.textContent = text;
  message.classList.toggle('error', isError);
  // An error interrupts; a confirmation waits its turn.
  message.setAttribute('aria-live', isError ? 'assertive' : 'polite');
}

const questions = (n: number) => plural(n, 'question');
const reviews = (n: number) => plural(n, 'review');

function exportProgress(): void {
  const { progress } = loadProgress();
  const url = URL.createObjectURL(new Blob([serializeProgress(progress)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `cks-study-progress-${localDay(new Date())}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  say(`Exported the progress of ${questions(cardCount(progress))} and ${reviews(progress.log.length)} to ${link.download}.`);
}

async function importProgress(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    say(`Import failed: ${file.name} could not be read (${(error as Error).message}). Nothing was changed.`, true);
    return;
  }
  const result = parseProgressFile(text);
  if (!result.ok) {
    say(`Import failed: ${file.name} was not imported. ${result.error} Nothing was changed.`, true);
    return;
  }
  let fromFile = result.progress;
  let skipped = 0;
  try {
    ({ progress: fromFile, removed: skipped } = pruneProgress(fromFile, deckAnchors(await loadDeck())));
  } catch {
    // Without the card list, keep everything; the flashcard page prunes once it loads.
  }
  // Merged, not replaced: what was studied here since the file was exported stays.
  const progress = mergeProgress(loadProgress().progress, fromFile);
  const error = saveProgress(progress);
  if (error) {
    say(`Import failed: ${error} Nothing was changed.`, true);
    return;
  }
  const note =
    skipped > 0
      ? ` ${questions(skipped)} in the file ${skipped === 1 ? 'is' : 'are'} not in this curriculum and ${skipped === 1 ? 'was' : 'were'} skipped.`
      : '';
  const imported = `${questions(cardCount(fromFile))} and ${reviews(fromFile.log.length)}`;
  say(`Imported the progress of ${imported} from ${file.name}, merged with this browser's.${note}`);
}

if (tools && dialog) {
  tools.hidden = false;
  tools.querySelector('[data-export]')?.addEventListener('click', exportProgress);
  const input = tools.querySelector<HTMLInputElement>('[data-import]');
  input?.addEventListener('change', () => void importProgress(input));
  tools.querySelector('[data-reset]')?.addEventListener('click', () => {
    const count = dialog.querySelector('[data-reset-count]');
    if (count) count.textContent = questions(cardCount(loadProgress().progress));
    dialog.returnValue = '';
    dialog.showModal();
  });
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'reset') {
      say('Reset cancelled; your progress is unchanged.');
      return;
    }
    const error = clearProgress();
    say(error ?? 'All progress was reset.', error !== undefined);
  });
}
