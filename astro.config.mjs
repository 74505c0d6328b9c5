// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIntegration } from './src/integrations/pagefind';
import { securityPolicy } from './src/integrations/security.ts';

const base = process.env.BASE_PATH?.trim() || '/';
const site = process.env.SITE_URL?.trim() || undefined;

export default defineConfig({
  site,
  base: base.endsWith('/') ? base : `${base}/`,
  trailingSlash: 'ignore',
  // The site must not reach the internet: no prefetch of remote resources, no telemetry-backed fonts.
  devToolbar: { enabled: false },
  // The search index and the security headers after every build; a sitemap needs absolute
  // URLs, so only when SITE_URL gives the address.
  integrations: [securityPolicy(), pagefindIntegration(), ...(site ? [sitemap()] : [])],
});
