import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { countDomains } from '../../lib/search/filters';
import { patchPagefindRuntime } from './pagefind-runtime';
import { readPagefindPreload } from './read-pagefind-preload';
import type { PagefindPreload } from '../../lib/search/pagefind-preload';
import type { SearchRecord } from '../../lib/build/search-records';

/**
 * Where the content loader sends a build's search records as it renders them, in `astro build`
 * only (the settings name the folder to write to: src/integrations/settings.ts).
 */
export interface SearchIndexer {
  /** Queue records for the index; a problem with them surfaces in `finish`. */
  add(records: readonly SearchRecord[]): void;
  /** Every record has been sent: write the index (the integration puts it in place later). */
  finish(): Promise<void>;
  /** The content failed to build: stop without writing anything. */
  abort(): Promise<void>;
  /** Once `finish` has written the index: what pages name for the browser to fetch early. */
  readonly preload: PagefindPreload | undefined;
  /** Records per domain title, as sent to the index: the domains a search can be narrowed to. */
  readonly domains: Readonly<Record<string, number>>;
}

interface PagefindIndexer extends SearchIndexer {
  preload: PagefindPreload | undefined;
  domains: Record<string, number>;
}

/** An indexer that writes the index to `outputPath` when `finish` is called. */
export function pagefindIndexer(outputPath: string, logger: AstroIntegrationLogger): PagefindIndexer {
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
