import type { APIRoute } from 'astro';
import { loadDomains } from '../../data/collections';
import { withBase } from '../../lib/url';
import { buildDeck } from '../../lib/study/deck';

/** The flashcards of /study/, fetched by its script so the page itself stays small. */
export const GET: APIRoute = async () => {
  const domains = await loadDomains();
  const deck = buildDeck(domains, (slug) => withBase(import.meta.env.BASE_URL, `${slug}/`));
  return new Response(JSON.stringify(deck), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
