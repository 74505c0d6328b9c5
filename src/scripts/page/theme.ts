/**
 * The theme toggle. The page follows the system's colour scheme until the reader picks one;
 * the choice is remembered. The initial theme is applied by the inline script in the head,
 * before first paint, to avoid a flash of the wrong theme.
 */
const KEY = 'cks-study:theme';

function current(): 'light' | 'dark' {
  const explicit = document.documentElement.dataset['theme'];
  if (explicit === 'light' || explicit === 'dark') return explicit;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  const sync = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
  sync();
  button.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset['theme'] = next;
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Private mode or storage disabled: the toggle still works for this page.
    }
    sync();
  });
}
