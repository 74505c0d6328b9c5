import { cp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchIndexDir } from './index-dir.ts';

/**
 * The search index: one Pagefind record per question, so a result is a question (title,
 * domain, excerpt) and opens at its anchor, not at the top of a long domain page.
 *
 * The content loader indexes each domain's questions as it renders them
 * (src/integrations/pagefind/search-indexer.ts): Pagefind, a process of its own, indexes them
 * on the other core while the next domains render, and writes the index to the build's cache
 * folder when the content sync ends, before Astro bundles and renders the pages. Once the site
 * is written, this moves the index into `<outDir>/pagefind/`; the browser fetches it only when
 * someone searches.
 */
export function pagefindIntegration(): AstroIntegration {
  let command = '';
  let indexDir: string | undefined;
  return {
    name: 'cks-study:pagefind',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': async ({ config }) => {
        if (command !== 'build') return;
        indexDir = searchIndexDir(config.cacheDir);
        // An index left by an earlier build must not pass for this one's.
        await rm(indexDir, { recursive: true, force: true });
      },
      'astro:build:done': async ({ dir }) => {
        if (indexDir === undefined) return;
        const written = indexDir;
        indexDir = undefined;
        if (!existsSync(written)) {
          throw new Error(
            'No search index: the curriculum loader (src/content.config.ts) did not run in this build. Hint: run `astro build` on this project, with its content config.',
          );
        }
        const target = fileURLToPath(new URL('./pagefind/', dir));
        await rm(target, { recursive: true, force: true });
        await cp(written, target, { recursive: true });
        await rm(written, { recursive: true, force: true });
      },
    },
  };
}
