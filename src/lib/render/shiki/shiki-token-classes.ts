import type { Element } from 'hast';
import type { ShikiTransformer } from 'shiki';

/**
 * The token colours of GitHub's light and dark "-default" themes (SHIKI_THEMES), as classes.
 *
 * With dual themes Shiki writes `style="--shiki-light:#032F62;--shiki-dark:#9ECBFF"` on
 * every token: more than half of a domain page's HTML. Seven colour pairs cover nearly all
 * tokens (99.9% of those in the CKS content and the benchmark curricula), so those become
 * `class="t-s"` and the like, defined in src/styles/shiki-tokens.css. Any other pair keeps
 * its inline style, so no colour is ever lost.
 */
export const TOKEN_CLASSES: Readonly<Record<string, string>> = {
  '--shiki-light:#0A3069;--shiki-dark:#A5D6FF': 't-s', // strings, YAML values
  '--shiki-light:#0550AE;--shiki-dark:#79C0FF': 't-c', // constants, options, variables
  '--shiki-light:#1F2328;--shiki-dark:#E6EDF3': 't-t', // plain text
  '--shiki-light:#116329;--shiki-dark:#7EE787': 't-e', // YAML keys, tags
  '--shiki-light:#953800;--shiki-dark:#FFA657': 't-f', // commands, functions
  '--shiki-light:#CF222E;--shiki-dark:#FF7B72': 't-k', // keywords, operators
  '--shiki-light:#6E7781;--shiki-dark:#8B949E': 't-m', // comments
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
