import {
  flatTokenVariants,
  isSpecialLang,
  type CodeToHastOptions,
  type HighlighterGeneric,
  type ShikiTransformer,
  type ThemedToken,
  type ThemeRegistrationResolved,
} from 'shiki';

/**
 * Dual-theme highlighting with one tokenization instead of two.
 *
 * For `themes: { light, dark }` Shiki tokenizes every block once per theme and merges the two
 * token streams; the tokenizing is nearly all of the highlighting time. The grammar's work
 * does not depend on the theme: only the colour picked for each token does. GitHub's light
 * and dark "-default" themes have the same rules (same scopes, same font styles, in the same
 * order) and differ only in colours, so one combined theme whose every rule colour stands
 * for a (light, dark) pair gives, in one pass, both colours of every token. A token boundary
 * falls where either theme's colour changes, as in Shiki's merge of the two streams.
 *
 * The highlighted HTML is the same as Shiki's own dual-theme output (the unit test compares
 * both on every language the site preloads). Themes without that shared structure, plain
 * text and `ansi` (coloured from the theme's terminal palette) keep Shiki's two passes.
 */

interface Combined {
  theme: ThemeRegistrationResolved;
  /** Placeholder colour (as Shiki reports it, upper case) -> the colour in each theme. */
  pairs: Map<string, { light: string; dark: string }>;
}

const HEX = /^#[0-9a-f]{3,8}$/i;

/**
 * The combined theme, or undefined when the two themes do not share their rules. Token
 * colours come out of the tokenizer upper-cased, as vscode-textmate's colour map stores them.
 */
function combineThemes(light: ThemeRegistrationResolved, dark: ThemeRegistrationResolved): Combined | undefined {
  if (light.settings.length !== dark.settings.length) return undefined;
  if (Object.keys(light.colorReplacements ?? {}).length > 0 || Object.keys(dark.colorReplacements ?? {}).length > 0) return undefined;
  const pairs = new Map<string, { light: string; dark: string }>();
  const byPair = new Map<string, string>();
  const placeholder = (l: string | undefined, d: string | undefined): string | undefined | null => {
    if (l === undefined && d === undefined) return undefined;
    if (l === undefined || d === undefined || !HEX.test(l) || !HEX.test(d)) return null;
    const key = `${l.toUpperCase()} ${d.toUpperCase()}`;
    let colour = byPair.get(key);
    if (colour === undefined) {
      colour = `#${(byPair.size + 1).toString(16).padStart(6, '0')}`;
      byPair.set(key, colour);
      pairs.set(colour.toUpperCase(), { light: l.toUpperCase(), dark: d.toUpperCase() });
    }
    return colour;
  };
  const settings: ThemeRegistrationResolved['settings'] = [];
  for (const [index, rule] of light.settings.entries()) {
    const other = dark.settings[index];
    if (
      other === undefined ||
      JSON.stringify(rule.scope) !== JSON.stringify(other.scope) ||
      rule.settings.fontStyle !== other.settings.fontStyle
    ) {
      return undefined;
    }
    const foreground = placeholder(rule.settings.foreground, other.settings.foreground);
    const background = placeholder(rule.settings.background, other.settings.background);
    if (foreground === null || background === null) return undefined;
    settings.push({
      ...(rule.scope === undefined ? {} : { scope: rule.scope }),
      settings: {
        ...(rule.settings.fontStyle === undefined ? {} : { fontStyle: rule.settings.fontStyle }),
        ...(foreground === undefined ? {} : { foreground }),
        ...(background === undefined ? {} : { background }),
      },
    });
  }
  const fg = placeholder(light.fg, dark.fg);
  const bg = placeholder(light.bg, dark.bg);
  if (typeof fg !== 'string' || typeof bg !== 'string') return undefined;
  const theme: ThemeRegistrationResolved = {
    name: `cks-study-one-pass:${light.name}:${dark.name}`,
    type: light.type,
    fg,
    bg,
    settings,
    colorReplacements: {},
  };
  return { theme, pairs };
}

