import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { domainsLoader, introsLoader } from './integrations/curriculum-loader';
import type { RenderedDomain, RenderedIntro } from './lib/site/types';

/** The loader builds these objects itself from parsed markdown; the schema only types them. */
const isObject = (value: unknown) => typeof value === 'object' && value !== null;

export const collections = {
  domains: defineCollection({ loader: domainsLoader(), schema: z.custom<RenderedDomain>(isObject) }),
  intros: defineCollection({ loader: introsLoader(), schema: z.custom<RenderedIntro>(isObject) }),
};
