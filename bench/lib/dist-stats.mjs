/** Sizes of a built site: the whole dist, its largest HTML page, and the Pagefind index. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

function folderBytes(dir) {
  let bytes = 0;
  for (const file of files(dir)) bytes += statSync(file).size;
  return bytes;
}

export function distStats(dist) {
  let bytes = 0;
  let pages = 0;
  let largest = { path: '', bytes: 0 };
  for (const file of files(dist)) {
    const size = statSync(file).size;
    bytes += size;
    if (file.endsWith('.html')) {
      pages++;
      if (size > largest.bytes) largest = { path: `/${relative(dist, file)}`, bytes: size };
    }
  }
  const pagefind = join(dist, 'pagefind');
  return {
    distBytes: bytes,
    htmlPages: pages,
    largestPage: largest,
    pagefindBytes: existsSync(pagefind) ? folderBytes(pagefind) : null,
  };
}
