// @ts-check
import { defineConfig } from 'astro/config';
import { securityPolicy } from './src/integrations/security.ts';

const base = process.env.BASE_PATH?.trim() || '/';

export default defineConfig({
  site: process.env.SITE_URL?.trim() || undefined,
  base: base.endsWith('/') ? base : `${base}/`,
  trailingSlash: 'ignore',
  // The site must not reach the internet: no prefetch of remote resources, no telemetry-backed fonts.
  devToolbar: { enabled: false },
  integrations: [securityPolicy()],
});
