/**
 * The timed part of bench/manifests.mjs, one module so that tsx loads each dependency once,
 * as the build's module graph does: parse every domain file (not timed: the build does it
 * anyway), then check every manifest in them from a cold start (schemas not yet loaded).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDomain } from '../../src/lib/curriculum/parse-domain';
import { checkDomainManifests } from '../../src/lib/manifests/check-domain';
import { kubernetesSchemas } from '../../src/lib/manifests/kubernetes-schemas';
import { DEFAULT_KUBERNETES_VERSION } from '../../src/lib/manifests/kubernetes-versions';

export function timeManifestCheck(dir: string) {
  const parsed = readdirSync(dir)
    .sort()
    .map((name) => ({ name, domain: parseDomain(readFileSync(join(dir, name), 'utf8'), name).domain }));
  const started = performance.now();
  const cpu = process.cpuUsage();
  let checked = 0;
  let findings = 0;
  for (const { name, domain } of parsed) {
    const result = checkDomainManifests(domain, name, DEFAULT_KUBERNETES_VERSION, () => kubernetesSchemas(DEFAULT_KUBERNETES_VERSION));
    checked += result.counts.checked;
    findings += result.diagnostics.length;
  }
  const used = process.cpuUsage(cpu);
  return {
    ms: performance.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    checked,
    findings,
    version: DEFAULT_KUBERNETES_VERSION,
  };
}
