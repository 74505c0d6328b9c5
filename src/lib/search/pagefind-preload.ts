import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What a page needs to know to fetch, the moment a reader focuses the search field, every
 * Pagefind file that the first search reads whatever the query. Without it the browser learns
 * those names only from `pagefind-entry.json`, one round trip later, and while the main thread
 * is busy starting the search code, so the downloads start late (see bench/search.ts).
 */
export interface PagefindPreload {
  /** The index hash: Pagefind's cache tag (`metaCacheTag`), so its entry request is known too. */
  tag: string;
  /** Paths under the bundle folder: metadata, WebAssembly, filter chunks. */
  files: string[];
}

interface PagefindEntry {
  languages?: Record<string, { hash?: unknown; wasm?: unknown }>;
}

/**
 * The preload for an index of one language; `undefined` when the entry names several (the
 * browser picks one by the page's language then, so it reads the entry itself) or none.
 * Query-dependent files (index chunks, fragments) are left out: most would go unused.
 */
export function preloadFromEntry(entry: PagefindEntry, filterFiles: readonly string[]): PagefindPreload | undefined {
  const languages = Object.values(entry.languages ?? {});
  const language = languages[0];
  if (languages.length !== 1 || language === undefined || typeof language.hash !== 'string' || language.hash === '') return undefined;
  const files = [`pagefind.${language.hash}.pf_meta`];
  if (typeof language.wasm === 'string' && language.wasm !== '') files.push(`wasm.${language.wasm}.pagefind`);
  for (const file of [...filterFiles].sort()) if (file.endsWith('.pf_filter')) files.push(`filter/${file}`);
  return { tag: language.hash, files };
}

/** Reads a written Pagefind bundle; `undefined` if it is not one Pagefind 1.x would write. */
export async function readPagefindPreload(bundleDir: string): Promise<PagefindPreload | undefined> {
  let entry: PagefindEntry;
  try {
    entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  } catch {
    return undefined;
  }
  const filters = await readdir(join(bundleDir, 'filter')).catch(() => [] as string[]);
  return preloadFromEntry(entry, filters);
}
