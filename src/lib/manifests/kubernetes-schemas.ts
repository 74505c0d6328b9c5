/**
 * The vendored API schemas of one Kubernetes release (schemas/kubernetes-<minor>.json), read
 * on first use and compiled per kind on first use: a build compiles only the kinds its
 * answers contain, once.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import type { KubernetesVersion } from './kubernetes-versions';

interface SchemaDocument {
  kubernetes: string;
  source: string;
  /** apiVersion -> kind -> definition name. */
  kinds: Record<string, Record<string, string>>;
  definitions: Record<string, object>;
}

export interface KubernetesSchemas {
  version: KubernetesVersion;
  /** The definition of a kind this release serves, or undefined. */
  definitionOf(apiVersion: string, kind: string): string | undefined;
  /** The kinds an apiVersion serves (empty when it serves none). */
  kindsOf(apiVersion: string): string[];
  /** The apiVersions that serve a kind. */
  apiVersionsOf(kind: string): string[];
  /** Whether the group of an apiVersion is one of this release's built-in API groups. */
  servesGroup(apiVersion: string): boolean;
  /** A validator for a definition, compiled the first time it is asked for. */
  validator(definition: string): ValidateFunction;
}

const loaded = new Map<string, KubernetesSchemas>();

export const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '');

function create(version: KubernetesVersion): KubernetesSchemas {
  const document = JSON.parse(readFileSync(new URL(`./schemas/kubernetes-${version}.json`, import.meta.url), 'utf8')) as SchemaDocument;
  // verbose: errors carry the schema they failed on, which holds the field names for "did you
  // mean". Each definition compiled once as its own function (inlineRefs: false), unoptimised:
  // inlining copied the pod template into every workload and took Deployment's compile from
  // about 15 ms to 170 ms, for checks that run once per manifest.
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    verbose: true,
    validateSchema: false,
    inlineRefs: false,
    code: { optimize: false },
  });
  ajv.addSchema({ $id: 'k8s', definitions: document.definitions });
  const groups = new Set(Object.keys(document.kinds).map(groupOf));
  const validators = new Map<string, ValidateFunction>();
  return {
    version,
    definitionOf: (apiVersion, kind) => (Object.hasOwn(document.kinds, apiVersion) ? document.kinds[apiVersion]?.[kind] : undefined),
    kindsOf: (apiVersion) => Object.keys(document.kinds[apiVersion] ?? {}),
    apiVersionsOf: (kind) => Object.keys(document.kinds).filter((apiVersion) => document.kinds[apiVersion]?.[kind] !== undefined),
    servesGroup: (apiVersion) => groups.has(groupOf(apiVersion)),
    validator(definition) {
      let validate = validators.get(definition);
      if (validate === undefined) {
        validate = ajv.compile({ $ref: `k8s#/definitions/${definition}` });
        validators.set(definition, validate);
      }
      return validate;
    },
  };
}

/** The schemas of a bundled release; one instance per process. */
export function kubernetesSchemas(version: KubernetesVersion): KubernetesSchemas {
  let schemas = loaded.get(version);
  if (schemas === undefined) {
    schemas = create(version);
    loaded.set(version, schemas);
  }
  return schemas;
}
