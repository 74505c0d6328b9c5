import { contentDirFromEnv } from './content-dir';
import { DEFAULT_DESCRIPTION, readSiteConfig, type SiteConfig } from './site-config';

/**
 * The content folder's site settings (see site-config.ts). Read on each call: a handful of
 * small files per page, and in `astro dev` an edited cks-study.json shows on the next load.
 */
export function siteConfig(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  return readSiteConfig(contentDirFromEnv(env), env).config;
}

/** Site name. `SITE_TITLE` (or `cks-study build --title`) overrides the content folder's settings. */
export function siteTitle(env: NodeJS.ProcessEnv = process.env): string {
  return siteConfig(env).title;
}

export const SITE_DESCRIPTION = DEFAULT_DESCRIPTION;
