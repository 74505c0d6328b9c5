import type { APIRoute } from 'astro';
import { withBase } from '../lib/url';

/**
 * Everything may be indexed. Crawlers only read /robots.txt at the host's root, so under a
 * sub-path (GitHub Pages' /<repo>/) this file is for hosts that serve the site at the root.
 */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site !== undefined) lines.push('', `Sitemap: ${new URL(withBase(import.meta.env.BASE_URL, 'sitemap-index.xml'), site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
