/**
 * The shipped curriculum is held to the bar a candidate needs: every YAML answer parses,
 * every manifest is a whole object, shell answers are runnable as written, and the
 * parser has nothing to warn about.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parseDomain } from '../../src/lib/curriculum/parse-domain';

const contentDir = new URL('../../content/', import.meta.url);
const files = readdirSync(contentDir).filter((name) => name.endsWith('.md') && name !== 'README.md');

interface Fence {
  lang: string;
  code: string;
  line: number;
}

/**
 * Component configuration files (EncryptionConfiguration, AdmissionConfiguration, audit
 * Policy, KubeletConfiguration, kubeconfig) are read from disk, not stored as API objects,
 * so they have no metadata to require.
 */
function isComponentConfig(value: object): boolean {
  const apiVersion = 'apiVersion' in value ? String(value.apiVersion) : '';
  const kind = 'kind' in value ? String(value.kind) : '';
  return /(^|\.)(config\.k8s\.io|audit\.k8s\.io|kubeadm\.k8s\.io)\//.test(apiVersion) || kind === 'Config';
}

function fencesOf(source: string): Fence[] {
  const fences: Fence[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.trim().startsWith(open[2]!); i++) body.push(lines[i]!);
    fences.push({ lang: open[3]!.toLowerCase(), code: body.join('\n'), line: start + 1 });
  }
  return fences;
}

describe.each(files)('content/%s', (file) => {
  const source = readFileSync(new URL(file, contentDir), 'utf8');
  const fences = fencesOf(source);

  it('has a weight, competencies and at least 20 answered questions, with no warnings', () => {
    const { domain, diagnostics } = parseDomain(source, file);
    const questions = domain.topics.flatMap((t) => t.questions);
    expect(domain.weight).toBeGreaterThan(0);
    expect(domain.competencies.length).toBeGreaterThanOrEqual(4);
    expect(questions.length).toBeGreaterThanOrEqual(20);
    expect(questions.every((q) => q.answered)).toBe(true);
    expect(diagnostics).toEqual([]);
  });

  it('has at least three questions per competency topic', () => {
    const { domain } = parseDomain(source, file);
    for (const topic of domain.topics.filter((t) => t.title !== null)) {
      expect(topic.questions.length, topic.title ?? '').toBeGreaterThanOrEqual(3);
    }
  });

  it('has YAML answers that parse, and whole Kubernetes manifests', () => {
    const problems: string[] = [];
    for (const fence of fences.filter((f) => f.lang === 'yaml' || f.lang === 'yml')) {
      for (const doc of parseAllDocuments(fence.code)) {
        if (doc.errors.length > 0) problems.push(`${file}:${fence.line}: ${doc.errors[0]!.message}`);
        const value: unknown = doc.toJS();
        if (value && typeof value === 'object' && 'kind' in value && !isComponentConfig(value)) {
          for (const key of ['apiVersion', 'metadata']) {
            if (!(key in value)) problems.push(`${file}:${fence.line}: ${String((value as { kind: unknown }).kind)} without ${key}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has shell answers without placeholder text', () => {
    const placeholder = /<(?:[a-z]+[-_])*(?:name|pod|namespace|node|id|ip|value|your)[-_a-z]*>|\bTODO\b|\bFIXME\b|\.\.\.\s*$/im;
    // Comments may elide expected output with "..."; the commands themselves may not.
    const commands = (code: string) => code.replace(/(^|\s)#.*$/gm, '$1');
    const problems = fences
      .filter((f) => f.lang === 'bash' || f.lang === 'sh' || f.lang === 'shell')
      .filter((f) => placeholder.test(commands(f.code)))
      .map((f) => `${file}:${f.line}: ${placeholder.exec(commands(f.code))![0]}`);
    expect(problems).toEqual([]);
  });
});
