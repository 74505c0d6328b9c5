import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { createHighlighter, type BundledLanguage, type BundledTheme, type HighlighterGeneric } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCurriculum } from '../../bench/lib/generate-curriculum.mjs';
import { SHIKI_THEMES } from '../../src/lib/render/markdown-renderer';
import { inferLanguage, normaliseLanguage } from '../../src/lib/render/plugins/infer-code-language';
import { highlighterByLanguage, JAVASCRIPT_ENGINE_LANGUAGES } from '../../src/lib/render/shiki/shiki-javascript-engine';

type Highlighter = HighlighterGeneric<BundledLanguage, BundledTheme>;

/** Code that exercises each grammar beyond what the curricula hold. */
const SAMPLES: Record<string, string> = {
  bash: 'kubectl -n kube-system get pods -o json | jq ".items[].metadata.name"  # list\nexport KUBECONFIG=$HOME/.kube/config\nif [ -f "$F" ]; then echo "${F%.yaml}" $(( 1 + 2 )); fi\ncat <<EOF > /tmp/x\nline $VAR\nEOF\nfor i in {1..3}; do printf \'%s\\n\' "$i"; done\n',
  shellsession: '$ kubectl get ns\nNAME              STATUS   AGE\ndefault           Active   10d\n# crictl ps -a\n',
  yaml: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web   # the name\n  labels: { app: web }\n  annotations:\n    a: |\n      multi\n      line\nspec:\n  containers:\n    - image: "nginx:1.27"\n      args: [--port, 8080, true, null, ~, 0x1F, 1.5e3]\n---\n&anchor key: *alias\n',
  json: '{ "kind": "Pod", "spec": { "replicas": 3, "paused": false, "x": null, "e": "\\u00e9\\n", "n": -1.5e-3 } }\n',
  jsonc: '{\n  // comment\n  "a": [1, 2, /* inline */ 3],\n}\n',
  dockerfile:
    'FROM alpine:3.20 AS build\nARG V=1\nRUN apk add --no-cache curl \\\n    && curl -fsSL https://example.org\nCOPY --from=build /app /app\nUSER 1000:1000\nENTRYPOINT ["/app"]\n',
  ini: '[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth=false ; comment\n# another\nKey = "value"\n',
  toml: '[plugins."io.containerd.grpc.v1.cri"]\n  sandbox_image = "registry.k8s.io/pause:3.9"\n  enabled = true\n  ts = 1979-05-27T07:32:00Z\n  arr = [1, 2.5, "x"]\n[[table]]\n',
  diff: '--- a/pod.yaml\n+++ b/pod.yaml\n@@ -1,2 +1,2 @@\n-  privileged: true\n+  privileged: false\n context\n',
  go: 'package main\n\nimport (\n\t"fmt"\n)\n\n// Point is a point.\ntype Point struct{ X, Y int `json:"x"` }\n\nfunc main() {\n\tch := make(chan int, 1)\n\tgo func() { ch <- 42 }()\n\tfmt.Printf("%d %v\\n", <-ch, 3.14)\n}\n',
  python:
    'import os\n\n@decorator\ndef f(x: int = 1, *args, **kw) -> str:\n    """Doc."""\n    s = f"{x!r:>10} {os.sep}"  # comment\n    return s if x else r"\\d+"\n\nclass A(B):\n    async def g(self): await h(lambda y: y ** 2)\n',
};

/** The fences of every markdown file in `dir`, each with the language the renderer gives it. */
function fences(dir: string): [string, string][] {
  const found: [string, string][] = [];
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    if (!name.endsWith('.md')) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    for (const match of text.matchAll(/^[ \t]*```([^\n`]*)\n([\s\S]*?)^[ \t]*```/gm)) {
      const code = match[2]!;
      found.push([match[1]!.trim() ? normaliseLanguage(match[1]!) : inferLanguage(code), code]);
    }
  }
  return found;
}

const themes = SHIKI_THEMES;
const options = (lang: string) => ({ lang: lang as BundledLanguage, themes, defaultColor: false as const, tokenizeTimeLimit: 0 });
const langs = [...JAVASCRIPT_ENGINE_LANGUAGES] as BundledLanguage[];

let oniguruma: Highlighter;
let javascript: Highlighter;
let generated: string;

beforeAll(async () => {
  oniguruma = await createHighlighter({ themes: Object.values(themes), langs });
  javascript = await createHighlighter({ themes: Object.values(themes), langs, engine: createJavaScriptRegexEngine() });
  generated = mkdtempSync(join(tmpdir(), 'cks-engine-'));
  writeCurriculum(generated, 300);
});

afterAll(() => rmSync(generated, { recursive: true, force: true }));

const html = (highlighter: Highlighter, lang: string, code: string) => toHtml(highlighter.codeToHast(code, options(lang)));

describe("Shiki's JavaScript regex engine", () => {
  it.each(Object.entries(SAMPLES))('highlights %s exactly as Oniguruma does', (lang, code) => {
    expect(JAVASCRIPT_ENGINE_LANGUAGES.has(lang)).toBe(true);
    expect(html(javascript, lang, code)).toBe(html(oniguruma, lang, code));
  });

  it('has a sample for every language it is used for', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...JAVASCRIPT_ENGINE_LANGUAGES].sort());
  });

  it('highlights every fence of the shipped and a generated curriculum exactly as Oniguruma does', () => {
    let compared = 0;
    for (const [lang, code] of [...fences(new URL('../../content/', import.meta.url).pathname), ...fences(generated)]) {
      if (!JAVASCRIPT_ENGINE_LANGUAGES.has(lang)) continue;
      expect(html(javascript, lang, code), `${lang}:\n${code}`).toBe(html(oniguruma, lang, code));
      compared++;
    }
    expect(compared).toBeGreaterThan(500);
  }, 60_000);
});

describe('highlighter by language', () => {
  // Loads grammars and highlights the whole curriculum: seconds on a busy 2-core machine.
  it(
    'highlights the listed languages with the JavaScript engine and loads Oniguruma only for another language',
    { timeout: 30_000 },
    async () => {
      let created = 0;
      const both = highlighterByLanguage(
        await createHighlighter({ themes: Object.values(themes), langs: ['bash'], engine: createJavaScriptRegexEngine() }),
        async () => {
          created++;
          return createHighlighter({ themes: Object.values(themes), langs: [] });
        },
      );
      await both.loadLanguage('yaml');
      expect(created).toBe(0);
      expect(html(both, 'yaml', SAMPLES['yaml']!)).toBe(html(oniguruma, 'yaml', SAMPLES['yaml']!));
      await expect(both.loadLanguage('no-such-language' as BundledLanguage)).rejects.toThrow();
      expect(created).toBe(0);

      const cpp = 'int main() { return 0; } // c\n';
      await both.loadLanguage('cpp');
      expect(created).toBe(1);
      expect(both.getLoadedLanguages()).toContain('cpp');
      await oniguruma.loadLanguage('cpp');
      expect(html(both, 'cpp', cpp)).toBe(html(oniguruma, 'cpp', cpp));
      expect(html(both, 'text', 'plain')).toBe(html(oniguruma, 'text', 'plain'));
    },
  );
});
