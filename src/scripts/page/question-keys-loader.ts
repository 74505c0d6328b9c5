/**
 * The eager part of the reading keys (j/k, o or Enter, 1/2, ?): decides at once whether a
 * key is ours, so the browser's own use of it can be stopped, and fetches the code that acts
 * on it with the first such key. A reader who never presses one loads nothing more.
 */
import { isTypingField, keyAction } from '../../lib/site/question-keys';

if (document.querySelector('article[data-question]')) {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    const action = keyAction(event, { typing: isTypingField(target), onQuestion: target?.matches('article[data-question]') ?? false });
    if (action === null) return;
    event.preventDefault();
    void import('./question-keys').then(({ runKeyAction }) => runKeyAction(action));
  });
}
