import type { Root } from 'hast';
import rehypeRaw, { type Options } from 'rehype-raw';
import type { VFile } from 'vfile';
import { EXIT, visit } from 'unist-util-visit';

/**
 * rehype-raw for trees that hold raw HTML, and nothing for the others.
 *
 * rehype-raw re-parses the whole tree with parse5 to fold raw HTML (`<details>`, `<kbd>`)
 * into it. Most fragments are plain markdown, with no `raw` node: the re-parse gives back
 * the tree it was given and only costs time (a parse5 parser per fragment).
 *
 * `Use <kbd>Ctrl</kbd>` -> re-parsed as rehype-raw does; `Use **bold**` -> left as it is.
 */
export function rehypeRawWhenPresent(options?: Options) {
  const reparse = rehypeRaw(options);
  return (tree: Root, file: VFile): Root => {
    let present = false;
    visit(tree, 'raw', () => {
      present = true;
      return EXIT;
    });
    return present ? reparse(tree, file) : tree;
  };
}
