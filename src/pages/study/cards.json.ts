import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sortDomains } from '../../lib/site/collections';
import { withBase } from '../../lib/site/links';
import { buildDeck } from '../../lib/study/deck';

/** The flashcards of /study/, fetched by its script so the page itself stays small. */
export const GET: APIRoute = async () => {
  const domains = sortDomains((await getCollection('domains')).map((entry) => entry.data));
  const deck = buildDeck(domains, (slug) => withBase(import.meta.env.BASE_URL, `${slug}/`));
  return new Response(JSON.stringify(deck), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
