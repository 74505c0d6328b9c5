import type { Element } from 'hast';
import type { ShikiTransformer } from 'shiki';

/**
 * The token colours of GitHub's light and dark themes, as classes.
 *
 * With dual themes Shiki writes `style="--shiki-light:#032F62;--shiki-dark:#9ECBFF"` on
 * every token: more than half of a domain page's HTML. Seven colour pairs cover nearly all
 * tokens (99.9% of those in the CKS content and the benchmark curricula), so those become
 * `class="t-s"` and the like, defined in src/styles/shiki-tokens.css. Any other pair keeps
 * its inline style, so no colour is ever lost.
 */
export const TOKEN_CLASSES: Readonly<Record<string, string>> = {
  '--shiki-light:#032F62;--shiki-dark:#9ECBFF': 't-s', // strings, YAML values
  '--shiki-light:#005CC5;--shiki-dark:#79B8FF': 't-c', // constants, options, variables
  '--shiki-light:#24292E;--shiki-dark:#E1E4E8': 't-t', // plain text
  '--shiki-light:#22863A;--shiki-dark:#85E89D': 't-e', // YAML keys, tags
  '--shiki-light:#6F42C1;--shiki-dark:#B392F0': 't-f', // commands, functions
  '--shiki-light:#D73A49;--shiki-dark:#F97583': 't-k', // keywords, operators
  '--shiki-light:#6A737D;--shiki-dark:#6A737D': 't-m', // comments
};

export const shikiTokenClasses: ShikiTransformer = {
  name: 'cks-study:token-classes',
  span(node: Element) {
    const style = node.properties['style'];
    const name = typeof style === 'string' ? TOKEN_CLASSES[style] : undefined;
    if (name === undefined) return;
    delete node.properties['style'];
    node.properties['className'] = [name];
  },
};
