import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { takeSearchRecords } from '../lib/search/build-records';
import type { SearchRecord } from '../lib/search/question-records';

/**
 * Builds the search index: one Pagefind record per question, so a result is a question
 * (title, domain, excerpt) and opens at its anchor, not at the top of a long domain page.
 * The records come from the content loader, which keeps the text of each question as it
 * renders it (src/lib/search/question-records.ts), so they are ready before any page is:
 * Pagefind (a process of its own) indexes them while Astro bundles and renders the pages,
 * and only writes the index into `<outDir>/pagefind/` once the site is written. The
 * browser fetches it only when someone searches.
 */
export function pagefindIntegration(): AstroIntegration {
  let indexing: Promise<Indexed> | undefined;
  return {
    name: 'cks-study:pagefind',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const records = takeSearchRecords();
        if (records === undefined) {
          throw new Error(
            'No search records: the curriculum loader (src/content.config.ts) did not run in this build. Hint: run `astro build` on this project, with its content config.',
          );
        }
        indexing = addRecords(records, logger.fork('pagefind'));
        // Awaited in astro:build:done; until then a failure must not be an unhandled rejection.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (indexing === undefined) return;
        try {
          const { index, count } = await indexing;
          const log = logger.fork('pagefind');
          const started = performance.now();
          check(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), log);
          log.info(`Indexed ${count} questions for search (index written in ${Math.round(performance.now() - started)} ms).`);
        } finally {
          indexing = undefined;
          await pagefind.close();
        }
      },
    },
  };
}

interface Indexed {
  index: pagefind.PagefindIndex;
  count: number;
}

async function addRecords(records: SearchRecord[], logger: AstroIntegrationLogger): Promise<Indexed> {
  try {
    // Results are checked against their text before they are shown (see relevance.ts), so a
    // query reads many fragments: bundling them keeps that to a few requests.
    const { index } = check(await pagefind.createIndex({ maxFragments: 16 }), logger);
    for (const record of records) check(await index.addCustomRecord(record), logger);
    if (records.length === 0) logger.warn('No questions found to index; search will find nothing.');
    return { index, count: records.length };
  } catch (error) {
    await pagefind.close();
    throw error;
  }
}

/** Pagefind reports problems in `errors` rather than throwing; a build with a broken index must fail. */
function check<T extends { errors: string[] }>(response: T, logger: AstroIntegrationLogger): Required<T> {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind: ${error}`);
    throw new Error('Building the search index failed; see the Pagefind errors above.');
  }
  return response as Required<T>;
}
