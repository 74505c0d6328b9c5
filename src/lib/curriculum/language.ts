/**
 * The language a domain file is written in, as a BCP 47 tag for its pages' `lang`: frontmatter
 * `lang` when it is a tag (normalize.ts reads it), else the script most of its prose is
 * written in, else the site's language.
 *
 * ```
 * ## 创建一个只读根文件系统的 Pod            -> zh   (Han, no kana)
 * ## 読み取り専用のファイルシステムを使う     -> ja   (Han with Hiragana/Katakana)
 * ## Создайте Pod с NetworkPolicy           -> ru   (Cyrillic)
 * ## What does 容器 mean?                    -> en   (a few quoted words are no majority)
 * ```
 *
 * Code (fences, inline code), URLs and HTML tags are left out: a Chinese translation keeps
 * its YAML and commands in English. A Han, kana or Hangul character counts as three Latin
 * letters, about the share of a word each carries, so a Chinese sentence that names `Pod` and
 * `kubectl` is still Chinese. A language named in the file name (`README_zh-CN.md`,
 * `README.zh.md`, `ja/`, `-ru`) only settles a file whose script has no clear majority.
 */

/** The language of the site's own pages and of a file with no other. */
export const SITE_LANGUAGE = 'en';

/** What the script of a file's prose says, in weighted letters per script. */
export type ScriptCounts = Record<Script, number>;

type Script = 'latin' | 'han' | 'kana' | 'hangul' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'thai' | 'devanagari';

/** Each script but Latin and the CJK ones is one language here; Han is settled by its neighbours. */
const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  hangul: 'ko',
  cyrillic: 'ru',
  greek: 'el',
  arabic: 'ar',
  hebrew: 'he',
  thai: 'th',
  devanagari: 'hi',
};

/**
 * Unicode blocks of each script, by first and last code unit, looked up in a table of every
 * UTF-16 code unit (`\p{Script=…}` per character took six times as long on a 5 MB file).
 * A high surrogate of planes 2-3 is Han (extensions B-H).
 */
const BLOCKS: ReadonlyArray<readonly [number, number, Script]> = [
  [0x0041, 0x005a, 'latin'],
  [0x0061, 0x007a, 'latin'],
  [0x00c0, 0x024f, 'latin'],
  [0x0370, 0x03ff, 'greek'],
  [0x0400, 0x052f, 'cyrillic'],
  [0x0590, 0x05ff, 'hebrew'],
  [0x0600, 0x06ff, 'arabic'],
  [0x0750, 0x077f, 'arabic'],
  [0x0900, 0x097f, 'devanagari'],
  [0x0e00, 0x0e7f, 'thai'],
  [0x1100, 0x11ff, 'hangul'],
  [0x1e00, 0x1eff, 'latin'],
  [0x1f00, 0x1fff, 'greek'],
  [0x3040, 0x30ff, 'kana'],
  [0x3130, 0x318f, 'hangul'],
  [0x31f0, 0x31ff, 'kana'],
  [0x3400, 0x4dbf, 'han'],
  [0x4e00, 0x9fff, 'han'],
  [0xac00, 0xd7af, 'hangul'],
  [0xd840, 0xd87f, 'han'],
  [0xf900, 0xfaff, 'han'],
];

const SCRIPT_NAMES = [...new Set(BLOCKS.map(([, , script]) => script))];

/** Code unit -> 1 + index in SCRIPT_NAMES, 0 for no letter; built on first use. */
let scriptTable: Uint8Array | undefined;

function table(): Uint8Array {
  if (scriptTable) return scriptTable;
  const built = new Uint8Array(0x10000);
  for (const [first, last, script] of BLOCKS) built.fill(SCRIPT_NAMES.indexOf(script) + 1, first, last + 1);
  // × and ÷ sit among the Latin letters.
  built[0xd7] = built[0xf7] = 0;
  return (scriptTable = built);
}

/** A CJK character holds about a short word: three Latin letters' worth. */
const WIDE: ReadonlySet<Script> = new Set(['han', 'kana', 'hangul']);
const WIDE_WEIGHT = 3;
/** A script is the file's language when it has more than this share of the weighted letters. */
const MAJORITY = 0.5;
/** Below a majority, a file name's language settles it when its script has at least this share. */
const HINT_SHARE = 0.2;
/** Japanese writes Han with kana; Chinese has none, so a little kana means Japanese. */
const KANA_SHARE = 0.1;

