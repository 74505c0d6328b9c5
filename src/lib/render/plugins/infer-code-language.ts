/**
 * Pure language inference for fenced code, kept apart from the remark plugin so it can be
 * unit-tested on strings. Curriculum authors leave many fences untagged or tag them in
 * their own spelling (`YAML`, `Shell`, `Dockerfile`); we normalise both so that every
 * block gets highlighted.
 */
import { isCommandWord } from '../../site/shell-commands';

const ALIASES: Record<string, string> = {
  sh: 'bash',
  shell: 'bash',
  zsh: 'bash',
  bash: 'bash',
  console: 'shellsession',
  terminal: 'shellsession',
  shellsession: 'shellsession',
  yml: 'yaml',
  yaml: 'yaml',
  docker: 'dockerfile',
  dockerfile: 'dockerfile',
  containerfile: 'dockerfile',
  json: 'json',
  jsonc: 'jsonc',
  text: 'text',
  txt: 'text',
  plain: 'text',
  plaintext: 'text',
  none: 'text',
};

/** Lower-cased tag mapped to a Shiki language id; unknown tags pass through lower-cased. */
export function normaliseLanguage(tag: string): string {
  const lower = tag.trim().toLowerCase();
  return ALIASES[lower] ?? lower;
}

function isShellLine(line: string): boolean {
  const trimmed = line.trim();
  // `$ cmd` and `# cmd` are prompts; `# comment text` is still shell.
  if (/^[$#]\s*\S/.test(trimmed)) return true;
  return isCommandWord(trimmed.split(/\s+/)[0] ?? '');
}

function isYamlLine(line: string): boolean {
  const trimmed = line.trim();
  return /^-?\s*[A-Za-z_"'][\w.\-/"' ]*:(\s|$)/.test(trimmed) || /^-\s+\S/.test(trimmed) || trimmed === '---';
}

/**
 * Guess the language of an untagged fence: shell when its first meaningful line is a
 * command or prompt, YAML when most lines are `key: value` or `- item`, else plain text.
 */
export function inferLanguage(code: string): string {
  const lines = code.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0) return 'text';
  if (/^\s*(apiVersion|kind):/m.test(code)) return 'yaml';
  if (isShellLine(lines[0]!)) return 'bash';
  const yamlLines = lines.filter(isYamlLine).length;
  if (lines.length >= 2 && yamlLines / lines.length >= 0.6) return 'yaml';
  return 'text';
}
