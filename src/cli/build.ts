/** `cks-study build`: Astro's programmatic build of this package, pointed at the author's folder. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { plural } from '../lib/site/labels';

export interface RunBuildOptions {
  contentDir: string;
  outDir: string;
  /** This package's folder: Astro's root, with its pages, components and astro.config.mjs. */
  packageRoot: string;
  cwd: string;
  base: string | undefined;
  site: string | undefined;
  title: string | undefined;
  kubernetesVersion: string | undefined;
  verbose: boolean;
  log: (line: string) => void;
}

export interface BuiltSite {
  pages: number;
  questions: number;
  sitemap: boolean;
  /** Files of a search index (Pagefind), when the build wrote one. */
  searchFiles: number;
}

function countFiles(dir: string, test: (name: string) => boolean, skip: (name: string) => boolean = () => false): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += skip(entry.name) ? 0 : countFiles(join(dir, entry.name), test, skip);
    else if (test(entry.name)) count++;
  }
  return count;
}

/** What the build wrote, for the progress line. */
export function describeOutput(outDir: string): BuiltSite {
  const questionsFile = join(outDir, 'questions.json');
  const searchDir = join(outDir, 'pagefind');
  return {
    pages: countFiles(
      outDir,
      (name) => name.endsWith('.html'),
      (name) => name === 'pagefind' || name === '_astro',
    ),
    questions: existsSync(questionsFile) ? (JSON.parse(readFileSync(questionsFile, 'utf8')) as unknown[]).length : 0,
    sitemap: existsSync(join(outDir, 'sitemap-index.xml')),
    searchFiles: existsSync(searchDir) ? countFiles(searchDir, () => true) : 0,
  };
}

export async function runBuild(options: RunBuildOptions): Promise<{ ok: true; site: BuiltSite } | { ok: false; message: string }> {
  const started = performance.now();
  // astro.config.mjs and the loader read these when Astro loads them, in this process.
  process.env['CONTENT_DIR'] = options.contentDir;
  // The diagnostics are already printed (main.ts); the loader need not print them again.
  process.env['CKS_STUDY_REPORTED'] = '1';
  if (options.title !== undefined) process.env['SITE_TITLE'] = options.title;
  if (options.kubernetesVersion !== undefined) process.env['KUBERNETES_VERSION'] = options.kubernetesVersion;
  if (options.base !== undefined) process.env['BASE_PATH'] = options.base;
  if (options.site !== undefined) process.env['SITE_URL'] = options.site;
  process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';

  const shownOut = relative(options.cwd, options.outDir).startsWith('..') ? options.outDir : relative(options.cwd, options.outDir) || '.';
  const where = [options.base && `base ${options.base}`, options.site && `site ${options.site}`].filter(Boolean).join(', ');
  options.log(`Building the site into ${shownOut}${where ? ` (${where})` : ''}...`);

  // A folder of its own for this build, inside the package so that the prerender chunks Astro
  // writes under the working directory (when outDir is outside it, see getOutDirWithinCwd in
  // astro/dist/core/build/common.js) resolve this package's dependencies, and so that builds
  // side by side neither share those chunks nor a content cache.
  const workDir = join(options.packageRoot, '.astro', 'cks-study-builds');
  mkdirSync(workDir, { recursive: true });
  const buildDir = mkdtempSync(join(workDir, 'build-'));
  const previousCwd = process.cwd();
  process.chdir(buildDir);
  try {
    const { build } = await import('astro');
    await build({
      root: options.packageRoot,
      outDir: options.outDir,
      cacheDir: join(buildDir, 'cache'),
      logLevel: options.verbose ? 'info' : 'warn',
      ...(options.base !== undefined ? { base: options.base } : {}),
      ...(options.site !== undefined ? { site: options.site } : {}),
    });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    process.chdir(previousCwd);
    rmSync(buildDir, { recursive: true, force: true });
  }

  const site = describeOutput(options.outDir);
  const parts = [
    plural(site.pages, 'page'),
    `questions.json (${plural(site.questions, 'question')})`,
    ...(site.sitemap ? ['sitemap-index.xml'] : []),
    ...(site.searchFiles > 0 ? [`search index (${site.searchFiles} files)`] : []),
  ];
  options.log(`Wrote ${parts.join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return { ok: true, site };
}
