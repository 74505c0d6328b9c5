#!/usr/bin/env node
/**
 * Writes src/lib/manifests/schemas/kubernetes-<minor>.json: the JSON Schema of every kind a
 * Kubernetes release serves, trimmed to what a manifest check needs (no descriptions), strict
 * (`additionalProperties: false`, as `kubectl apply --validate=strict` is).
 *
 * Run by hand when a Kubernetes release is added (`node scripts/vendor-k8s-schemas.mjs`); the
 * build never runs it and never reaches the network. Its sources are npm packages, fetched
 * with `npm pack` into a temporary folder:
 *
 * - @kubernetes/client-node, one release per Kubernetes minor: the model classes' attribute
 *   maps (field names, types, formats), their .d.ts (which fields are required), and the
 *   request factories (which apiVersion and kind each `create` call sends);
 * - kubernetes-models: its .d.ts files keep what client-node's generator drops, the enum
 *   values (`"Always" | "IfNotPresent" | "Never"`) and which strings are quantities (`cpu: 1`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Each bundled Kubernetes minor and the client-node release generated from it. */
const RELEASES = [
  { kubernetes: '1.34', clientNode: '1.4.0' },
  { kubernetes: '1.36', clientNode: '2.0.1' },
];
const KUBERNETES_MODELS = '5.1.0';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'src/lib/manifests/schemas');

function unpack(spec, into) {
  const dir = join(into, spec.replace(/[@/]/g, '_'));
  mkdirSync(dir, { recursive: true });
  const name = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').at(-1);
  execFileSync('tar', ['-xzf', join(dir, name), '-C', dir]);
  return join(dir, 'package');
}

/** `"Always" | "Never"` -> ['Always', 'Never']; null when the type is not only string literals. */
function literalUnion(type) {
  const parts = type.split('|').map((p) => p.trim());
  if (!parts.every((p) => /^"[^"]*"$/.test(p))) return null;
  return parts.map((p) => p.slice(1, -1));
}

/**
 * kubernetes-models: per definition (keyed `<group>/<Version><Name>`, core as `core`), the
 * enum values and quantity-typed fields of its properties.
 */
function readModelExtras(pkg) {
  const extras = new Map();
  const walk = (dir, group) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('_') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path, group === null ? entry.name : `${group}/${entry.name}`);
        continue;
      }
      if (!entry.name.endsWith('.d.ts') || entry.name === 'index.d.ts' || group === null) continue;
      const [groupDir, version] = group.includes('/') ? [group.split('/')[0], group.split('/')[1]] : ['core', group];
      const name = basename(entry.name, '.d.ts');
      const text = readFileSync(path, 'utf8');
      const start = text.indexOf(`export interface I${name} {`);
      if (start === -1) continue;
      const body = text.slice(start, text.indexOf('\n}', start));
      const props = {};
      // A property starts at four spaces; its type runs to the next property or the end.
      const lines = body.split('\n').slice(1);
      let current = null;
      for (const line of lines) {
        const m = /^ {4}"([^"]+)"\??: (.*)$/.exec(line);
        if (m) {
          current = { name: m[1], type: m[2] };
          props[current.name] = current;
        } else if (current && /^ {5,}\S/.test(line) && !/^\s*\*|\/\*\*/.test(line.trim())) current.type += ` ${line.trim()}`;
        else if (/^ {4}\/\*\*/.test(line)) current = null;
      }
      const out = {};
      for (const { name: prop, type } of Object.values(props)) {
        const clean = type.replace(/;$/, '').trim();
        const values = literalUnion(clean);
        if (values) out[prop] = { enum: values };
        else if (clean.includes('IIoK8sApimachineryPkgApiResourceQuantity')) out[prop] = { quantity: true };
      }
      extras.set(`${groupDir.split('.')[0].toLowerCase()}/${version[0].toUpperCase()}${version.slice(1)}${name}`, out);
    }
  };
  walk(pkg, null);
  return extras;
}

/** `V1Container` -> the kubernetes-models entry; group-prefixed names (`CoreV1EndpointPort`) pick their group. */
function extrasFor(className, extras) {
  const m = /^([A-Z][a-z]+)?(V\d+(?:alpha\d+|beta\d+)?[A-Z]\w*)$/.exec(className);
  if (!m) return undefined;
  const [, prefix, rest] = m;
  const candidates = [...extras.keys()].filter((key) => key.endsWith(`/${rest}`));
  if (prefix !== undefined) {
    const exact = candidates.find((key) => key.startsWith(`${prefix.toLowerCase()}/`));
    if (exact) return extras.get(exact);
  }
  if (candidates.length === 1) return extras.get(candidates[0]);
  return undefined;
}

/** The attribute map of a client-node model class: `[{ baseName, type, format }]`. */
function attributeMap(js) {
  const start = js.indexOf('.attributeTypeMap = [');
  if (start === -1) return null;
  const open = js.indexOf('[', start);
  const close = js.indexOf('\n];', open);
  return JSON.parse(js.slice(open, close + 2));
}

function requiredFields(dts) {
  return [...dts.matchAll(/^ {4}'([^']+)': /gm)].map((m) => m[1]);
}

const INTEGER_FORMATS = new Set(['int32', 'int64']);

/** A client-node type string as JSON Schema. */
function schemaOf(type, format, refs, extra) {
  if (extra?.quantity && type === 'string') return { type: ['string', 'number'] };
  if (extra?.quantity && /^\{ \[key: string\]: string; \}$/.test(type)) {
    return { type: 'object', additionalProperties: { type: ['string', 'number'] } };
  }
  if (extra?.enum && type === 'string') return { type: 'string', enum: extra.enum };
  const array = /^Array<(.+)>$/.exec(type);
  if (array) return { type: 'array', items: schemaOf(array[1], format, refs) };
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) return { type: 'object', additionalProperties: schemaOf(map[1], format, refs) };
  switch (type) {
    case 'string':
    case 'Date':
    case 'V1MicroTime':
      return { type: 'string' };
    case 'number':
      return { type: INTEGER_FORMATS.has(format) ? 'integer' : 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'IntOrString':
      return { type: ['integer', 'string'] };
    case 'any':
    case 'object':
      return {};
    default:
      refs.add(type);
      return { $ref: `#/definitions/${type}` };
  }
}

