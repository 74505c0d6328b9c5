// @ts-check
import { defineConfig } from 'astro/config';
// With extensions, so that Node loads this file itself: when an import fails to resolve,
// Astro falls back to loading the config through a Vite dev server of its own, which costs
// a few hundred milliseconds of every build.
import { pagefindIntegration } from './src/integrations/pagefind/integration.ts';
import { securityPolicy } from './src/integrations/security/integration.ts';
import { buildSettings, settingsFromEnv } from './src/integrations/settings.ts';

const base = process.env.BASE_PATH?.trim() || '/';
const site = process.env.SITE_URL?.trim() || undefined;
// The rest of the environment, read here once and passed on as values.
const settings = settingsFromEnv(process.env, process.cwd());

// A sitemap needs absolute URLs, so only when SITE_URL gives the address; imported only
// then, as importing it costs 140-180 ms.
const sitemap = site ? (await import('@astrojs/sitemap')).default : undefined;

export default defineConfig({
  site,
  base: base.endsWith('/') ? base : `${base}/`,
  trailingSlash: 'ignore',
  // The site must not reach the internet: no prefetch of remote resources, no telemetry-backed fonts.
  devToolbar: { enabled: false },
  // The build settings for the loader and the pages, the search index and the security headers after every build, and the sitemap when there is a site URL.
  integrations: [buildSettings(settings), securityPolicy(), pagefindIntegration(), ...(sitemap ? [sitemap()] : [])],
});
