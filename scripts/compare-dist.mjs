#!/usr/bin/env node
// Compares two built sites, so that a refactoring can show it changed nothing a user gets.
//
//   node scripts/compare-dist.mjs <before-dist> <after-dist>
//
// Bundled assets are named `_astro/<chunk>.<hash>.<js|css>`; moving or renaming a source
// file changes both the chunk name and the hash without changing what the browser runs.
// So every such name, in file paths and in references to them, becomes `_astro/[asset].js`
// (or `.css`), the `_astro/` files are compared as a set of normalised contents, and the
// content hashes of inline scripts and styles in `_headers` (which follow from the HTML,
// compared in full) become `'sha256-[hash]'`. Everything else must be byte-identical.
// Exits 1 and lists the differences when there are any.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node scripts/compare-dist.mjs <before-dist> <after-dist>');
  process.exit(2);
}

const ASSET = /([A-Za-z0-9_.-]+)\.([A-Za-z0-9_-]{8})\.(js|css)\b/g;
const TEXT = /\.(html|js|mjs|css|json|txt|tsv|xml|svg|map)$|(^|\/)_headers$/;

/** Every file under `root`, as paths relative to it with `/` separators. */
function listFiles(root, dir = root) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(root, path) : [relative(root, path).split('\\').join('/')];
  });
}

function normalise(path, bytes) {
  if (!TEXT.test(path)) return bytes.toString('base64');
  let text = bytes.toString('utf8').replace(ASSET, '[asset].$3');
  if (path === '_headers') text = text.replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-[hash]'");
  return text;
}

function snapshot(root) {
  const pages = new Map();
  const assets = [];
  for (const path of listFiles(root)) {
    const content = normalise(path, readFileSync(join(root, path)));
    if (path.startsWith('_astro/')) assets.push({ path, content });
    else pages.set(path, content);
  }
  return { pages, assets };
}

const a = snapshot(before);
const b = snapshot(after);
const problems = [];

for (const path of a.pages.keys()) {
  if (!b.pages.has(path)) problems.push(`only in ${before}: ${path}`);
  else if (a.pages.get(path) !== b.pages.get(path)) problems.push(`differs: ${path}`);
}
for (const path of b.pages.keys()) {
  if (!a.pages.has(path)) problems.push(`only in ${after}: ${path}`);
}

const unmatched = [...b.assets];
for (const asset of a.assets) {
  const index = unmatched.findIndex((other) => other.content === asset.content);
  if (index === -1) problems.push(`bundled asset only in ${before}: ${asset.path}`);
  else unmatched.splice(index, 1);
}
for (const asset of unmatched) {
  problems.push(`bundled asset only in ${after}: ${asset.path}`);
}

const files = a.pages.size + a.assets.length;
if (problems.length === 0) {
  console.log(`identical: ${files} files (${a.assets.length} bundled assets, hashes normalised)`);
} else {
  console.log(problems.join('\n'));
  console.log(`${problems.length} difference(s) between ${before} and ${after}`);
  process.exit(1);
}
