import type { APIRoute } from 'astro';
import { loadDomains, loadSiteConfig } from '../data/collections';
import { withBase } from '../lib/url';
import { ankiTsv } from '../lib/study/anki';
import { buildDeck, cardTopics } from '../lib/study/deck';

/** `dist/anki.tsv`: every answered question as an Anki note (File > Import, plain text). */
export const GET: APIRoute = async () => {
  const domains = await loadDomains();
  const deck = buildDeck(domains, (slug) => withBase(import.meta.env.BASE_URL, `${slug}/`));
  const site = import.meta.env.SITE;
  const absoluteUrl = site ? (path: string) => new URL(path, site).href : undefined;
  // The deck is named after the site (cks-study.json's title), so two curricula import into two decks.
  const options = { deckName: (await loadSiteConfig()).title, topics: cardTopics(domains), ...(absoluteUrl ? { absoluteUrl } : {}) };
  return new Response(ankiTsv(deck, options), {
    headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' },
  });
};
