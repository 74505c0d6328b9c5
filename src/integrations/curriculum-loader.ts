import type { Loader } from 'astro/loaders';
import { buildSite, type SiteModel } from '../lib/site/build-site';
import { contentDirFromEnv } from '../lib/site/content-dir';
import { buildFailure, formatDiagnostics, formatSummary, strictFromEnv } from '../lib/site/report';

/**
 * Both collections come from one pass over the content folder; the promise is shared so the
 * folder is parsed once per build, and dropped when a content file changes in `astro dev`.
 */
let pending: Promise<SiteModel> | undefined;

function loadSiteOnce(base: string, log: (line: string) => void): Promise<SiteModel> {
  if (pending === undefined) {
    const contentDir = contentDirFromEnv();
    pending = buildSite({ contentDir, base }).then((site) => {
      for (const line of formatDiagnostics(site.diagnostics, contentDir)) process.stderr.write(`${line}\n`);
      log(`${contentDir}: ${formatSummary(site.summary)}`);
      const failure = buildFailure(site.summary, strictFromEnv());
      if (failure) {
        // A message and a hint, no stack trace: the diagnostics above already name the file
        // and line, and Astro prints "Stack trace:" only for an error that has a stack.
        const error = Object.assign(new Error(failure.message), { hint: failure.hint });
        error.stack = '';
        throw error;
      }
      return site;
    });
  }
  return pending;
}

function watchContent(context: Parameters<Loader['load']>[0]): void {
  const contentDir = contentDirFromEnv();
  context.watcher?.add(contentDir);
  context.watcher?.on('all', (_event, path) => {
    if (path.startsWith(contentDir) && path.endsWith('.md')) pending = undefined;
  });
}

/** The exam domains, one entry per content file, keyed by URL slug. */
export function domainsLoader(): Loader {
  return {
    name: 'cks-study:domains',
    async load(context) {
      watchContent(context);
      const site = await loadSiteOnce(context.config.base, (line) => context.logger.info(line));
      context.store.clear();
      for (const domain of site.domains) {
        context.store.set({ id: domain.slug, data: { ...domain } });
      }
    },
  };
}

/** README.md introductions, keyed by folder (`index` for the content root). */
export function introsLoader(): Loader {
  return {
    name: 'cks-study:intros',
    async load(context) {
      const site = await loadSiteOnce(context.config.base, (line) => context.logger.info(line));
      context.store.clear();
      // An entry for the root even without a README keeps the collection from being empty.
      if (!site.intros.some((intro) => intro.folder === '')) {
        context.store.set({ id: 'index', data: { folder: '', title: null, html: '', files: [] } });
      }
      for (const intro of site.intros) {
        context.store.set({ id: intro.folder === '' ? 'index' : intro.folder, data: { ...intro } });
      }
    },
  };
}

