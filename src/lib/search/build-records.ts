import type { SearchRecord } from './question-records';

/**
 * The search records of a build, handed from the content loader to the indexing step.
 *
 * Both run in the build's process, but the loader is loaded by Vite's module runner
 * (through src/content.config.ts) and the integration by astro.config.mjs: each has its
 * own copy of every module, so a module variable would be two variables. A global symbol
 * is one.
 */
const KEY = Symbol.for('cks-study:search-records');

type Holder = { [KEY]?: SearchRecord[] };

/** Called by the loader each time it has read the content folder. */
export function publishSearchRecords(records: SearchRecord[]): void {
  (globalThis as Holder)[KEY] = records;
}

/** The records of the last content sync, or undefined when no loader ran in this process. */
export function takeSearchRecords(): SearchRecord[] | undefined {
  const holder = globalThis as Holder;
  const records = holder[KEY];
  delete holder[KEY];
  return records;
}
