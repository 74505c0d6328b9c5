/**
 * The phone header's "Menu" button: a disclosure for the site links. Esc closes it and
 * gives focus back to the button; on wider screens the links are always shown (CSS).
 */
const button = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
const nav = document.querySelector<HTMLElement>('[data-site-nav]');

function setOpen(open: boolean): void {
  button?.setAttribute('aria-expanded', String(open));
  nav?.toggleAttribute('data-open', open);
}

if (button && nav) {
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  nav.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    setOpen(false);
    button.focus();
  });
}
