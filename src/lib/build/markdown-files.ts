import { readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';

/** Files that live beside exercises in a repository but are not exam domains. */
const NOT_DOMAINS = /^(contributing|code_of_conduct|changelog|license|licence|security|support)\.md$/i;

/**
 * Every markdown file under `root`, as sorted content-relative paths with forward slashes.
 * Hidden folders and node_modules are skipped: they are tooling, not curriculum.
 */
export async function findMarkdownFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(relative: string): Promise<void> {
    const entries = await readdir(join(root, relative), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = relative === '' ? entry.name : posix.join(relative, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && /\.md$/i.test(entry.name) && !NOT_DOMAINS.test(entry.name)) found.push(path);
    }
  }
  await walk('');
  return found.sort();
}
