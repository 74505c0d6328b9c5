/**
 * The one place routes load the content collections from: each read once per build, the
 * domains in their one reading order (src/lib/site/domain-order.ts).
 */
import { getCollection, getEntry } from 'astro:content';
import settings from 'virtual:cks-study/settings';
import type { SiteConfig } from '../lib/build/site-config';
import type { SearchData } from '../lib/search/search-data';
import { sortDomains } from '../lib/site/domain-order';
import { sitePageList, sitePages, type SitePage } from '../lib/site/pages';
import type { RenderedDomain, RenderedIntro } from '../lib/site/types';

let domains: Promise<RenderedDomain[]> | undefined;
let intros: Promise<RenderedIntro[]> | undefined;

/** Every domain, in reading order. */
export function loadDomains(): Promise<RenderedDomain[]> {
  domains ??= getCollection('domains').then((entries) => sortDomains(entries.map((entry) => entry.data)));
  return domains;
}

/** Every README introduction; the content root's (`folder: ''`) is always there. */
export function loadIntros(): Promise<RenderedIntro[]> {
  intros ??= getCollection('intros').then((entries) => entries.map((entry) => entry.data));
  return intros;
}

/** The pages of `[...slug].astro`: domains, topic pages of split domains, folders. */
export async function loadSitePages(): Promise<SitePage[]> {
  return sitePageList(sitePages(await loadDomains(), await loadIntros()));
}

/** The site settings, read once per build by the loader (src/lib/build/site-config.ts). */
export async function loadSiteConfig(): Promise<SiteConfig> {
  const entry = await getEntry('site', 'config');
  if (entry === undefined) throw new Error('the site settings are missing from the content store');
  return entry.data;
}

/** What the pages say about the search index: its preload files and domain choices. */
export async function loadSearchData(): Promise<SearchData> {
  return (await getEntry('search', 'index'))?.data ?? { domains: [] };
}

/** When the site was built: `SOURCE_DATE_EPOCH`, else the start of the build. */
export const builtAt = new Date(settings.builtAt);
