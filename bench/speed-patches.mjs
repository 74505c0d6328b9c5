#!/usr/bin/env node
// npm run bench:patches: what each speed patch of the search buys today, as an interleaved
// A/B on the built site (`npm run build` first). Each variant is dist/ with one patch taken
// out; `bench/search.ts` runs against the full site and every variant in turn, round after
// round, so that the host's load falls on all of them alike. Writes bench/results/patches.json.
//
// The patches (bench/README.md "Speed patches" is the ledger):
// - runtime: the build's two changes to Pagefind's pagefind.js (pagefind-runtime.ts);
// - segmenter: the idle-time Intl.Segmenter warm-up (search-box-loader.ts);
// - preload: the Pagefind files each page names (data-pagefind-preload); without them the
//   browser reads the entry file first, the fallback path.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const DIST = resolve(process.env.DIST ?? 'dist');
const OUT = resolve('bench/results/patches.json');
const ROUNDS = Number(process.argv.find((arg) => arg.startsWith('--rounds='))?.slice('--rounds='.length) ?? 2);

if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
  console.error(`bench:patches: no built site with a search index in ${DIST}. Run \`npm run build\` first.`);
  process.exit(1);
}

/** Every file under `dir` whose name ends with `suffix`. */
function filesEnding(dir, suffix) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(dir, name));
}

/** Replace `pattern` in every file ending with `suffix`; fails when it matched nowhere, so a variant is never the full site by accident. */
function replaceIn(dir, suffix, pattern, replacement) {
  let replaced = 0;
  for (const file of filesEnding(dir, suffix)) {
    const source = readFileSync(file, 'utf8');
    const changed = source.replace(pattern, replacement);
    if (changed !== source) {
      writeFileSync(file, changed);
      replaced += 1;
    }
  }
  if (replaced === 0)
    throw new Error(`bench:patches: ${pattern} found in no ${suffix} file of ${dir}: the built code changed, update this script`);
}

/** pagefind.js exactly as the installed Pagefind writes it, from a one-record index. */
async function unpatchedRuntime() {
  const out = mkdtempSync(join(tmpdir(), 'cks-pagefind-'));
  const { index } = await pagefind.createIndex({});
  await index.addCustomRecord({ url: '/', content: 'pod', language: 'en' });
  await index.writeFiles({ outputPath: out });
  await pagefind.close();
  const source = readFileSync(join(out, 'pagefind.js'), 'utf8');
  rmSync(out, { recursive: true, force: true });
  return source;
}

const VARIANTS = {
  full: () => {},
  'without runtime patch': async (dir) => writeFileSync(join(dir, 'pagefind', 'pagefind.js'), await unpatchedRuntime()),
  'without segmenter warm-up': (dir) => replaceIn(dir, '.js', /`requestIdleCallback`in window&&requestIdleCallback\(\w+\);/, ''),
  'without named preload': (dir) => replaceIn(dir, '.html', / data-pagefind-preload="[^"]*"/g, ''),
};

const work = mkdtempSync(join(tmpdir(), 'cks-bench-patches-'));
const dists = {};
for (const [name, make] of Object.entries(VARIANTS)) {
  const dir = join(work, name.replaceAll(' ', '-'));
  cpSync(DIST, dir, { recursive: true });
  await make(dir);
  dists[name] = dir;
}

const samples = Object.fromEntries(Object.keys(VARIANTS).map((name) => [name, []]));
for (let round = 1; round <= ROUNDS; round += 1) {
  for (const [name, dir] of Object.entries(dists)) {
    const results = join(work, 'search.json');
    console.log(`round ${round}/${ROUNDS}: ${name}`);
    const run = spawnSync(process.execPath, ['bench/search.ts'], {
      env: { ...process.env, DIST: dir, SEARCH_RESULTS: results },
      encoding: 'utf8',
    });
    if (run.status !== 0) {
      console.error(`bench:patches: bench/search.ts failed on ${name}:\n${run.stdout}\n${run.stderr}`);
      process.exit(1);
    }
    samples[name].push(...JSON.parse(readFileSync(results, 'utf8')).firstQuery.runs.map((r) => r.ms));
  }
}
rmSync(work, { recursive: true, force: true });

/** The value at fraction `q` of the sorted samples (nearest rank). */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

const summary = Object.fromEntries(
  Object.entries(samples).map(([name, values]) => [
    name,
    { count: values.length, median: quantile(values, 0.5), p90: quantile(values, 0.9), max: Math.max(...values) },
  ]),
);
for (const [name, s] of Object.entries(summary)) {
  console.log(
    `${name.padEnd(26)} first query, cold: median ${s.median.toFixed(1)} ms, p90 ${s.p90.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (${s.count})`,
  );
}
mkdirSync(resolve('bench/results'), { recursive: true });
writeFileSync(
  OUT,
  `${JSON.stringify({ date: new Date().toISOString(), rounds: ROUNDS, loadavgAtEnd: loadavg(), summary, samples }, null, 2)}\n`,
);
console.log(`wrote ${OUT}`);
