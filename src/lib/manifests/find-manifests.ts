/**
 * Where the manifests of an answer are: fenced YAML (tagged, or untagged and inferred as YAML
 * the way the page highlights it) and heredocs in shell blocks
 * (`cat <<EOF | kubectl apply -f -`, `kubectl apply -f - <<'EOF'`, `cat > pod.yaml <<EOF`).
 * Each comes with the place in the file of every one of its lines, so a finding points at
 * the field.
 */
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

interface FencedCode {
  /** Info string: the language, then its meta (`yaml broken`). */
  lang: string;
  meta: string;
  /** Code lines, the fence's indentation removed as CommonMark removes it. */
  lines: string[];
  /** Index in the markdown of the first code line, and how many characters each line lost. */
  first: number;
  dropped: number[];
}

const OPEN = /^([ \t]*)(`{3,}|~{3,})[ \t]*([^`\s]*)[ \t]*(.*)$/;

/**
 * The fenced code blocks of a markdown fragment, found line by line: the same fences the
 * renderer sees, with no full parse (this runs on every answer of every build). A fence may be
 * indented, as it is inside a list item; the indentation of its opening line is taken off
 * every line of its code.
 */
function fencedBlocks(lines: readonly string[]): FencedCode[] {
  const blocks: FencedCode[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = OPEN.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', run = '', lang = '', meta = ''] = open;
    // CommonMark: the info string of a backtick fence may not contain a backtick.
    if (run[0] === '`' && meta.includes('`')) continue;
    const close = new RegExp(`^[ \\t]*${run[0] === '`' ? '`' : '~'}{${run.length},}[ \\t]*$`);
    const code: string[] = [];
    const dropped: number[] = [];
    let j = i + 1;
    for (; j < lines.length && !close.test(lines[j] ?? ''); j += 1) {
      const line = lines[j] ?? '';
      const cut = Math.min(indent.length, /^[ \t]*/.exec(line)?.[0].length ?? 0);
      code.push(line.slice(cut));
      dropped.push(cut);
    }
    blocks.push({ lang, meta, lines: code, first: i + 1, dropped });
    i = j;
  }
  return blocks;
}

/** The manifests in one answer's markdown, whose lines start at `positions` in the file. */
export function findManifests(markdown: string, positions: readonly SourcePosition[]): ManifestSource[] {
  // Most answers hold no fence at all: nothing to look at.
  if (!markdown.includes('```') && !markdown.includes('~~~')) return [];
  const found: ManifestSource[] = [];
  for (const block of fencedBlocks(markdown.split('\n'))) {
    const value = block.lines.join('\n');
    const at = (index: number, offset: number): SourcePosition => {
      const place = positions[block.first + index] ?? positions.at(-1) ?? { line: 1, column: 1 };
      return { line: place.line, column: place.column + (block.dropped[index] ?? 0) + offset };
    };
    const language = block.lang ? normaliseLanguage(block.lang) : inferLanguage(value);
    const broken = /\bbroken\b/i.test(block.meta);
    if (language === 'yaml') {
      found.push({
        yaml: value,
        positions: block.lines.map((_, i) => at(i, 0)),
        origin: 'fence',
        block: value,
        broken: broken || BROKEN_MARK.test(value),
      });
    } else if (SHELL.has(language)) {
      found.push(...heredocs(value, at, broken, value));
    }
  }
  return found;
}
