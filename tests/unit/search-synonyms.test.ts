import { describe, expect, it } from 'vitest';
import { RESOURCE_NAMES } from '../../src/lib/search/kubernetes-names';
import { hiddenMatches, namesUsed, pluralOf, synonymsOf, SYNONYM_MARKER, visibleLength, withSynonyms } from '../../src/lib/search/synonyms';

const words = (text: string) => text.split(/\s+/);
const synonyms = (text: string) => synonymsOf(words(text));

describe('the resource names table', () => {
  it('spells each kind in several words with the plural kubectl api-resources prints', () => {
    for (const { kind, plural } of RESOURCE_NAMES) {
      const parts = kind.split(/(?<=\p{Ll})(?=\p{Lu})/u);
      const last = parts.pop() ?? '';
      // Endpoints is its own plural; every other kind's plural is made from its last word.
      if (kind !== 'Endpoints') expect([...parts, pluralOf(last)].join('').toLowerCase()).toBe(plural);
    }
  });

  it('lists the short names candidates write, each once', () => {
    const short = RESOURCE_NAMES.flatMap((names) => names.short);
    expect(new Set(short).size).toBe(short.length);
    expect(short).toEqual(
      expect.arrayContaining(['po', 'svc', 'deploy', 'netpol', 'sa', 'pvc', 'cm', 'ds', 'sts', 'hpa', 'ing', 'crd', 'cj']),
    );
  });
});

describe('synonyms of the names a question uses', () => {
  it('adds the kind for a short name and the short name for a kind, and the other of kubectl and k', () => {
    expect(synonyms('Run kubectl get po -n shop')).toEqual(['k', 'Pod']);
    expect(synonyms('k create sa builder')).toEqual(['kubectl', 'ServiceAccount']);
    expect(synonyms('Create a NetworkPolicy that denies ingress')).toEqual(['netpol', 'ing']);
    expect(synonyms('List the pods')).toEqual(['po']);
  });

  it('adds nothing the question already says', () => {
    expect(synonyms('k get po, or kubectl get pods')).toEqual([]);
    expect(synonyms('Nothing Kubernetes here')).toEqual([]);
    expect(withSynonyms('strace -h')).toBe('strace -h');
  });

  it('reads kinds written as words, singular or plural, and plurals of acronyms as one word', () => {
    expect(synonyms('Kubernetes Network Policies isolate tenants')).toEqual(['netpol']);
    expect(synonyms('a service account token')).toEqual(['sa']);
    expect(synonyms('list the CRDs')).toEqual(['CustomResourceDefinition', 'crd']);
    expect(synonyms('user IDs and UIDs')).toEqual([]);
  });

  it('reads an everyday word as a short name only where kubectl would: kubectl get no, deploy/web, po,no', () => {
    expect(synonyms('no network access; deploy the app; resource limits')).toEqual([]);
    expect(synonyms('kubectl get no')).toEqual(['k', 'Node']);
    expect(synonyms('k rollout status deploy/web')).toEqual(['kubectl', 'Deployment']);
    expect(synonyms('k rollout restart deploy web')).toEqual(['kubectl', 'Deployment']);
    expect(synonyms('the status no longer changes')).toEqual([]);
    expect(synonyms('kubectl get po,no')).toEqual(['k', 'Pod', 'Node']);
  });

  it('reads no resource in a constant such as NET_BIND_SERVICE, nor in the letter k inside a word', () => {
    expect(synonyms('add NET_BIND_SERVICE')).toEqual([]);
    expect(synonyms('apply -k ./overlay with k8s')).toEqual(['kubectl']);
    expect(synonyms('k8s.io')).toEqual([]);
  });

  it('puts the synonyms after a marker word, after the question text', () => {
    expect(withSynonyms('kubectl get po')).toBe(`kubectl get po ${SYNONYM_MARKER} k Pod`);
  });
});

describe('matches behind the marker', () => {
  const indexed = words(withSynonyms('Why does k get po show nothing? Check the pods'));

  it('ends the question text at the marker', () => {
    expect(indexed[visibleLength(indexed)]).toBe(SYNONYM_MARKER);
    expect(visibleLength(['no', 'marker'])).toBe(2);
    // The author's own ⁂, followed by their words, is theirs to show.
    expect(visibleLength(words(`Notes ${SYNONYM_MARKER} more notes`))).toBe(4);
    expect(visibleLength(words(withSynonyms(`Notes ${SYNONYM_MARKER} kubectl get po`)))).toBe(5);
  });

  it('moves a match on a synonym to the names it stands for, and names them for marking', () => {
    const kubectl = indexed.indexOf('kubectl');
    expect(kubectl).toBeGreaterThan(visibleLength(indexed));
    // `kubectl` behind the marker stands for the `k` the question wrote.
    expect(hiddenMatches(indexed, [kubectl])).toEqual({ locations: [2], forms: ['k'] });
  });

  it('keeps matches in the question text as they are', () => {
    expect(hiddenMatches(indexed, [3, 9])).toEqual({ locations: [3, 9], forms: [] });
  });

  it('finds every use of a group, its kind written as words included', () => {
    expect(namesUsed(words('Use a network policy: kubectl get netpol')).map((use) => [use.position, use.form])).toEqual([
      [2, 'network policy'],
      [4, 'kubectl'],
      [6, 'netpol'],
    ]);
  });
});
