// The same defineCollection as `astro:content`'s, from the module that defines it: the
// virtual module would pull Astro's whole page-rendering runtime through Vite's SSR transform
// before the content is synced (65 more modules, about 0.5 s of CPU per build).
import { defineCollection } from 'astro/content/config';
import { z } from 'astro/zod';
import settings from 'virtual:cks-study/settings';
import { domainsLoader, introsLoader, searchLoader, siteLoader } from './integrations/curriculum-loader';
import type { SiteConfig } from './lib/build/site-config';
import type { SearchData } from './lib/search/search-data';
import type { RenderedDomain, RenderedIntro } from './lib/site/types';

/** The loader builds these objects itself from parsed markdown; the schema only types them. */
const isObject = (value: unknown) => typeof value === 'object' && value !== null;

export const collections = {
  domains: defineCollection({ loader: domainsLoader(settings), schema: z.custom<RenderedDomain>(isObject) }),
  intros: defineCollection({ loader: introsLoader(settings), schema: z.custom<RenderedIntro>(isObject) }),
  /** One entry, `config`: the site settings, read once per build. */
  site: defineCollection({ loader: siteLoader(settings), schema: z.custom<SiteConfig>(isObject) }),
  /** One entry, `index`: what the pages say about the search index. */
  search: defineCollection({ loader: searchLoader(settings), schema: z.custom<SearchData>(isObject) }),
};
