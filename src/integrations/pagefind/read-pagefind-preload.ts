import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { preloadFromEntry, type PagefindEntry, type PagefindPreload } from '../../lib/search/pagefind-preload.ts';

/** Reads a written Pagefind bundle; `undefined` if it is not one Pagefind 1.x would write. */
export async function readPagefindPreload(bundleDir: string): Promise<PagefindPreload | undefined> {
  let entry: Partial<PagefindEntry>;
  try {
    entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as Partial<PagefindEntry>;
  } catch {
    return undefined;
  }
  return preloadFromEntry(entry);
}
