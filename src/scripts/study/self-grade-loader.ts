/**
 * "I knew it" / "Review again" appear once an answer is opened, so their code
 * (self-grade.ts, with progress storage) loads then: with the first answer opened, or at
 * once when one is already open (a deep link).
 */
const OPENED = 'details[data-answer][open]';

if (document.querySelector('[data-study-domain]')) {
  const load = () => {
    document.removeEventListener('toggle', onToggle, true);
    void import('./self-grade');
  };
  // `toggle` does not bubble: listen in the capture phase to hear every answer.
  const onToggle = (event: Event) => {
    if (event.target instanceof HTMLDetailsElement && event.target.matches(OPENED)) load();
  };
  if (document.querySelector(OPENED)) load();
  else document.addEventListener('toggle', onToggle, true);
}
