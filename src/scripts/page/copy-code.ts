import { stripPrompts } from '../../lib/site/strip-prompts';

/** A "Copy" button on every highlighted code block; added by script since it needs one. */
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
  button.addEventListener('click', async () => {
    const text = stripPrompts(pre.querySelector('code')?.textContent ?? pre.textContent ?? '', pre.dataset['lang']);
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Copy failed';
    }
    window.setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
  wrapper.append(button);
}
