import { statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { pagefindIndexer } from './pagefind/search-indexer';
import { buildSite, type SiteModel } from '../lib/build/build-site';
import { CONFIG_FILE } from '../lib/build/site-config';
import { buildFailure, formatDiagnostics, formatSummary, formatUnpublished } from '../lib/build/report';
import { domainChoices } from '../lib/search/filters';
import type { SearchData } from '../lib/search/search-data';
import type { BuildSettings } from './settings';

/**
 * Both collections come from one pass over the content folder; the promise is shared so the
 * folder is parsed once per build, and replaced when a content file changes in `astro dev`.
 */
let pending: Promise<LoadedSite> | undefined;

/** The site model, and what the pages say about the search index (none in `astro dev`). */
type LoadedSite = SiteModel & { search: SearchData };

/**
 * The summary line goes to the domains loader's logger (`[cks-study:domains]`), whichever
 * loader happened to start the parse: Astro runs the loaders side by side.
 */
let summaryLog: ((line: string) => void) | undefined;

function loadSiteOnce(settings: BuildSettings, base: string, logger: AstroIntegrationLogger): Promise<LoadedSite> {
  pending ??= loadSite(settings, base, logger);
  return pending;
}

async function loadSite(settings: BuildSettings, base: string, logger: AstroIntegrationLogger): Promise<LoadedSite> {
  const { contentDir, searchIndexDir } = settings;
  // In `astro build`, Pagefind indexes each domain's questions while the next ones render.
  const indexer = searchIndexDir === undefined ? undefined : pagefindIndexer(searchIndexDir, logger.fork('pagefind'));
  try {
    const site = await buildSite({
      contentDir,
      base,
      siteTitle: settings.siteTitle,
      kubernetesVersion: settings.kubernetesVersion,
      ...(indexer ? { onSearchRecords: (records) => indexer.add(records) } : {}),
    });
    // The `cks-study` command has printed the diagnostics already, before building.
    if (!settings.reported) {
      for (const line of formatDiagnostics(site.diagnostics, contentDir)) process.stderr.write(`${line}\n`);
      const info = summaryLog ?? ((line: string) => logger.info(line));
      info(`${contentDir}: ${formatSummary(site.summary)}`);
      const unpublished = formatUnpublished(site.unpublished);
      if (unpublished) info(unpublished);
    }
    const failure = buildFailure(site.summary, settings.strict);
    if (failure) {
      // A message and a hint, no stack trace: the diagnostics above already name the file
      // and line, and Astro prints "Stack trace:" only for an error that has a stack.
      const error = Object.assign(new Error(failure.message), { hint: failure.hint });
      error.stack = '';
      throw error;
    }
    // Written now, while this process is at its smallest: Pagefind's own peak (the index of
    // 10,000 questions takes it to ~650 MB) then never meets Astro's bundling and rendering.
    await indexer?.finish();
    return {
      ...site,
      search: { ...(indexer?.preload ? { preload: indexer.preload } : {}), domains: domainChoices(indexer?.domains ?? {}) },
    };
  } catch (error) {
    await indexer?.abort();
    throw error;
  }
}

/**
 * The parse that no file event has overtaken. Events come faster than parses end (a file
 * added, then removed), and Astro may start a full sync, with new listeners, while an older
 * one is still parsing: whichever finishes, a store is filled with the folder as it is now,
 * never with a parse begun before the last change.
 */
async function newestSite(settings: BuildSettings, base: string, logger: AstroIntegrationLogger): Promise<LoadedSite> {
  for (;;) {
    const current = loadSiteOnce(settings, base, logger);
    const site = await current;
    if (current === pending) return site;
  }
}

let invalidatedThisTick = false;

/**
 * Forget the parsed folder. Both loaders' listeners fire for one file event, in the same
 * tick: only the first drops the parse, so the second reuses the new one instead of parsing again.
 */
function invalidate(): void {
  if (invalidatedThisTick) return;
  invalidatedThisTick = true;
  pending = undefined;
  setImmediate(() => (invalidatedThisTick = false));
}

/** chokidar emits one `change` per file per 50 ms and drops the rest; this leaves a margin. */
const DROPPED_CHANGE_WINDOW_MS = 100;

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** Size and modification time of a file, or `gone`: what tells that it changed. */
function fileState(path: string): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}` : 'gone';
}

/**
 * In `astro dev`, re-run `sync` when a markdown file of the content folder changes, is added
 * or removed. Writing the store is what makes Astro reload the page, as its own glob() loader
 * does; Astro drops these listeners before each full sync, so load() adds them again.
 */
function watchContent(context: LoaderContext, contentDir: string, sync: () => Promise<void>): void {
  const { watcher } = context;
  if (watcher === undefined) return;
  watcher.add(contentDir);
  const onEvent = async (path: string) => {
    if (!path.startsWith(contentDir + sep) || !(/\.md$/i.test(path) || path === join(contentDir, CONFIG_FILE))) return;
    // An editor that saves by truncating and then writing can fire the one event between the
    // two: the parse reads half a file, and the write's end brings no event of its own (the
    // watcher drops a second change to a file within 50 ms of the first). Parse again until the
    // file is, once that window has passed, as it was when the parse began.
    for (;;) {
      const before = fileState(path);
      const started = Date.now();
      invalidate();
      try {
        await sync();
        context.logger.info(`Reloaded ${path.slice(contentDir.length + 1)}`);
      } catch (error) {
        context.logger.error(error instanceof Error ? error.message : String(error));
      }
      await sleep(DROPPED_CHANGE_WINDOW_MS - (Date.now() - started));
      if (fileState(path) === before) return;
    }
  };
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onEvent);
}

type Store = LoaderContext['store'];

/**
 * A loader that fills its collection from the one parse of the content folder, again after
 * each change in `astro dev`.
 */
function siteModelLoader(name: string, settings: BuildSettings, fill: (site: LoadedSite, store: Store) => void): Loader {
  return {
    name,
    async load(context) {
      const sync = async () => {
        const site = await newestSite(settings, context.config.base, context.logger);
        context.store.clear();
        fill(site, context.store);
      };
      await sync();
      watchContent(context, settings.contentDir, sync);
    },
  };
}

/** The exam domains, one entry per content file, keyed by URL slug. */
export function domainsLoader(settings: BuildSettings): Loader {
  const loader = siteModelLoader('cks-study:domains', settings, (site, store) => {
    for (const domain of site.domains) store.set({ id: domain.slug, data: { ...domain } });
  });
  return {
    ...loader,
    load: (context) => {
      summaryLog = (line) => context.logger.info(line);
      return loader.load(context);
    },
  };
}

/** README.md introductions, keyed by folder (`index` for the content root). */
export function introsLoader(settings: BuildSettings): Loader {
  return siteModelLoader('cks-study:intros', settings, (site, store) => {
    // An entry for the root even without a README keeps the collection from being empty.
    if (!site.intros.some((intro) => intro.folder === '')) {
      store.set({ id: 'index', data: { folder: '', title: null, html: '', files: [] } });
    }
    for (const intro of site.intros) store.set({ id: intro.folder === '' ? 'index' : intro.folder, data: { ...intro } });
  });
}

/**
 * The content folder's site settings (cks-study.json, README frontmatter, `SITE_TITLE`),
 * read once per build with the content, as the one entry `config`. In `astro dev` an
 * edited cks-study.json or README shows on the next load.
 */
export function siteLoader(settings: BuildSettings): Loader {
  return siteModelLoader('cks-study:site', settings, (site, store) => {
    store.set({ id: 'config', data: { ...site.config } });
  });
}

/**
 * What the pages say about the search index, as the one entry `index`: the files a focus
 * fetches at once, and the domains a search can be narrowed to. Known once the index is
 * written, which the loader does before any page renders.
 */
export function searchLoader(settings: BuildSettings): Loader {
  return siteModelLoader('cks-study:search', settings, (site, store) => {
    store.set({ id: 'index', data: { ...site.search } });
  });
}
