import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sortDomains } from '../lib/site/collections';
import { questionRecords } from '../lib/site/pages';

export const GET: APIRoute = async () => {
  const domains = sortDomains((await getCollection('domains')).map((entry) => entry.data));
  return new Response(JSON.stringify(questionRecords(domains, import.meta.env.BASE_URL), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
