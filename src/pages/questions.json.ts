import type { APIRoute } from 'astro';
import { loadDomains } from '../data/collections';
import { questionRecords } from '../lib/site/pages';

export const GET: APIRoute = async () => {
  const domains = await loadDomains();
  return new Response(JSON.stringify(questionRecords(domains, import.meta.env.BASE_URL), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
