/**
 * One folder per kind of manifest an answer holds: `tests/fixtures/manifest-<case>/input.md`
 * is parsed and its manifests checked against the Kubernetes release it names; the result must
 * equal `expected-manifests.json` (every diagnostic with its line, column and message, the
 * counts of what was and was not checked, and how many blocks the page marks as valid).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDomain } from '../../src/lib/curriculum/parse-domain';
import { checkDomainManifests, type ManifestCounts } from '../../src/lib/manifests/check-domain';
import { kubernetesSchemas } from '../../src/lib/manifests/kubernetes-schemas';
import type { KubernetesVersion } from '../../src/lib/manifests/kubernetes-versions';

const root = new URL('../fixtures/', import.meta.url);
const cases = readdirSync(root)
  .filter((name) => existsSync(new URL(`${name}/expected-manifests.json`, root)))
  .sort();

interface Expected {
  kubernetesVersion: KubernetesVersion;
  behaviour: string;
  counts: ManifestCounts;
  validBlocks: number;
  diagnostics: Array<{ ruleId: string; line: number; column: number; message: string }>;
}

describe('manifest fixtures', () => {
  it('has the ten cases the check is held to', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of cases) {
    const expected = JSON.parse(readFileSync(new URL(`${name}/expected-manifests.json`, root), 'utf8')) as Expected;
    it(expected.behaviour, () => {
      const { domain, diagnostics: parsing } = parseDomain(readFileSync(new URL(`${name}/input.md`, root), 'utf8'), 'input.md');
      expect(parsing).toEqual([]);
      const result = checkDomainManifests(domain, 'input.md', expected.kubernetesVersion, () =>
        kubernetesSchemas(expected.kubernetesVersion),
      );
      expect(result.diagnostics.map(({ ruleId, line, column, message }) => ({ ruleId, line, column, message }))).toEqual(
        expected.diagnostics,
      );
      expect(result.diagnostics.every((d) => d.file === 'input.md' && d.severity === 'warning')).toBe(true);
      expect(result.counts).toEqual(expected.counts);
      expect(result.validBlocks.size).toBe(expected.validBlocks);
    });
  }
});
