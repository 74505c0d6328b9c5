import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { PagefindPreload } from '../../lib/search/pagefind-preload.ts';
import { patchPagefindRuntime } from './pagefind-runtime.ts';
import { countDomains } from '../../lib/search/filters.ts';
import type { SearchRecord } from '../../lib/build/search-records';
import { readPagefindPreload } from './read-pagefind-preload.ts';
import { setSearchIndexer, type SearchIndexer } from './search-indexer.ts';

/**
 * The search index: one Pagefind record per question, so a result is a question (title,
 * domain, excerpt) and opens at its anchor, not at the top of a long domain page.
 *
 * The content loader keeps the text of each question as it renders it
 * (src/lib/build/search-records.ts) and sends each domain's records here as soon as the
 * domain is rendered: Pagefind, a process of its own, indexes them on the other core while
 * the next domains render, and writes the index when the content sync ends, before Astro
 * bundles and renders the pages. Once the site is written the index is moved into
 * `<outDir>/pagefind/`; the browser fetches it only when someone searches.
 */
export function pagefindIntegration(): AstroIntegration {
  let command = '';
  let indexer: PagefindIndexer | undefined;
  return {
    name: 'cks-study:pagefind',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config, logger }) => {
        if (command !== 'build') return;
        indexer = pagefindIndexer(fileURLToPath(new URL('./pagefind-index/', config.cacheDir)), logger.fork('pagefind'));
        setSearchIndexer(indexer);
      },
      'astro:build:done': async ({ dir }) => {
        setSearchIndexer(undefined);
        if (indexer === undefined) return;
        const { written } = indexer;
        indexer = undefined;
        if (written === undefined) {
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

interface PagefindIndexer extends SearchIndexer {
  /** The folder the index was written to, once it has been. */
  written: string | undefined;
  preload: PagefindPreload | undefined;
  domains: Record<string, number>;
}

function pagefindIndexer(outputPath: string, logger: AstroIntegrationLogger): PagefindIndexer {
  let index: Promise<pagefind.PagefindIndex> | undefined;
  let count = 0;
  // The records of one domain after another; the first failure stops the rest and is thrown by finish().
  let queue: Promise<unknown> = Promise.resolve();
  let failure: unknown;
  let started: number | undefined;

  // A result's text is read before it is shown (relevance.ts, hit-queue.ts): bundled in a few
  // files, the texts of a query's first results arrive in a few requests, not one each.
  const open = () => (index ??= pagefind.createIndex({ maxFragments: 16 }).then((response) => check(response, logger).index));

  const self: PagefindIndexer = {
    written: undefined,
    preload: undefined,
    domains: {},
    add(records: readonly SearchRecord[]) {
      started ??= performance.now();
      count += records.length;
      countDomains(self.domains, records);
      queue = queue.then(async () => {
        if (failure !== undefined) return;
        try {
          const target = await open();
          for (const record of records) check(await target.addCustomRecord(record), logger);
        } catch (error) {
          failure = error;
        }
      });
    },
    async finish() {
      try {
        await queue;
        if (failure !== undefined) throw failure;
        if (count === 0) logger.warn('No questions found to index; search will find nothing.');
        await rm(outputPath, { recursive: true, force: true });
        check(await (await open()).writeFiles({ outputPath }), logger);
        await patchRuntime(join(outputPath, 'pagefind.js'), logger);
        self.written = outputPath;
        self.preload = await readPagefindPreload(outputPath);
        logger.info(`Indexed ${count} questions for search in ${Math.round(performance.now() - (started ?? performance.now()))} ms.`);
      } finally {
        // Pagefind's process holds the whole index in memory: let it go before Astro's build.
        await pagefind.close();
      }
    },
    async abort() {
      await queue;
      await pagefind.close();
    },
  };
  return self;
}

/** Pagefind's browser script with the changes that shorten the first query (pagefind-runtime.ts). */
async function patchRuntime(file: string, logger: AstroIntegrationLogger): Promise<void> {
  const { source, applied, missed } = patchPagefindRuntime(await readFile(file, 'utf8'));
  if (missed.length > 0) {
    logger.warn(
      `pagefind.js left as Pagefind wrote it for: ${missed.join(', ')} (its code has changed). Search works; the first query is slower.`,
    );
  }
  if (applied.length > 0) await writeFile(file, source);
}

/** Pagefind reports problems in `errors` rather than throwing; a build with a broken index must fail. */
function check<T extends { errors: string[] }>(response: T, logger: AstroIntegrationLogger): Required<T> {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind: ${error}`);
    throw new Error('Building the search index failed; see the Pagefind errors above.');
  }
  return response as Required<T>;
}