/**
 * A frontmatter value as a canonical BCP 47 tag (`zh-cn` -> `zh-CN`), or null when it is none.
 * The primary subtag must be an ISO 639 code (2 or 3 letters), which is what `lang` and
 * Pagefind expect; `Intl.getCanonicalLocales` checks the rest of the tag.
 */
export function languageTag(value: unknown): string | null {
  if (typeof value !== 'string' || !/^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i.test(value.trim())) return null;
  try {
    return Intl.getCanonicalLocales(value.trim())[0] ?? null;
  } catch {
    return null;
  }
}

/** The prose of markdown: fenced code, inline code, HTML comments and tags, URLs and link targets removed. */
export function proseOf(markdown: string): string {
  return markdown
    .replace(/^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]*\1[`~]*[ \t]*$|(?![\s\S]))/gm, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/(`+)[^`]*?\1/g, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/(?:https?|ftp|file):\/\/\S+/gi, ' ');
}

/** Letters of each script in `text`, a CJK character counted as WIDE_WEIGHT; digits and punctuation not at all. */
export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = {
    latin: 0,
    han: 0,
    kana: 0,
    hangul: 0,
    cyrillic: 0,
    greek: 0,
    arabic: 0,
    hebrew: 0,
    thai: 0,
    devanagari: 0,
  };
  const scripts = table();
  const tally = new Array<number>(SCRIPT_NAMES.length + 1).fill(0);
  for (let i = 0; i < text.length; i += 1) tally[scripts[text.charCodeAt(i)] ?? 0] += 1;
  SCRIPT_NAMES.forEach((script, i) => (counts[script] = (tally[i + 1] ?? 0) * (WIDE.has(script) ? WIDE_WEIGHT : 1)));
  return counts;
}

/** Each language the scripts could be, with its weighted letters; Han goes to Japanese beside kana, to Korean beside more Hangul. */
function candidates(counts: ScriptCounts): Array<{ lang: string; weight: number }> {
  const { han, kana, hangul } = counts;
  const cjk = han + kana;
  const list: Array<{ lang: string; weight: number }> = [];
  if (kana > 0 && kana >= KANA_SHARE * cjk) list.push({ lang: 'ja', weight: cjk });
  else if (hangul > han) list.push({ lang: 'ko', weight: hangul + han });
  else list.push({ lang: 'zh', weight: han }, { lang: 'ko', weight: hangul });
  for (const [script, lang] of Object.entries(SCRIPT_LANGUAGE)) {
    if (lang !== 'ko') list.push({ lang, weight: counts[script as Script] });
  }
  return list.sort((a, b) => b.weight - a.weight);
}

/**
 * The language the script of most of the letters says, or `fallback` when none has a clear
 * majority. `hint` (from the file name) wins a tie when its script has a fair share.
 */
export function languageOfScripts(counts: ScriptCounts, fallback: string, hint: string | null = null): string {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (total === 0) return fallback;
  const list = candidates(counts);
  const best = list[0];
  if (best && best.weight > MAJORITY * total) return best.lang;
  const hinted = list.find((c) => c.lang === hint);
  if (hint !== null && hinted && hinted.weight >= HINT_SHARE * total) return hint;
  return fallback;
}

/** Languages detection can tell apart, the only ones a file name may hint at. */
const HINTABLE = new Set(['zh', 'ja', 'ko', ...Object.values(SCRIPT_LANGUAGE)]);

/**
 * The language a path names, as translations are usually named: `README_zh-CN.md`,
 * `README.zh.md`, `pods-ja.md`, `zh/pods.md`; null when it names none detection knows.
 */
export function languageFromPath(path: string): string | null {
  const segments = path.replace(/\\/g, '/').split('/');
  const name = segments.pop() ?? '';
  const folder = segments.find((s) => HINTABLE.has(languageTag(s)?.split('-')[0]?.toLowerCase() ?? ''));
  const suffix = /[._-]([a-z]{2})(?:[-_][a-z]{2,4})?\.[^.]+$/i.exec(name)?.[1]?.toLowerCase();
  if (suffix !== undefined && HINTABLE.has(suffix)) return suffix;
  return folder === undefined ? null : (languageTag(folder)?.split('-')[0]?.toLowerCase() ?? null);
}

/** A file's language from its prose, its path as a tie-breaker, else `fallback`. */
export function detectLanguage(markdown: string, path: string, fallback: string = SITE_LANGUAGE): string {
  return languageOfScripts(countScripts(proseOf(markdown)), fallback, languageFromPath(path));
}
