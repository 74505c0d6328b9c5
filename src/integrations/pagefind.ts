import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { takeSearchRecords } from '../lib/search/build-records';
import type { SearchRecord } from '../lib/search/question-records';

/**
 * Builds the search index after the site is written: one Pagefind record per question, so a
 * result is a question (title, domain, excerpt) and opens at its anchor, not at the top of a
 * long domain page. The records come from the content loader, which keeps the text of each
 * question as it renders it (src/lib/search/question-records.ts). The index lands in
 * `<outDir>/pagefind/`; the browser fetches it only when someone searches.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'cks-study:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const records = takeSearchRecords();
        if (records === undefined) {
          throw new Error(
            'No search records: the curriculum loader (src/content.config.ts) did not run in this build. Hint: run `astro build` on this project, with its content config.',
          );
        }
        await indexSite({ dir, records, logger: logger.fork('pagefind') });
      },
    },
  };
}

interface IndexOptions {
  dir: URL;
  records: SearchRecord[];
  logger: AstroIntegrationLogger;
}

async function indexSite({ dir, records, logger }: IndexOptions): Promise<void> {
  const started = performance.now();
  try {
    // Results are checked against their text before they are shown (see relevance.ts), so a
    // query reads many fragments: bundling them keeps that to a few requests.
    const { index } = check(await pagefind.createIndex({ maxFragments: 16 }), logger);
    for (const record of records) check(await index.addCustomRecord(record), logger);
    if (records.length === 0) logger.warn('No questions found to index; search will find nothing.');
    check(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), logger);
    logger.info(`Indexed ${records.length} questions for search in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    await pagefind.close();
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
