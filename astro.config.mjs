// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

const base = process.env.BASE_PATH?.trim() || '/';
const site = process.env.SITE_URL?.trim() || undefined;

export default defineConfig({
  site,
  base: base.endsWith('/') ? base : `${base}/`,
  trailingSlash: 'ignore',
  // The site must not reach the internet: no prefetch of remote resources, no telemetry-backed fonts.
  devToolbar: { enabled: false },
  // A sitemap needs absolute URLs, so only when SITE_URL gives the site's address.
  integrations: site ? [sitemap()] : [],
});
