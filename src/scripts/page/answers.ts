/**
 * Answers are native <details>, readable without JavaScript. This adds: opening the answer
 * of the question named in the URL hash, "Expand all / Collapse all", and copying a
 * question's deep link from its link icon.
 */

function answersOf(question: Element): HTMLDetailsElement[] {
  return Array.from(question.querySelectorAll<HTMLDetailsElement>('details[data-answer]'));
}

function openFromHash(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id === '') return;
  const question = document.getElementById(id)?.closest('[data-question]');
  if (!question) return;
  for (const details of answersOf(question)) details.open = true;
  question.scrollIntoView({ block: 'start' });
}

function announce(message: string): void {
  const status = document.querySelector<HTMLElement>('[data-status]');
  if (!status) return;
  status.textContent = message;
  window.setTimeout(() => {
    if (status.textContent === message) status.textContent = '';
  }, 2500);
}

function setupToolbar(): void {
  for (const toolbar of document.querySelectorAll<HTMLElement>('[data-answer-toolbar]')) {
    toolbar.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-expand]');
      if (!button) return;
      const open = button.dataset['expand'] === 'all';
      for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-answer]')) details.open = open;
      announce(open ? 'All answers expanded' : 'All answers collapsed');
    });
  }
}

function setupDeepLinks(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-deep-link]');
    if (!link) return;
    event.preventDefault();
    const url = new URL(link.href, location.href).href;
    history.replaceState(null, '', url);
    openFromHash();
    navigator.clipboard?.writeText(url).then(
      () => announce('Link copied'),
      () => announce('Link ready in the address bar'),
    );
  });
}

setupToolbar();
setupDeepLinks();
openFromHash();
window.addEventListener('hashchange', openFromHash);