/** `/apis/apps/v1/namespaces/{namespace}/deployments` -> `apps/v1`; `/api/v1/...` -> `v1`. */
function apiVersionOf(path) {
  const m = /^\/apis?\/(?:([^/]+)\/)?(v\d+(?:alpha\d+|beta\d+)?)\//.exec(path);
  if (!m) return null;
  return m[1] && path.startsWith('/apis/') ? `${m[1]}/${m[2]}` : m[2];
}

/**
 * apiVersion -> kind -> model class: the body each `create` call sends, and what each `read`
 * of one object returns (kinds such as ComponentStatus are read, never created).
 */
function readKinds(apisDir) {
  const kinds = {};
  const add = (apiVersion, kind, model) => {
    if (apiVersion !== null) (kinds[apiVersion] ??= {})[kind] ??= model;
  };
  for (const file of readdirSync(apisDir).filter((f) => /^\w+Api\.js$/.test(f))) {
    const js = readFileSync(join(apisDir, file), 'utf8');
    const blocks = js.split(/\n {4}async /).slice(1);
    const readPaths = new Map();
    for (const block of blocks) {
      const name = /^(\w+)\(/.exec(block)?.[1] ?? '';
      const path = /localVarPath = '([^']+)'/.exec(block)?.[1];
      const create = /^create(?:Namespaced)?(\w+)$/.exec(name);
      const body = /ObjectSerializer\.serialize\(body, "(\w+)"/.exec(block)?.[1];
      if (create && path && body && !path.includes('{name}')) add(apiVersionOf(path), create[1], body);
      // One object, not a subresource of it (`.../deployments/{name}/scale`).
      if (/^read(?:Namespaced)?\w+$/.test(name) && path?.endsWith('/{name}')) readPaths.set(name, path);
    }
    for (const block of blocks) {
      const read = /^(read(?:Namespaced)?(\w+))WithHttpInfo\(/.exec(block);
      const model = /ObjectSerializer\.deserialize\([^;]*?"(\w+)", ""\)/.exec(block)?.[1];
      const path = read ? readPaths.get(read[1]) : undefined;
      if (read && model && path && /^(?:[A-Z][a-z]+)*V\d/.test(model)) add(apiVersionOf(path), read[2], model);
    }
  }
  return kinds;
}

function vendor(release, workDir, extras) {
  const pkg = unpack(`@kubernetes/client-node@${release.clientNode}`, workDir);
  const models = join(pkg, 'dist/gen/models');
  const kinds = readKinds(join(pkg, 'dist/gen/apis'));
  const definitions = {};
  const queue = new Set(Object.values(kinds).flatMap((byKind) => Object.values(byKind)));
  for (const className of queue) {
    const js = join(models, `${className}.js`);
    if (!existsSync(js)) {
      // A type the generator maps to no class: anything is accepted there.
      console.warn(`client-node ${release.clientNode} has no model ${className}; it accepts any value`);
      definitions[className] = {};
      continue;
    }
    const attributes = attributeMap(readFileSync(js, 'utf8'));
    if (attributes === null) {
      definitions[className] = {};
      continue;
    }
    const required = requiredFields(readFileSync(join(models, `${className}.d.ts`), 'utf8'));
    const extra = extrasFor(className, extras) ?? {};
    const refs = new Set();
    const properties = {};
    for (const { baseName, type, format } of attributes) properties[baseName] = schemaOf(type, format, refs, extra[baseName]);
    definitions[className] = {
      type: 'object',
      properties,
      ...(required.length > 0 ? { required: required.map((name) => attributes.find((a) => a.name === name)?.baseName ?? name) } : {}),
      additionalProperties: false,
    };
    for (const ref of refs) queue.add(ref);
  }
  // Kinds in a stable order, so that a new release shows as a readable diff.
  const sortedKinds = Object.fromEntries(
    Object.keys(kinds)
      .sort()
      .map((v) => [v, Object.fromEntries(Object.entries(kinds[v]).sort(([a], [b]) => a.localeCompare(b)))]),
  );
  const sortedDefinitions = Object.fromEntries(
    Object.keys(definitions)
      .sort()
      .map((k) => [k, definitions[k]]),
  );
  const document = {
    kubernetes: release.kubernetes,
    source: `@kubernetes/client-node@${release.clientNode}, enums and quantities from kubernetes-models@${KUBERNETES_MODELS}`,
    kinds: sortedKinds,
    definitions: sortedDefinitions,
  };
  const file = join(outDir, `kubernetes-${release.kubernetes}.json`);
  writeFileSync(file, `${JSON.stringify(document)}\n`);
  const kindCount = Object.values(kinds).reduce((n, byKind) => n + Object.keys(byKind).length, 0);
  console.log(
    `${file}: ${kindCount} kinds, ${Object.keys(definitions).length} definitions, ${(JSON.stringify(document).length / 1024).toFixed(0)} KB`,
  );
}

const workDir = mkdtempSync(join(tmpdir(), 'k8s-schemas-'));
try {
  mkdirSync(outDir, { recursive: true });
  const extras = readModelExtras(unpack(`kubernetes-models@${KUBERNETES_MODELS}`, workDir));
  for (const release of RELEASES) vendor(release, workDir, extras);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
