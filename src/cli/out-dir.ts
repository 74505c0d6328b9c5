/** Astro empties the output folder before writing: refuse folders whose loss would hurt. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

function contains(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel));
}

/** A reason not to write into `outDir`, or null when it is safe. */
export function unsafeOutDir(outDir: string, protectedDirs: { contentDir: string; packageRoot: string; cwd: string }): string | null {
  const out = resolve(outDir);
  if (contains(out, resolve(protectedDirs.contentDir)))
    return `--out ${outDir} holds the content folder, which the build would erase; choose another folder`;
  if (contains(out, resolve(protectedDirs.packageRoot))) return `--out ${outDir} holds the cks-study package itself; choose another folder`;
  if (contains(out, resolve(protectedDirs.cwd))) return `--out ${outDir} holds the current folder; choose a sub-folder such as ./dist`;
  if (!existsSync(out)) return null;
  if (!statSync(out).isDirectory()) return `--out ${outDir} is a file, not a folder`;
  const entries = readdirSync(out);
  // A folder a previous build wrote (even one that failed half-way) has index.html or _astro/;
  // anything else may be someone's files.
  if (entries.length > 0 && !['index.html', '404.html', '_astro'].some((name) => existsSync(join(out, name)))) {
    return `--out ${outDir} is not empty and holds no built site (no index.html); the build would erase it. Choose an empty or new folder`;
  }
  return null;
}
