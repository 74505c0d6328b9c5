/**
 * `npm run bench`: build synthetic curricula at growing sizes, weigh the pages of content/,
 * run the search and print benchmarks when they exist, and (with --compare) build the same
 * markdown with Starlight and a bare Astro site side by side. Results go to bench/results/.
 *
 *   npm run bench                          all sizes (300, 1,000, 3,000, 10,000), no Starlight
 *   npm run bench -- --sizes=300,1000      fewer sizes
 *   npm run bench -- --compare             also the Starlight comparison (installs packages)
 *   npm run bench:compare                  only the Starlight comparison
 *   npm run bench -- --summary-only        rewrite bench/results/summary.md from the JSON there
 *   npm run bench:compare -- --shape=real  answers shaped like public repositories' (short, 1.5 fences)
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroBuild } from './lib/astro-build.mjs';
import { buildAtScale, scalingVerdict } from './build-scale.mjs';
import { compareWithStarlight } from './compare.mjs';
import { MB } from './lib/measure.mjs';
import { measurePageWeight } from './page-weight.mjs';
import { summaryMarkdown } from './lib/summary.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench', 'results');

function flag(name) {
  const arg = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (arg === undefined) return undefined;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : true;
}

const list = (value, fallback) => (typeof value === 'string' ? value.split(',').map(Number) : fallback);
const onlyCompare = flag('only-compare') === true;
const summaryOnly = flag('summary-only') === true;
const options = {
  sizes: list(flag('sizes'), [300, 1000, 3000, 10000]),
  compare: flag('compare') === true || onlyCompare,
  compareSizes: list(flag('compare-sizes'), [316, 1000]),
  rounds: Number(flag('rounds') ?? 3),
  shape: flag('shape') === 'real' ? 'real' : 'long',
  port: Number(process.env['BENCH_PORT'] ?? 4391),
};

function write(name, data) {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, name), `${JSON.stringify(data, null, 2)}\n`);
  console.log(`wrote bench/results/${name}`);
}

function read(name) {
  const path = join(RESULTS, name);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/** `npm run bench:search` / `bench:print` belong to the search and print features; run them if present. */
function runOptional(script) {
  const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts ?? {};
  if (!scripts[script]) {
    console.log(`${script}: not available (no such npm script yet)`);
    return { script, available: false };
  }
  console.log(`running npm run ${script} ...`);
  const run = spawnSync('npm', ['run', script], { cwd: ROOT, stdio: 'inherit' });
  return { script, available: true, exitCode: run.status };
}

const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
};
console.log(`machine: ${machine.cores} cores, ${machine.cpu}, ${machine.memoryGB} GB, node ${machine.node}`);

if (!onlyCompare && !summaryOnly) {
  console.log('building content/ for page weights ...');
  const outDir = mkdtempSync(join(tmpdir(), 'cks-bench-content-'));
  const run = await astroBuild({ root: ROOT, outDir, env: { CONTENT_DIR: join(ROOT, 'content') } });
  const pages = await measurePageWeight(outDir, options.port);
  write('page-weight.json', { machine, build: { wallMs: Math.round(run.wallMs), peakRssMB: Math.round(run.peakRss / MB) }, pages });
  rmSync(outDir, { recursive: true, force: true });

  const rows = await buildAtScale(ROOT, options.sizes, console.log, options.shape);
  write('scale.json', { machine, rows, verdict: scalingVerdict(rows) });

  write('optional.json', { machine, runs: [runOptional('bench:search'), runOptional('bench:print')] });
}
if (options.compare && !summaryOnly) {
  write(options.shape === 'real' ? 'compare-real.json' : 'compare.json', {
    machine,
    ...(await compareWithStarlight(ROOT, { sizes: options.compareSizes, rounds: options.rounds, shape: options.shape })),
  });
}

const summary = summaryMarkdown({
  machine,
  weight: read('page-weight.json'),
  scale: read('scale.json'),
  compare: read('compare.json'),
  search: read('search.json'),
  print: read('print.json'),
  optional: read('optional.json'),
});
writeFileSync(join(RESULTS, 'summary.md'), summary);
console.log(`\n${summary}`);
