import { readdirSync, readFileSync } from 'node:fs';
import { toHtml } from 'hast-util-to-html';
import { createHighlighter, type BundledLanguage, type BundledTheme } from 'shiki';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHIKI_THEMES } from '../../src/lib/render/markdown-renderer';
import { oneTokenizationForBothThemes } from '../../src/lib/render/shiki/shiki-one-pass-themes';

type Highlighter = Awaited<ReturnType<typeof createHighlighter>>;

/** Code in the languages the site preloads, and markdown for bold, italic and strike-through. */
const SAMPLES: [string, string][] = [
  [
    'bash',
    'kubectl -n kube-system get pods -o json | jq ".items[].metadata.name"  # list\nexport KUBECONFIG=$HOME/.kube/config\nif [ -f "$F" ]; then echo "${F%.yaml}"; fi\n',
  ],
  ['shellsession', '$ kubectl get ns\nNAME              STATUS   AGE\ndefault           Active   10d\n'],
  [
    'yaml',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web   # the name\n  labels: { app: web }\nspec:\n  containers:\n    - image: "nginx:1.27"\n      args: [--port, 8080]\n',
  ],
  ['json', '{ "kind": "Pod", "spec": { "replicas": 3, "paused": false, "x": null } }\n'],
  [
    'dockerfile',
    'FROM alpine:3.20 AS build\nRUN apk add --no-cache curl \\\n    && curl -fsSL https://example.org\nUSER 1000:1000\nENTRYPOINT ["/app"]\n',
  ],
  ['ini', '[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth=false ; comment\n'],
  ['toml', '[plugins."io.containerd.grpc.v1.cri"]\n  sandbox_image = "registry.k8s.io/pause:3.9"\n  enabled = true\n'],
  ['diff', '--- a/pod.yaml\n+++ b/pod.yaml\n@@ -1,2 +1,2 @@\n-  privileged: true\n+  privileged: false\n'],
  [
    'markdown',
    '# **Title** and _more_\n\nSome ~~old~~ text   with  **bold _and italic_**, `code` and [a link](https://example.org).\n\n> quote\n',
  ],
  ['typescript', 'export async function f<T>(x: T): Promise<T> {\n  const y = `t ${x}`; // note\n  return x as T;\n}\n'],
];

let plain: Highlighter;
let onePass: Highlighter;
const themes = SHIKI_THEMES;
const options = (lang: string) => ({ lang: lang as BundledLanguage, themes, defaultColor: false as const, tokenizeTimeLimit: 0 });
const langs = SAMPLES.map(([lang]) => lang);

beforeAll(async () => {
  plain = await createHighlighter({ themes: Object.values(themes), langs });
  onePass = await oneTokenizationForBothThemes<BundledLanguage, BundledTheme>(
    await createHighlighter({ themes: Object.values(themes), langs }),
    themes,
  );
});

describe('one tokenization for both themes', () => {
  it.each(SAMPLES)('highlights %s exactly as Shiki does with two passes', (lang, code) => {
    expect(toHtml(onePass.codeToHast(code, options(lang)))).toBe(toHtml(plain.codeToHast(code, options(lang))));
  });

  // Loads grammars and highlights the whole curriculum: seconds on a busy 2-core machine.
  it('highlights every fence of the shipped curriculum exactly as Shiki does with two passes', { timeout: 30_000 }, async () => {
    const dir = new URL('../../content/', import.meta.url);
    let blocks = 0;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      for (const match of text.matchAll(/^```(\w+)\n([\s\S]*?)^```/gm)) {
        const lang = match[1]!.toLowerCase();
        if (!plain.getLoadedLanguages().includes(lang)) {
          await plain.loadLanguage(lang as BundledLanguage).catch(() => undefined);
          await onePass.loadLanguage(lang as BundledLanguage).catch(() => undefined);
        }
        if (!plain.getLoadedLanguages().includes(lang)) continue;
        expect(toHtml(onePass.codeToHast(match[2]!, options(lang)))).toBe(toHtml(plain.codeToHast(match[2]!, options(lang))));
        blocks++;
      }
    }
    expect(blocks).toBeGreaterThan(100);
  });

  it('leaves plain text and other options to Shiki', () => {
    expect(toHtml(onePass.codeToHast('plain', options('text')))).toBe(toHtml(plain.codeToHast('plain', options('text'))));
    const single = { lang: 'bash' as const, theme: themes.light };
    expect(toHtml(onePass.codeToHast('echo hi', single))).toBe(toHtml(plain.codeToHast('echo hi', single)));
  });

  it('returns the highlighter unchanged for themes that do not share their rules', async () => {
    const other = await createHighlighter({ themes: ['github-light-default', 'nord'], langs: ['bash'] });
    expect(await oneTokenizationForBothThemes(other, { light: 'github-light-default', dark: 'nord' })).toBe(other);
  });
});
