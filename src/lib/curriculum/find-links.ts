/**
 * Relative links and images in a content file, with their line and column, so that a
 * missing target is reported where the author wrote it. Text in code fences and code spans
 * is code, not links. Fences glued to a tag (`<p>```bash`) count as fences, as the parser reads them.
 */
import { isRelativeUrl } from '../url';
import { isFenceClose, maskCodeSpans, matchFenceOpen, type Fence } from './line-syntax';

export interface LinkInSource {
  url: string;
  kind: 'link' | 'image';
  line: number;
  column: number;
}

const PATTERNS: Array<{ kind: LinkInSource['kind']; re: RegExp }> = [
  // ![alt](url "title") and [text](url "title"); <url> is allowed around the URL.
  { kind: 'image', re: /!\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?[^)]*\)/g },
  { kind: 'link', re: /(?<!!)\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?[^)]*\)/g },
  // [label]: url (a reference definition)
  { kind: 'link', re: /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/g },
  // Quoted attribute values may hold spaces: <img src="img/pod diagram.png">.
  { kind: 'image', re: /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi },
  { kind: 'link', re: /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi },
];

const LEADING_TAGS = /^\s*(?:<\/?[a-z][^>]*>\s*)+/i;

export function findRelativeLinks(source: string): LinkInSource[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const found: LinkInSource[] = [];
  let fence: Fence | null = null;
  lines.forEach((text, i) => {
    const line = i + 1;
    if (fence) {
      if (isFenceClose(text, fence)) fence = null;
      return;
    }
    const afterTags = text.replace(LEADING_TAGS, '');
    const opened = matchFenceOpen({ text: afterTags, line, col: 1, glued: afterTags !== text });
    if (opened) {
      fence = opened;
      return;
    }
    const masked = maskCodeSpans(text);
    for (const { kind, re } of PATTERNS) {
      for (const m of masked.matchAll(re)) {
        const url = m[1] ?? m[2] ?? m[3] ?? '';
        if (url === '' || !isRelativeUrl(url)) continue;
        found.push({ url, kind, line, column: m.index + m[0].indexOf(url) + 1 });
      }
    }
  });
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}
