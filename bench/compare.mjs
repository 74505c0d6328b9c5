/**
 * Side-by-side build of the same markdown three ways, in one run: this project, a Starlight
 * site (installed from npm into a temporary folder, never committed), and a bare one-page
 * Astro site as the floor. Rounds are interleaved so that load from other processes on the
 * machine spreads over all three; the median of the rounds is reported.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild, buildScriptNodeFlags } from './lib/astro-build.mjs';
import { writeCurriculum } from './lib/generate-curriculum.mjs';
import { MB } from './lib/measure.mjs';

/** Reused between runs, so only the first run downloads packages; delete it to update them. */
const INSTALL = join(tmpdir(), 'cks-bench-starlight');
const LOGS = join(INSTALL, 'logs');

/**
 * Starlight and Astro unpinned, as a new Starlight site gets them: npm picks the newest
 * Astro that Starlight's peer range allows, which need not be ours (both are recorded).
 */
function installStarlight(log) {
  if (existsSync(join(INSTALL, 'node_modules', '@astrojs', 'starlight'))) return;
  log(`installing @astrojs/starlight and astro into ${INSTALL} ...`);
  mkdirSync(INSTALL, { recursive: true });
  writeFileSync(join(INSTALL, 'package.json'), JSON.stringify({ name: 'starlight-bench', private: true, type: 'module' }));
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '@astrojs/starlight', 'astro'], {
    cwd: INSTALL,
    encoding: 'utf8',
  });
  if (npm.status !== 0) throw new Error(`npm install of Starlight failed:\n${npm.stderr}`);
}

function version(root, pkg) {
  return JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

/**
 * Projects live inside the install folder and find its node_modules by walking up: a
 * symlinked node_modules makes Vite load Starlight's files outside its pipeline. Their
 * package.json must name their dependencies: Astro bundles only the Astro packages it
 * finds there, and left external, Starlight's middleware (`@astrojs/starlight/locals`)
 * is loaded by Node, which cannot import `astro:middleware` (ERR_UNSUPPORTED_ESM_URL_SCHEME).
 */
function siteFolder(prefix, dependencies) {
  mkdirSync(join(INSTALL, 'sites'), { recursive: true });
  const root = mkdtempSync(join(INSTALL, 'sites', prefix));
  const versions = Object.fromEntries(dependencies.map((pkg) => [pkg, version(INSTALL, pkg)]));
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({ name: prefix.slice(0, -1), private: true, type: 'module', dependencies: versions }),
  );
  return root;
}

/** A Starlight project over `content`: one docs page per markdown file, title in frontmatter. */
function starlightProject(content, { pagefind }) {
  const root = siteFolder('starlight-', ['@astrojs/starlight', 'astro']);
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n` +
      `export default defineConfig({ integrations: [starlight({ title: 'CKS Study'${pagefind ? '' : ', pagefind: false'} })] });\n`,
  );
  mkdirSync(join(root, 'src', 'content', 'docs'), { recursive: true });
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n` +
      `import { docsSchema } from '@astrojs/starlight/schema';\n` +
      `export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  for (const file of readdirSync(content)) {
    const source = readFileSync(join(content, file), 'utf8');
    const title = /^#\s+(.+)$/m.exec(source)?.[1] ?? file;
    const name = file === 'README.md' ? 'index.md' : file.replace(/^[a-z0-9]+[._-]/, '').replaceAll('_', '-');
    writeFileSync(join(root, 'src', 'content', 'docs', name), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${source}`);
  }
  return root;
}

