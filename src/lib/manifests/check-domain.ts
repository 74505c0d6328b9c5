/**
 * Every manifest in a domain's answers, checked: the findings as diagnostics of the file,
 * what was and was not checked, and which code blocks the page may mark as valid.
 */
import type { Diagnostic, Domain } from '../curriculum/types';
import { checkManifestSource, SCHEMA_RULE, type Outcome, type SourceCheck } from './check-manifests';
import { findManifests, type ManifestSource } from './find-manifests';
import type { KubernetesSchemas } from './kubernetes-schemas';

export interface ManifestCounts {
  /** Documents with apiVersion and kind that the schema knows, checked. */
  checked: number;
  /** YAML without apiVersion and kind (a `securityContext:` snippet): not checked. */
  fragments: number;
  /** Kinds the schema does not define (CRDs, config files such as an audit Policy): not checked. */
  otherKinds: number;
  /** Marked broken on purpose: not checked. */
  broken: number;
}

export interface DomainManifests {
  /** The release they were checked against. */
  kubernetesVersion: string;
  diagnostics: Diagnostic[];
  counts: ManifestCounts;
  /** Text of each code block whose every manifest was checked and found valid. */
  validBlocks: Set<string>;
}

export const emptyCounts = (): ManifestCounts => ({ checked: 0, fragments: 0, otherKinds: 0, broken: 0 });

export function addCounts(into: ManifestCounts, from: ManifestCounts): ManifestCounts {
  into.checked += from.checked;
  into.fragments += from.fragments;
  into.otherKinds += from.otherKinds;
  into.broken += from.broken;
  return into;
}

const COUNTED: Record<Outcome, keyof ManifestCounts> = {
  checked: 'checked',
  fragment: 'fragments',
  'other-kind': 'otherKinds',
  broken: 'broken',
};

/** A bug in the check must not take the build down: the manifest is reported as left unchecked, by its line. */
function checkSafely(source: ManifestSource, schemas: () => KubernetesSchemas): SourceCheck {
  try {
    return checkManifestSource(source, schemas());
  } catch (error) {
    const at = source.positions[0] ?? { line: 1, column: 1 };
    return {
      findings: [
        {
          line: at.line,
          column: at.column,
          ruleId: SCHEMA_RULE,
          message: `could not check this manifest (${String(error)}); it is left unchecked`,
        },
      ],
      outcomes: ['other-kind'],
    };
  }
}

/** `schemas` is asked for on the first manifest found, so a domain without any loads none. */
export function checkDomainManifests(domain: Domain, file: string, version: string, schemas: () => KubernetesSchemas): DomainManifests {
  const diagnostics: Diagnostic[] = [];
  const counts = emptyCounts();
  // A block is valid when something in it was checked and nothing in it was found wrong or left unchecked.
  const blocks = new Map<string, { checked: boolean; clean: boolean }>();
  for (const part of domain.topics.flatMap((t) => t.questions.flatMap((q) => q.parts))) {
    for (const source of findManifests(part.markdown, part.positions)) {
      const { findings, outcomes } = checkSafely(source, schemas);
      for (const outcome of outcomes) counts[COUNTED[outcome]] += 1;
      for (const finding of findings) diagnostics.push({ file, severity: 'warning', ...finding });
      const block = blocks.get(source.block) ?? { checked: false, clean: true };
      block.checked ||= outcomes.includes('checked');
      block.clean &&= findings.length === 0 && outcomes.every((o) => o === 'checked' || o === 'fragment');
      blocks.set(source.block, block);
    }
  }
  const validBlocks = new Set([...blocks].filter(([, b]) => b.checked && b.clean).map(([text]) => text));
  return { kubernetesVersion: version, diagnostics, counts, validBlocks };
}
