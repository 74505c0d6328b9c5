/**
 * `cks-study`: build or check any folder of exercise markdown, without touching this
 * package's own content/. bin/cks-study.mjs loads this file through tsx.
 * Exit codes: 0 done, 1 content errors (or warnings with --strict) or a failed build, 2 usage.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkSite } from '../lib/build/check-site';
import { contentFailure, formatDiagnostics, formatSummary, formatUnpublished } from '../lib/build/report';
import { parseCommandLine, SHORT_USAGE, USAGE, UsageError, type BuildCommand, type CheckCommand } from './args';
import { runBuild } from './build';
import { formatHealthTable } from './health-table';
import { unsafeOutDir } from './out-dir';
import { plural } from '../lib/site/labels';
import { describeBundledVersions } from '../lib/manifests/kubernetes-versions';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
  env: process.env,
};

function contentFolder(folder: string, cwd: string): string {
  const path = resolve(cwd, folder);
  if (!existsSync(path)) throw new UsageError(`folder not found: ${folder} (looked for ${path})`);
  if (!statSync(path).isDirectory()) throw new UsageError(`${folder} is a file; give the folder that holds the markdown files`);
  return path;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Parse and report: the diagnostics, then a line of counts. Returns the exit code it calls for. */
async function report(contentDir: string, io: Io, strict: boolean, kubernetesVersion: string | undefined) {
  const started = performance.now();
  const check = await checkSite(contentDir, kubernetesVersion === undefined ? {} : { KUBERNETES_VERSION: kubernetesVersion });
  for (const line of formatDiagnostics(check.diagnostics, contentDir, io.cwd)) io.err(line);
  const took = Math.round(performance.now() - started);
  io.out(`Parsed ${plural(check.files, 'markdown file')} in ${took} ms: ${formatSummary(check.summary)}`);
  const unpublished = formatUnpublished(check.unpublished);
  if (unpublished) io.out(unpublished);
  const content = contentFailure(check.summary, strict);
  let failure: string | null = null;
  if (content?.kind === 'errors') failure = `${content.count} error(s) in the content; see the messages above`;
  else if (content?.kind === 'warnings') failure = `--strict: ${content.count} warning(s) in the content; see the messages above`;
  if (check.summary.domains === 0 && failure === null) {
    io.err(`warning: no domain files in ${contentDir}: a domain is a markdown file other than README.md`);
    if (strict) failure = '--strict: no domain files';
  }
  return { check, failure };
}

async function check(command: CheckCommand, io: Io): Promise<number> {
  const contentDir = contentFolder(command.folder, io.cwd);
  const { check: result, failure } = await report(contentDir, io, command.strict, command.kubernetesVersion);
  io.out('');
  io.out(formatHealthTable(result.domains));
  if (failure !== null) {
    io.err(`cks-study: ${failure}`);
    return 1;
  }
  return 0;
}

async function build(command: BuildCommand, io: Io, packageRoot: string): Promise<number> {
  const started = performance.now();
  const contentDir = contentFolder(command.folder, io.cwd);
  const outDir = resolve(io.cwd, command.out ?? 'dist');
  const unsafe = unsafeOutDir(outDir, { contentDir, packageRoot, cwd: io.cwd });
  if (unsafe !== null) throw new UsageError(unsafe);
  const { failure } = await report(contentDir, io, command.strict, command.kubernetesVersion);
  if (failure !== null) {
    io.err(`cks-study: ${failure}; the site was not built`);
    return 1;
  }
  const result = await runBuild({ ...command, contentDir, outDir, packageRoot, cwd: io.cwd, log: io.out });
  if (!result.ok) {
    io.err(`cks-study: the build failed: ${result.message}`);
    return 1;
  }
  io.out(`Done in ${seconds(performance.now() - started)}.`);
  return 0;
}

function version(packageRoot: string): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

export async function main(argv: readonly string[], packageRoot: string, io: Io = defaultIo): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    switch (command.command) {
      case 'help':
        io.out(USAGE);
        return 0;
      case 'version':
        io.out(`cks-study ${version(packageRoot)}`);
        io.out(`Kubernetes API schemas: ${describeBundledVersions()}`);
        return 0;
      case 'check':
        return await check(command, io);
      case 'build':
        return await build(command, io, packageRoot);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`cks-study: ${error.message}\n\n${SHORT_USAGE}\nRun cks-study --help for the options.`);
      return 2;
    }
    throw error;
  }
}