/** Shiki's own whitespace merge (mergeWhitespaces: true), on tokens that carry no font style of their own. */
function mergeWhitespaceTokens(lines: ThemedToken[][]): ThemedToken[][] {
  return lines.map((line) => {
    const merged: ThemedToken[] = [];
    let carried = '';
    let firstOffset: number | undefined;
    line.forEach((token, index) => {
      if (/^\s+$/.test(token.content) && line[index + 1]) {
        firstOffset ??= token.offset;
        carried += token.content;
      } else if (carried) {
        merged.push({ ...token, offset: firstOffset ?? token.offset, content: carried + token.content });
        firstOffset = undefined;
        carried = '';
      } else merged.push(token);
    });
    return merged;
  });
}

/**
 * A token's two colours depend only on its colour in the combined theme and its font
 * style, and a block has thousands of tokens with a handful of those: each style is
 * worked out once (Shiki only reads it, to write the style attribute).
 */
function tokenStyles(pairs: Combined['pairs']): (token: ThemedToken) => Record<string, string> {
  const styles = new Map<string, Record<string, string>>();
  return (token) => {
    const key = `${token.color ?? ''} ${token.fontStyle ?? ''}`;
    let style = styles.get(key);
    if (style === undefined) {
      const pair = pairs.get(token.color ?? '');
      const fontStyle = token.fontStyle;
      const flat = flatTokenVariants(
        { content: '', offset: 0, variants: { light: { color: pair?.light, fontStyle }, dark: { color: pair?.dark, fontStyle } } },
        ['light', 'dark'],
        '--shiki-',
        false,
      );
      style = flat.htmlStyle ?? {};
      styles.set(key, style);
    }
    return style;
  };
}

/**
 * A highlighter for `@shikijs/rehype` whose `codeToHast` with `themes` (the two given
 * themes, `defaultColor: false`) tokenizes each block once. Everything else is the wrapped
 * highlighter's.
 */
export async function oneTokenizationForBothThemes<L extends string, T extends string>(
  highlighter: HighlighterGeneric<L, T>,
  themes: Readonly<{ light: T; dark: T }>,
): Promise<HighlighterGeneric<L, T>> {
  const combined = combineThemes(highlighter.getTheme(themes.light), highlighter.getTheme(themes.dark));
  if (combined === undefined) return highlighter;
  await highlighter.loadTheme(combined.theme);
  const { pairs, theme } = combined;

  // The <pre> as Shiki makes it for the two themes: its class and colour variables.
  const sample = highlighter.codeToHast('', { lang: 'text', themes, defaultColor: false });
  const pre = sample.children[0];
  if (pre?.type !== 'element') return highlighter;
  const preClass = pre.properties['class'];
  const preStyle = pre.properties['style'];

  const styleOf = tokenStyles(pairs);

  const toBothThemes: ShikiTransformer = {
    name: 'cks-study:one-pass-themes',
    tokens(lines) {
      const flat = lines.map((line) =>
        line.map((token): ThemedToken => ({ content: token.content, offset: token.offset, htmlStyle: styleOf(token) })),
      );
      return mergeWhitespaceTokens(flat);
    },
    pre(node) {
      node.properties['class'] = preClass;
      node.properties['style'] = preStyle;
    },
  };

  const codeToHast: HighlighterGeneric<L, T>['codeToHast'] = (code, options) => {
    if (
      !('themes' in options) ||
      options.defaultColor !== false ||
      options.themes['light'] !== themes.light ||
      options.themes['dark'] !== themes.dark ||
      Object.keys(options.themes).length !== 2 ||
      isSpecialLang(highlighter.resolveLangAlias(options.lang))
    ) {
      return highlighter.codeToHast(code, options);
    }
    const single: CodeToHastOptions<L, T> = {
      ...options,
      // The combined theme is loaded under its own name, which is not one of the bundled theme names T.
      theme: theme.name as T,
      mergeWhitespaces: false,
      transformers: [toBothThemes, ...(options.transformers ?? [])],
    };
    delete (single as { themes?: unknown }).themes;
    delete (single as { defaultColor?: unknown }).defaultColor;
    return highlighter.codeToHast(code, single);
  };
  return { ...highlighter, codeToHast };
}
