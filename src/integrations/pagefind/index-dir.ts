import { fileURLToPath } from 'node:url';

/**
 * Where `astro build` has the content loader write the search index, in the build's cache
 * folder: the Pagefind integration moves it into the site once the pages are written.
 */
export function searchIndexDir(cacheDir: URL): string {
  return fileURLToPath(new URL('./pagefind-index/', cacheDir));
}
