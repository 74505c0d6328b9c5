/**
 * Turns the raw file into body lines that remember their place in the original file:
 * the BOM goes, CRLF and CR become LF, and an optional YAML frontmatter is read.
 * Columns are unchanged by all three; lines shift only by the frontmatter's length.
 */
import { parseDocument } from 'yaml';
import type { Reporter } from './diagnostics';
import { languageTag } from './language';
import type { SourceLine } from './line-syntax';

export interface Overrides {
  title?: string;
  weight?: number;
  order?: number;
  slug?: string;
  /** A BCP 47 tag, canonical (`zh-CN`). */
  lang?: string;
}

export interface Normalized {
  lines: SourceLine[];
  /** Frontmatter as parsed; {} when there is none or it is invalid. */
  frontmatter: Record<string, unknown>;
  overrides: Overrides;
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

export function normalizeSource(source: string, reporter: Reporter): Normalized {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const all = text.split('\n');
  // A final newline ends the last line; it does not start another one.
  if (all.length > 1 && all.at(-1) === '') all.pop();
  const toLines = (from: number): SourceLine[] => all.slice(from).map((t, i) => ({ text: t, line: from + i + 1, col: 1 }));

  if (!FENCE.test(all[0] ?? '')) return { lines: toLines(0), frontmatter: {}, overrides: {} };
  const close = all.findIndex((l, i) => i > 0 && CLOSE.test(l));
  if (close === -1) {
    // Without a closing line, `---` is a thematic break; only report it when YAML follows.
    if (/^[A-Za-z_][\w-]*\s*:/.test(all[1] ?? '')) {
      reporter.error(
        1,
        1,
        'invalid-frontmatter',
        'frontmatter opened here is never closed with "---"; it is kept as content. Hint: add a "---" line after the last key.',
      );
    }
    return { lines: toLines(0), frontmatter: {}, overrides: {} };
  }

  const yamlLines = all.slice(1, close);
  const doc = parseDocument(yamlLines.join('\n'));
  const problem = doc.errors[0];
  let data: unknown = undefined;
  if (!problem) {
    try {
      data = doc.toJS();
    } catch {
      data = undefined;
    }
  }
  const isMap = data === null || (typeof data === 'object' && data !== undefined && !Array.isArray(data));
  if (problem || !isMap) {
    // Invalid frontmatter is kept as content, so nothing the author wrote disappears.
    const at = problem?.linePos?.[0];
    const line = at ? at.line + 1 : 1;
    // yaml's own "at line 2, column 3" counts from the frontmatter, not the file: drop it.
    const reason = problem
      ? (problem.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
      : 'expected "key: value" pairs';
    reporter.error(line, at?.col ?? 1, 'invalid-frontmatter', `invalid frontmatter: ${reason}; it is kept as content`);
    return { lines: toLines(0), frontmatter: {}, overrides: {} };
  }

  const frontmatter = (data ?? {}) as Record<string, unknown>;
  const keyLine = (key: string): number => {
    const i = yamlLines.findIndex((l) => new RegExp(`^${key}\\s*:`).test(l));
    return i === -1 ? 1 : i + 2;
  };
  return { lines: toLines(close + 1), frontmatter, overrides: readOverrides(frontmatter, keyLine, reporter) };
}

function readOverrides(fm: Record<string, unknown>, keyLine: (key: string) => number, reporter: Reporter): Overrides {
  const out: Overrides = {};
  const bad = (key: string, expected: string): void =>
    reporter.error(
      keyLine(key),
      1,
      'invalid-frontmatter',
      `frontmatter "${key}" should be ${expected}, found ${JSON.stringify(fm[key])}; it is ignored`,
    );

  if (fm.title !== undefined) {
    if (typeof fm.title === 'string' && fm.title.trim() !== '') out.title = fm.title.trim();
    else bad('title', 'a non-empty string');
  }
  if (fm.weight !== undefined) {
    // "20" and "20%" are what authors write in titles, so accept them here too.
    const m = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(String(fm.weight));
    if (m && (typeof fm.weight === 'number' || typeof fm.weight === 'string')) out.weight = Number(m[1]);
    else bad('weight', 'a percentage such as 20');
  }
  if (fm.order !== undefined) {
    if (typeof fm.order === 'number' && Number.isFinite(fm.order)) out.order = fm.order;
    else bad('order', 'a number');
  }
  if (fm.slug !== undefined) {
    if (typeof fm.slug === 'string' && /^[a-z0-9][a-z0-9/_-]*$/i.test(fm.slug.trim())) out.slug = fm.slug.trim();
    else bad('slug', 'URL segments such as "monitoring" or "ckad/pod-design"');
  }
  if (fm.lang !== undefined) {
    const tag = languageTag(fm.lang);
    // Only a warning: the file is still read, and its language is detected instead.
    if (tag !== null) out.lang = tag;
    else
      reporter.warn(
        keyLine('lang'),
        1,
        'invalid-lang',
        `frontmatter "lang" should be a language tag such as "zh" or "zh-CN", found ${JSON.stringify(fm.lang)}; the language is detected from the text instead`,
      );
  }
  return out;
}
