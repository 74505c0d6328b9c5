import { readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';

/** Files that live beside exercises in a repository but are not exam domains. */
const NOT_DOMAINS = /^(contributing|code_of_conduct|changelog|license|licence|security|support)\.md$/i;

/** Folders never walked: tooling with no prose for readers, and often large. */
const NOT_WALKED = new Set(['.git', 'node_modules']);

export interface MarkdownFiles {
  /** The files that become pages, as sorted content-relative paths with forward slashes. */
  published: string[];
  /** Markdown that is no page: contributor files (CONTRIBUTING.md, CHANGELOG.md …) and files in hidden folders. */
  unpublished: string[];
}

/**
 * Every markdown file under `root`. Hidden folders (.github) are tooling, not curriculum, and
 * files such as CONTRIBUTING.md are about the repository: both are named, never published.
 */
export async function findMarkdownFiles(root: string): Promise<MarkdownFiles> {
  const published: string[] = [];
  const unpublished: string[] = [];
  async function walk(relative: string, hidden: boolean): Promise<void> {
    const entries = await readdir(join(root, relative), { withFileTypes: true });
    for (const entry of entries) {
      if (NOT_WALKED.has(entry.name)) continue;
      const path = relative === '' ? entry.name : posix.join(relative, entry.name);
      const inHidden = hidden || entry.name.startsWith('.');
      if (entry.isDirectory()) await walk(path, inHidden);
      else if (entry.isFile() && /\.md$/i.test(entry.name)) (inHidden || NOT_DOMAINS.test(entry.name) ? unpublished : published).push(path);
    }
  }
  await walk('', false);
  return { published: published.sort(), unpublished: unpublished.sort() };
}
