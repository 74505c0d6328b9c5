import { isCommandWord } from './shell-commands';

const SHELL = new Set(['bash', 'sh', 'shellsession', 'zsh']);

/**
 * The text a reader wants on the clipboard: shell code without its `$ ` and root `# `
 * prompts. In a console session only the prompt lines are commands; the rest is output.
 * A `# ` line is a prompt only when a command follows, so comments are kept.
 */
export function stripPrompts(code: string, lang: string | undefined): string {
  if (lang === undefined || !SHELL.has(lang)) return code;
  const lines = code.replace(/\n$/, '').split('\n');
  const isPrompt = (line: string) =>
    /^\s*\$\s/.test(line) || (/^\s*#\s+\S/.test(line) && isCommandWord(line.trim().slice(1).trim().split(/\s+/)[0] ?? ''));
  const unprompt = (line: string) => line.replace(/^\s*[$#]\s+/, '');
  if (lang === 'shellsession' && lines.some(isPrompt)) {
    return lines.filter(isPrompt).map(unprompt).join('\n');
  }
  return lines.map((line) => (isPrompt(line) ? unprompt(line) : line)).join('\n');
}
