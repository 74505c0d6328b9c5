import { bundledLanguages, isSpecialLang, type HighlighterGeneric } from 'shiki';

/**
 * Languages that Shiki's JavaScript regex engine highlights exactly as Oniguruma does, as
 * far as tests/unit/shiki-javascript-engine.test.ts can tell: every fence of the shipped
 * curriculum and of a generated one, and samples of each language, give the same HTML.
 *
 * The JavaScript engine tokenizes about 1.5x faster than Oniguruma's WebAssembly here and
 * needs no WebAssembly module to load and compile. Shiki lists grammars where the two
 * differ (cpp and racket among them, https://shiki.style/references/engine-js-compat), so
 * a language joins this list only once the test compares it.
 */
export const JAVASCRIPT_ENGINE_LANGUAGES: ReadonlySet<string> = new Set([
  'bash',
  'shellsession',
  'yaml',
  'json',
  'jsonc',
  'dockerfile',
  'ini',
  'toml',
  'diff',
  'go',
  'python',
]);

/**
 * One highlighter over two: `javascript` (created with the JavaScript regex engine) for the
 * languages of JAVASCRIPT_ENGINE_LANGUAGES, and an Oniguruma one for any other language,
 * created the first time such a language is loaded, so most builds never load its
 * WebAssembly. Made for `@shikijs/rehype` with `lazy: true`, which only asks which languages
 * are loaded, loads more and highlights.
 */
export function highlighterByLanguage<L extends string, T extends string>(
  javascript: HighlighterGeneric<L, T>,
  createOniguruma: () => Promise<HighlighterGeneric<L, T>>,
): HighlighterGeneric<L, T> {
  let pending: Promise<HighlighterGeneric<L, T>> | undefined;
  let oniguruma: HighlighterGeneric<L, T> | undefined;
  const inJavaScript = (lang: string) => JAVASCRIPT_ENGINE_LANGUAGES.has(javascript.resolveLangAlias(lang));

  const loadLanguage: HighlighterGeneric<L, T>['loadLanguage'] = async (...langs) => {
    const names = langs.map((lang) => (typeof lang === 'string' ? lang : undefined));
    // Unknown names and grammar objects stay with the JavaScript highlighter, which rejects
    // or loads them as Shiki would: no WebAssembly for a language that does not exist.
    const others = langs.filter((_, i) => {
      const name = names[i];
      return name !== undefined && name in bundledLanguages && !inJavaScript(name);
    });
    const own = langs.filter((lang) => !others.includes(lang));
    if (own.length > 0) await javascript.loadLanguage(...own);
    if (others.length > 0) {
      pending ??= createOniguruma();
      oniguruma = await pending;
      await oniguruma.loadLanguage(...others);
    }
  };

  const getLoadedLanguages = () => [...javascript.getLoadedLanguages(), ...(oniguruma?.getLoadedLanguages() ?? [])];

  const codeToHast: HighlighterGeneric<L, T>['codeToHast'] = (code, options) => {
    const lang = String(options.lang ?? 'text');
    if (oniguruma === undefined || isSpecialLang(lang) || javascript.getLoadedLanguages().includes(lang)) {
      return javascript.codeToHast(code, options);
    }
    return oniguruma.codeToHast(code, options);
  };

  return { ...javascript, loadLanguage, getLoadedLanguages, codeToHast };
}
