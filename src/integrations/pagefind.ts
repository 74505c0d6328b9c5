import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { searchRecordsFromPage } from '../lib/search/question-records';

/**
 * Builds the search index after the site is written: one Pagefind record per question, so a
 * result is a question (title, domain, excerpt) and opens at its anchor, not at the top of a
 * long domain page. The index lands in `<outDir>/pagefind/`; the browser fetches it only
 * when someone searches.
 */
export function pagefindIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'cks-study:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        await indexSite({ dir, pathnames: pages.map((page) => page.pathname), base, logger: logger.fork('pagefind') });
      },
    },
  };
}

interface IndexOptions {
  dir: URL;
  pathnames: string[];
  base: string;
  logger: AstroIntegrationLogger;
}

async function readPage(dir: URL, pathname: string): Promise<string | undefined> {
  if (!pathname.endsWith('/') && pathname !== '') return undefined; // endpoints such as questions.json
  try {
    return await readFile(new URL(`${pathname.replace(/^\/+/, '')}index.html`, dir), 'utf8');
  } catch {
    return undefined;
  }
}

async function indexSite({ dir, pathnames, base, logger }: IndexOptions): Promise<void> {
  const started = performance.now();
  try {
    // Results are checked against their text before they are shown (see relevance.ts), so a
    // query reads many fragments: bundling them keeps that to a few requests.
    const { index } = check(await pagefind.createIndex({ maxFragments: 16 }), logger);
    let count = 0;
    for (const pathname of pathnames) {
      const html = await readPage(dir, pathname);
      if (html === undefined) continue;
      for (const record of searchRecordsFromPage({ html, pathname, base })) {
        check(await index.addCustomRecord(record), logger);
        count++;
      }
    }
    if (count === 0) logger.warn('No questions found to index; search will find nothing.');
    check(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), logger);
    logger.info(`Indexed ${count} questions for search in ${Math.round(performance.now() - started)} ms.`);
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
