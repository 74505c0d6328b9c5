/**
 * Printing any page prints every answer. Before printing, every closed <details> opens;
 * after printing, exactly the ones that were closed close again, so the reader finds the
 * page as they left it. print.css also shows closed answers when this script cannot run
 * (no JavaScript, or print media emulated without a print).
 */
let reopened: HTMLDetailsElement[] = [];

/** Print the URL after external links, unless the link text already is the URL. */
function markBareLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href^="http"]:not([data-print-bare])')) {
    const text = (link.textContent ?? '').trim().replace(/\/+$/, '');
    if (text === link.href.replace(/\/+$/, '') || text === link.getAttribute('href')?.replace(/\/+$/, '')) {
      link.dataset['printBare'] = '';
    }
  }
}

/** In-page links to a question print that question's title (print.css reads data-print-title). */
function titleInPageLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href^="#"]:not([data-deep-link]):not([data-print-title])')) {
    const id = decodeURIComponent(link.hash.slice(1));
    const question = id === '' ? null : document.getElementById(id)?.closest('[data-question]');
    const heading = question?.querySelector('h1, h2, h3, h4, h5, h6');
    if (!heading || heading.contains(link)) continue;
    const title = (heading.textContent ?? '').replace(/^\s*#\s*/, '').trim();
    if (title !== '' && title !== (link.textContent ?? '').trim()) link.dataset['printTitle'] = title;
  }
}

window.addEventListener('beforeprint', () => {
  reopened = Array.from(document.querySelectorAll<HTMLDetailsElement>('details:not([open])'));
  for (const details of reopened) details.open = true;
  markBareLinks();
  titleInPageLinks();
});

window.addEventListener('afterprint', () => {
  for (const details of reopened) details.open = false;
  reopened = [];
});
