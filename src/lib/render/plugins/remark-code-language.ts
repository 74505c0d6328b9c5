import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { inferLanguage, normaliseLanguage } from './infer-code-language';

/**
 * Give every fenced code block a language Shiki knows.
 *
 * ```` ```YAML ```` -> `lang: "yaml"`; an untagged fence starting with `kubectl get pods`
 * -> `lang: "bash"`; untagged `apiVersion: v1` -> `lang: "yaml"`.
 */
export function remarkCodeLanguage() {
  return (tree: Root) => {
    visit(tree, 'code', (node: Code) => {
      node.lang = node.lang ? normaliseLanguage(node.lang) : inferLanguage(node.value);
    });
  };
}
