import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { TOKEN_CLASSES } from '../render/shiki/shiki-token-classes';

/**
 * Highlighted code as Anki can show it. The site colours code with CSS: Shiki writes each
 * token's light and dark colour as CSS variables (`--shiki-light:#0A3069;--shiki-dark:…`,
 * or one of the classes of shiki-token-classes.ts), and the site's stylesheet picks one.
 * Anki has no site stylesheet, so the light theme's values become plain inline styles
 * (`color:#0A3069`), on a light background of their own that night mode leaves alone.
 */

/** Token class -> its light colour, read off the same table the site's classes come from. */
const CLASS_COLOURS = new Map(
  Object.entries(TOKEN_CLASSES).map(([style, name]) => [name, /--shiki-light:([^;]+)/.exec(style)![1]!] as const),
);

/** `--shiki-light:X` is the colour, `--shiki-light-bg:X` the background, `--shiki-light-font-style:X` a font style; the dark theme's go. */
function lightDeclarations(style: string): string[] {
  const out: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    const match = /^--shiki-light(?:-(.+))?$/.exec(declaration.slice(0, colon).trim());
    const value = declaration.slice(colon + 1).trim();
    if (colon === -1 || !match || !value) continue;
    const property = match[1] === undefined ? 'color' : match[1] === 'bg' ? 'background-color' : match[1];
    out.push(`${property}:${value}`);
  }
  return out;
}

const classesOf = (node: Element) => (Array.isArray(node.properties['className']) ? node.properties['className'].map(String) : []);

/** One element of a code block with its light colours inline and without the token classes. */
function inlineStyle(node: Element): void {
  const style = node.properties['style'];
  const declarations = typeof style === 'string' ? lightDeclarations(style) : [];
  const classes = classesOf(node);
  const token = classes.map((name) => CLASS_COLOURS.get(name)).find((colour) => colour !== undefined);
  if (token !== undefined) declarations.push(`color:${token}`);
  if (declarations.length > 0) node.properties['style'] = declarations.join(';');
  else if (typeof style === 'string' && style.includes('--shiki-')) delete node.properties['style'];
  // Token classes mean nothing in Anki; `shiki` on the block stays, as a hook for a deck's own styling.
  const kept = classes.filter((name) => !CLASS_COLOURS.has(name));
  if (kept.length > 0) node.properties['className'] = kept;
  else delete node.properties['className'];
}

const parser = unified().use(rehypeParse, { fragment: true }).freeze();
const serializer = unified().use(rehypeStringify).freeze();

/** The HTML with every highlighted code block's colours inline; HTML without one comes back as it was. */
export function inlineCodeColours(html: string): string {
  if (!html.includes('shiki')) return html;
  const tree = parser.parse(html) as Root;
  let changed = false;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'pre' || !classesOf(node).includes('shiki')) return;
    visit(node, 'element', inlineStyle);
    changed = true;
    return 'skip';
  });
  return changed ? serializer.stringify(tree) : html;
}
