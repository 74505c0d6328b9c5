/**
 * Where the manifests of an answer are: fenced YAML (tagged, or untagged and inferred as YAML
 * the way the page highlights it) and heredocs in shell blocks
 * (`cat <<EOF | kubectl apply -f -`, `kubectl apply -f - <<'EOF'`, `cat > pod.yaml <<EOF`).
 * Each comes with the place in the file of every one of its lines, so a finding points at
 * the field.
 */
import type { Code } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { SourcePosition } from '../curriculum/types';
import { inferLanguage, normaliseLanguage } from '../render/plugins/infer-code-language';
import { BROKEN_MARK } from './placeholders';

export interface ManifestSource {
  /** The YAML stream (one or more `---` documents). */
  yaml: string;
  /** Where each line of `yaml` starts in the file. */
  positions: SourcePosition[];
  origin: 'fence' | 'heredoc';
  /** The code block it was found in, as its text reads, so that the page can mark that block. */
  block: string;
  /** Marked as broken on purpose: not checked. */
  broken: boolean;
}

const SHELL = new Set(['bash', 'shellsession']);

/** `<<EOF`, `<<-EOF`, `<< 'EOF'`, `<<"EOF"`; not the here-string `<<<`. */
const HEREDOC = /(?<!<)<<(-?)[ \t]*(['"]?)([A-Za-z_][\w-]*)\2/;

/** A heredoc worth checking: it feeds kubectl, writes a .yaml file, or reads like a manifest. */
function isManifestHeredoc(command: string, body: string): boolean {
  return /\bkubectl\b/.test(command) || /\.ya?ml\b/.test(command) || /^\s*(?:apiVersion|kind):/m.test(body);
}

function heredocs(code: string, at: (index: number, offset: number) => SourcePosition, broken: boolean, block: string): ManifestSource[] {
  const lines = code.split('\n');
  const found: ManifestSource[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const m = HEREDOC.exec(lines[i] ?? '');
    if (!m) continue;
    const [, dash, , word] = m;
    const body: { text: string; position: SourcePosition }[] = [];
    let j = i + 1;
    for (; j < lines.length; j += 1) {
      const raw = lines[j] ?? '';
      // A console transcript shows heredoc lines after the shell's "> " prompt.
      const prompt = /^> ?/.exec(raw)?.[0] ?? '';
      const text = raw.slice(prompt.length);
      if ((dash ? text.replace(/^\t+/, '') : text).trimEnd() === word) break;
      body.push({ text, position: at(j, prompt.length) });
    }
    const yaml = body.map((l) => l.text).join('\n');
    if (isManifestHeredoc(lines[i] ?? '', yaml)) {
      found.push({ yaml, positions: body.map((l) => l.position), origin: 'heredoc', block, broken: broken || BROKEN_MARK.test(yaml) });
    }
    i = j;
  }
  return found;
}

/** The manifests in one answer's markdown, whose lines start at `positions` in the file. */
export function findManifests(markdown: string, positions: readonly SourcePosition[]): ManifestSource[] {
  // Most answers hold no code at all: no need to parse them.
  if (!/```|~~~|^ {4}|\t/m.test(markdown)) return [];
  const lines = markdown.split('\n');
  const found: ManifestSource[] = [];
  visit(fromMarkdown(markdown), 'code', (node: Code) => {
    const start = node.position?.start.line;
    if (start === undefined) return;
    const opener = lines[start - 1] ?? '';
    // A fenced block's code starts on the line after its fence; an indented one's on its first line.
    const first = /^\s*(?:`{3,}|~{3,})/.test(opener) ? start : start - 1;
    const codeLines = node.value.split('\n');
    const at = (index: number, offset: number): SourcePosition => {
      const line = lines[first + index] ?? '';
      const place = positions[first + index] ?? positions.at(-1) ?? { line: 1, column: 1 };
      // The code line is its markdown line less the indentation the fence or list item took.
      const dropped = Math.max(0, line.length - (codeLines[index] ?? '').length);
      return { line: place.line, column: place.column + dropped + offset };
    };
    const language = node.lang ? normaliseLanguage(node.lang) : inferLanguage(node.value);
    const broken = /\bbroken\b/i.test(node.meta ?? '');
    if (language === 'yaml') {
      found.push({
        yaml: node.value,
        positions: codeLines.map((_, i) => at(i, 0)),
        origin: 'fence',
        block: node.value,
        broken: broken || BROKEN_MARK.test(node.value),
      });
    } else if (SHELL.has(language)) {
      found.push(...heredocs(node.value, at, broken, node.value));
    }
  });
  return found;
}