/** The floor: an Astro project with one page and nothing else. */
function bareProject() {
  const root = siteFolder('bare-', ['astro']);
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  writeFileSync(
    join(root, 'src', 'pages', 'index.astro'),
    '<html lang="en"><head><title>Bare</title></head><body><h1>Bare</h1></body></html>\n',
  );
  return root;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export async function compareWithStarlight(ourRoot, { sizes = [316, 1000], rounds = 3, shape = 'long', log = console.log } = {}) {
  installStarlight(log);
  mkdirSync(LOGS, { recursive: true });
  log(`build logs in ${LOGS}`);
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ourRoot, encoding: 'utf8' }).stdout.trim();
  const versions = {
    ours: { commit, astro: version(ourRoot, 'astro') },
    starlight: { astro: version(INSTALL, 'astro'), starlight: version(INSTALL, '@astrojs/starlight') },
  };
  const results = [];
  for (const size of sizes) {
    const content = mkdtempSync(join(tmpdir(), `cks-bench-cmp-${size}-`));
    const written = writeCurriculum(content, size, { shape });
    const projects = {
      ours: { root: ourRoot, env: { CONTENT_DIR: content } },
      starlight: { root: starlightProject(content, { pagefind: true }), env: {}, modules: join(INSTALL, 'node_modules') },
      starlightNoPagefind: { root: starlightProject(content, { pagefind: false }), env: {}, modules: join(INSTALL, 'node_modules') },
      bareAstro: { root: bareProject(), env: {}, modules: join(INSTALL, 'node_modules') },
      // Starlight built with the Node flags of our build script: what those flags alone are worth.
      starlightOurFlags: {
        root: starlightProject(content, { pagefind: true }),
        env: {},
        modules: join(INSTALL, 'node_modules'),
        nodeFlags: buildScriptNodeFlags(ourRoot),
      },
    };
    const runs = Object.fromEntries(Object.keys(projects).map((name) => [name, []]));
    const failures = {};
    for (let round = 1; round <= rounds; round++) {
      for (const [name, project] of Object.entries(projects)) {
        if (failures[name]) continue;
        const outDir = mkdtempSync(join(tmpdir(), `cks-bench-cmp-out-`));
        try {
          const run = await astroBuild({
            root: project.root,
            outDir,
            env: project.env,
            modules: project.modules,
            nodeFlags: project.nodeFlags,
          });
          runs[name].push({ wallMs: Math.round(run.wallMs), cpuMs: run.cpuMs, peakRssMB: Math.round(run.peakRss / MB) });
          // Astro's log times each phase (content sync, Vite, page render, Pagefind): kept to read, not parsed.
          writeFileSync(join(LOGS, `${size}-${name}-${round}.log`), run.output);
          log(
            `  ${size} questions, round ${round}, ${name}: ${Math.round(run.wallMs)} ms wall, ${run.cpuMs} ms CPU, ${Math.round(run.peakRss / MB)} MB`,
          );
        } catch (error) {
          // Reported, not fatal: the other projects are still worth measuring.
          failures[name] = String(error.message).split('\n').slice(0, 12).join('\n');
          log(`  ${size} questions, ${name}: build failed\n${failures[name]}`);
        } finally {
          rmSync(outDir, { recursive: true, force: true });
        }
      }
    }
    const summary = Object.fromEntries(
      Object.entries(runs).map(([name, list]) => [
        name,
        failures[name]
          ? { wallMs: null, cpuMs: null, peakRssMB: null, error: failures[name], runs: [] }
          : {
              wallMs: median(list.map((r) => r.wallMs)),
              cpuMs: list.every((r) => r.cpuMs !== null) ? median(list.map((r) => r.cpuMs)) : null,
              peakRssMB: median(list.map((r) => r.peakRssMB)),
              runs: list,
            },
      ]),
    );
    const ratio = (a, b) => (a === null || b === null ? null : +(a / b).toFixed(2));
    results.push({
      size,
      questions: written.questions,
      ...summary,
      ratios: {
        timeVsStarlight: ratio(summary.ours.wallMs, summary.starlight.wallMs),
        cpuVsStarlight: ratio(summary.ours.cpuMs, summary.starlight.cpuMs),
        cpuVsStarlightNoPagefind: ratio(summary.ours.cpuMs, summary.starlightNoPagefind.cpuMs),
        bareCpuVsStarlight: ratio(summary.bareAstro.cpuMs, summary.starlight.cpuMs),
        timeVsBare: ratio(summary.ours.wallMs, summary.bareAstro.wallMs),
        cpuVsBare: ratio(summary.ours.cpuMs, summary.bareAstro.cpuMs),
        memoryVsBare: ratio(summary.ours.peakRssMB, summary.bareAstro.peakRssMB),
        memoryVsStarlight: ratio(summary.ours.peakRssMB, summary.starlight.peakRssMB),
        timeVsStarlightNoPagefind: ratio(summary.ours.wallMs, summary.starlightNoPagefind.wallMs),
        memoryVsStarlightNoPagefind: ratio(summary.ours.peakRssMB, summary.starlightNoPagefind.peakRssMB),
        bareTimeVsStarlight: ratio(summary.bareAstro.wallMs, summary.starlight.wallMs),
        bareMemoryVsStarlight: ratio(summary.bareAstro.peakRssMB, summary.starlight.peakRssMB),
        timeVsStarlightOurFlags: ratio(summary.ours.wallMs, summary.starlightOurFlags.wallMs),
        cpuVsStarlightOurFlags: ratio(summary.ours.cpuMs, summary.starlightOurFlags.cpuMs),
        memoryVsStarlightOurFlags: ratio(summary.ours.peakRssMB, summary.starlightOurFlags.peakRssMB),
      },
    });
    for (const project of Object.values(projects)) if (project.root !== ourRoot) rmSync(project.root, { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
  }
  return { versions, rounds, shape, results };
}
