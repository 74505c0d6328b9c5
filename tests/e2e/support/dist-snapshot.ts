import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The hash of every file of a built site, by path. dist/ is snapshotted before the suite
 * starts, since `npm run pdf` (print.spec.ts) adds the PDF and rewrites pdf.json while it runs.
 */
export function hashFiles(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return hashes;
}

const SNAPSHOT = resolve('node_modules/.cache/cks-study-e2e/dist-before-tests.json');

/** Playwright's global setup: record dist/ as `npm run build` left it, without a PDF of an earlier `npm run pdf`. */
export default function snapshotDist(): void {
  const hashes = hashFiles(resolve('dist'));
  for (const path of Object.keys(hashes)) if (path.endsWith('.pdf')) delete hashes[path];
  mkdirSync(dirname(SNAPSHOT), { recursive: true });
  writeFileSync(SNAPSHOT, JSON.stringify(hashes));
}

export function distBeforeTests(): Record<string, string> {
  return JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, string>;
}
