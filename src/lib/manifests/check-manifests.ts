/**
 * Checks the manifests of an answer against the API of one Kubernetes release: wrong types,
 * missing required fields, unknown fields, enum values, and apiVersions the release
 * deprecated or no longer serves. Pure: the findings are returned, with the file line and
 * column of the offending field.
 */
import type { ErrorObject } from 'ajv';
import { loadAll } from 'js-yaml';
import { LineCounter, parseAllDocuments } from 'yaml';
import type { BlockDiagnostic, SourcePosition } from '../curriculum/types';
import { apiLifecycle } from './api-lifecycle';
import type { ManifestSource } from './find-manifests';
import { groupOf, type KubernetesSchemas } from './kubernetes-schemas';
import { isElided, isPlaceholder } from './placeholders';
import { closest } from './suggest';
import { offsetOf } from './yaml-places';

export const SCHEMA_RULE = 'k8s-schema';
export const REMOVED_RULE = 'k8s-removed-api';
export const DEPRECATED_RULE = 'k8s-deprecated-api';

/**
 * What became of one document: checked against the schema (with or without findings), a
 * fragment with no apiVersion and kind, a kind the release does not define (a CRD, a config
 * file), or skipped as broken on purpose.
 */
export type Outcome = 'checked' | 'fragment' | 'other-kind' | 'broken';

export interface SourceCheck {
  findings: BlockDiagnostic[];
  outcomes: Outcome[];
}

/** Files that say `apiVersion: v1` but are no API object: a kubeconfig, kubectl's List. */
const NOT_API_OBJECTS = new Set(['v1 Config', 'v1 List']);

/** More than this many findings in one document are summed up in the last one. */
const MAX_FINDINGS = 8;

/**
 * `null` means "unset" to the API server: `creationTimestamp: null` from `--dry-run -o yaml` is
 * valid. Dropped in place (the data is this check's own, fresh from the parser); a value met
 * twice through an alias is visited once.
 */
function dropNulls(value: unknown, seen = new WeakSet<object>()): unknown {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) dropNulls(item, seen);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (record[key] === null) delete record[key];
    else dropNulls(record[key], seen);
  }
  return value;
}

function pathOf(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `['spec', 'containers', '0', 'name']` -> `spec.containers[0].name`. */
function fieldName(path: readonly string[]): string {
  return path.reduce((out, segment) => (/^\d+$/.test(segment) ? `${out}[${segment}]` : out === '' ? segment : `${out}.${segment}`), '');
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a mapping';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

const TYPE_WORDS: Record<string, string> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
};

function expectedType(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' or ');
}

interface Place {
  path: string[];
  part: 'key' | 'value';
}

/** One schema error as a sentence, the field it is about and a likely fix; null when exam text explains it. */
function describe(error: ErrorObject, elided: boolean): { message: string; place: Place; hint?: string } | null {
  const path = pathOf(error.instancePath);
  const field = fieldName(path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String((error.params as { additionalProperty: string }).additionalProperty);
      if (isPlaceholder(name)) return null;
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const suggestion = closest(name, known);
      return {
        message: `unknown field ${fieldName([...path, name])}`,
        place: { path: [...path, name], part: 'key' },
        ...(suggestion ? { hint: `did you mean ${suggestion}?` } : {}),
      };
    }
    case 'required': {
      if (elided) return null;
      const name = String((error.params as { missingProperty: string }).missingProperty);
      return { message: `missing required field ${fieldName([...path, name])}`, place: { path, part: 'key' } };
    }
    case 'type':
      if (isPlaceholder(error.data)) return null;
      return {
        message: `${field} should be ${expectedType((error.params as { type: unknown }).type)}, found ${describeValue(error.data)}`,
        // A mapping or list where a value belongs starts on the lines below its key: point at the key.
        place: { path, part: typeof error.data === 'object' ? 'key' : 'value' },
      };
    case 'enum': {
      if (isPlaceholder(error.data)) return null;
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      return {
        message: `${field} should be one of ${allowed.join(', ')}; found ${describeValue(error.data)}`,
        place: { path, part: 'value' },
      };
    }
    default:
      return { message: `${field || 'the manifest'} ${error.message ?? 'is not valid'}`, place: { path, part: 'value' } };
  }
}

