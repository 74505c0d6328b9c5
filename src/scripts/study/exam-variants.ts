/** Shows one of the messages of a `.variants` box (study.css), all of which are in the page and keep its height. */
export function showVariant(box: Element | null, name: string): void {
  for (const variant of box?.querySelectorAll<HTMLElement>(':scope > [data-variant]') ?? []) {
    variant.toggleAttribute('data-active', variant.dataset['variant'] === name);
  }
}
