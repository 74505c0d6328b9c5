/**
 * A "Copy" button on every highlighted code block; added by script since it needs one. The
 * prompt stripping (with its list of commands) loads with the first copy, not with the page.
 */
const stripping = () => import('../../lib/site/strip-prompts');

async function copyText(text: Promise<string>): Promise<void> {
  // A promised clipboard item keeps the click's permission while the stripper loads
  // (Safari refuses a write that comes after an await); plain writeText where there is none.
  if (typeof ClipboardItem === 'function' && 'write' in navigator.clipboard) {
    const blob = text.then((value) => new Blob([value], { type: 'text/plain' }));
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
  } else await navigator.clipboard.writeText(await text);
}

for (const pre of document.querySelectorAll<HTMLPreElement>('pre.shiki')) {
  const wrapper = document.createElement('div');
  wrapper.className = 'code-block';
  pre.replaceWith(wrapper);
  wrapper.append(pre);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', 'Copy code to clipboard');
  button.addEventListener('pointerenter', () => void stripping(), { once: true });
  button.addEventListener('click', async () => {
    const raw = pre.querySelector('code')?.textContent ?? pre.textContent ?? '';
    try {
      await copyText(stripping().then(({ stripPrompts }) => stripPrompts(raw, pre.dataset['lang'])));
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Copy failed';
    }
    window.setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
  wrapper.append(button);
}