/** A type error and an enum error about one value say the same thing twice: keep the first. */
function distinct(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key =
      error.keyword === 'type' || error.keyword === 'enum'
        ? `${error.instancePath}#value`
        : `${error.instancePath}#${JSON.stringify(error.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function stringField(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  return typeof value === 'string' && value.trim() !== '' && !isPlaceholder(value) ? value.trim() : null;
}

/** What an apiVersion and kind the release does not serve should have been, when the release can tell. */
function unservedKind(schemas: KubernetesSchemas, apiVersion: string, kind: string): string {
  const release = `Kubernetes ${schemas.version}`;
  const elsewhere = schemas.apiVersionsOf(kind);
  if (elsewhere.length > 0) return `${release} serves ${kind} as ${elsewhere.join(', ')}, not ${apiVersion}`;
  const kinds = schemas.kindsOf(apiVersion);
  const suggestion = closest(kind, kinds);
  if (kinds.length > 0) return `${release} has no kind ${kind} in ${apiVersion}${suggestion ? `; did you mean ${suggestion}?` : ''}`;
  return `${release} does not serve ${apiVersion} (no kind ${kind} in it)`;
}

/** A finding before it has a place in the file: the field it is about. */
interface Finding {
  ruleId: string;
  message: string;
  place: Place;
}

type DataCheck = { outcome: Outcome | null; findings: Finding[] };

/** One document's data against the release: the outcome, and findings placed by field. */
function checkData(data: unknown, schemas: KubernetesSchemas, elided: boolean): DataCheck {
  if (data === null || data === undefined) return { outcome: null, findings: [] };
  if (typeof data !== 'object' || Array.isArray(data)) return { outcome: 'fragment', findings: [] };
  const record = data as Record<string, unknown>;
  const apiVersion = stringField(record, 'apiVersion');
  const kind = stringField(record, 'kind');
  if (apiVersion === null || kind === null) return { outcome: 'fragment', findings: [] };
  if (NOT_API_OBJECTS.has(`${apiVersion} ${kind}`)) return { outcome: 'other-kind', findings: [] };
  const release = `Kubernetes ${schemas.version}`;
  const findings: Finding[] = [];
  const lifecycle = apiLifecycle(apiVersion, kind, schemas.version);
  const atApiVersion: Place = { path: ['apiVersion'], part: 'value' };
  if (lifecycle.state === 'removed') {
    const { change } = lifecycle;
    findings.push({
      ruleId: REMOVED_RULE,
      place: atApiVersion,
      message: `${apiVersion} ${kind} was removed in ${change.removedIn}: use ${change.use}`,
    });
    return { outcome: 'checked', findings };
  }
  if (lifecycle.state === 'deprecated') {
    const { change } = lifecycle;
    findings.push({
      ruleId: DEPRECATED_RULE,
      place: atApiVersion,
      message: `${apiVersion} ${kind} is deprecated since ${change.deprecatedIn} (${release} still serves it): use ${change.use}`,
    });
  }
  const definition = schemas.definitionOf(apiVersion, kind);
  if (definition === undefined) {
    // A group of its own (a CRD, a component's config file) is not this schema's to judge.
    if (!schemas.servesGroup(apiVersion) || (groupOf(apiVersion) === '' && apiVersion !== 'v1')) return { outcome: 'other-kind', findings };
    findings.push({ ruleId: SCHEMA_RULE, place: { path: ['kind'], part: 'value' }, message: unservedKind(schemas, apiVersion, kind) });
    return { outcome: 'checked', findings };
  }
  const validate = schemas.validator(definition);
  if (!validate(dropNulls(record))) {
    const described = distinct(validate.errors ?? [])
      .map((error) => describe(error, elided))
      .filter((d) => d !== null);
    for (const [i, { message, place, hint }] of described.entries()) {
      const more = i === MAX_FINDINGS - 1 && described.length > MAX_FINDINGS ? `; ${described.length - i - 1} more in this ${kind}` : '';
      findings.push({
        ruleId: SCHEMA_RULE,
        place,
        message: `${message} in ${apiVersion} ${kind} (${release})${hint ? `; ${hint}` : ''}${more}`,
      });
      if (more) break;
    }
  }
  return { outcome: 'checked', findings };
}

/**
 * The quick reading: js-yaml, many times faster than the yaml package, but with no places.
 * Null when the text does not parse, or when something was found and needs its place.
 */
function quickCheck(source: ManifestSource, schemas: KubernetesSchemas, elided: boolean): SourceCheck | null {
  // Aliases are left to the yaml package, which caps how far they expand (a "billion laughs"
  // stays small). An alias needs an anchor: both, outside of words (`a && b`, `"0 3 * * *"`).
  if (/(?:^|[\s[{,])&[\w-]/m.test(source.yaml) && /(?:^|[\s[{,])\*[\w-]/m.test(source.yaml)) return null;
  let documents: unknown[];
  try {
    documents = loadAll(source.yaml);
  } catch {
    return null;
  }
  const outcomes: Outcome[] = [];
  for (const data of documents) {
    const { outcome, findings } = checkData(data, schemas, elided);
    if (findings.length > 0) return null;
    if (outcome !== null) outcomes.push(outcome);
  }
  return { findings: [], outcomes };
}

/** The careful reading: the yaml package's documents know where each node is written. */
function placedCheck(source: ManifestSource, schemas: KubernetesSchemas, elided: boolean): SourceCheck {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(source.yaml, { lineCounter });
  const documents = Array.isArray(parsed) ? parsed : [];
  const place = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    const start = source.positions[line - 1] ?? source.positions.at(-1) ?? { line: 1, column: 1 };
    return { line: start.line, column: start.column + col - 1 };
  };
  const findings: BlockDiagnostic[] = [];
  const outcomes: Outcome[] = [];
  for (const doc of documents) {
    const error = doc.errors[0];
    if (error) {
      const text = source.yaml.slice(doc.range[0], doc.range[2]);
      // Template syntax and elisions are exam text, not YAML mistakes; without apiVersion and kind it is no manifest.
      if (isPlaceholder(text) || !/^\s*apiVersion:/m.test(text) || !/^\s*kind:/m.test(text)) {
        outcomes.push('fragment');
        continue;
      }
      const at = place(error.pos[0]);
      const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      findings.push({ line: at.line, column: at.column, ruleId: SCHEMA_RULE, message: `not valid YAML: ${reason}` });
      outcomes.push('checked');
      continue;
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      const at = place(doc.range[0]);
      findings.push({
        line: at.line,
        column: at.column,
        ruleId: SCHEMA_RULE,
        message: `could not read this YAML: ${error instanceof Error ? error.message : String(error)}`,
      });
      outcomes.push('checked');
      continue;
    }
    const result = checkData(data, schemas, elided);
    if (result.outcome !== null) outcomes.push(result.outcome);
    for (const finding of result.findings) {
      const at = place(offsetOf(doc, finding.place.path, finding.place.part));
      findings.push({ line: at.line, column: at.column, ruleId: finding.ruleId, message: finding.message });
    }
  }
  return { findings, outcomes };
}

/**
 * Checks one manifest source (a YAML block or a heredoc); every `---` document in it. Most
 * manifests are valid: they are read once, quickly; only one with a finding, or one that
 * does not parse, is read again to place what was found.
 */
export function checkManifestSource(source: ManifestSource, schemas: KubernetesSchemas): SourceCheck {
  if (source.broken) return { findings: [], outcomes: ['broken'] };
  const elided = isElided(source.yaml);
  return quickCheck(source, schemas, elided) ?? placedCheck(source, schemas, elided);
}
