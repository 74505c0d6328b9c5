/**
 * What a page says about itself to search engines and link previews (Open Graph): its
 * canonical URL and a plain-text description. Link previews are per page: a shared link
 * to `/<domain>/#<question>` previews the domain, since the fragment never reaches a server.
 */
import type { RenderedDomain } from './types';
import { plainText } from '../render/readable-text';
import { plural } from './labels';

/** Link previews cut longer descriptions anyway; cutting ourselves keeps the end readable. */
export const MAX_DESCRIPTION = 300;

/** Cut at a word boundary and mark the cut, so a preview never ends mid-word. */
export function truncate(text: string, max = MAX_DESCRIPTION): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** "20% of the exam. 43 questions, 39 answered. Competencies: A; B; C" */
export function domainDescription(domain: Pick<RenderedDomain, 'weight' | 'questionCount' | 'answeredCount' | 'competenciesHtml'>): string {
  const parts = [
    domain.weight === null ? null : `${domain.weight}% of the exam.`,
    `${plural(domain.questionCount, 'question')}, ${domain.answeredCount} answered.`,
    domain.competenciesHtml.length === 0 ? null : `Competencies: ${domain.competenciesHtml.map(plainText).join('; ')}`,
  ];
  return truncate(parts.filter((p) => p !== null).join(' '));
}

export interface HeadMetaInput {
  /** The page's own title; undefined on the home page, which is titled by the site name. */
  title: string | undefined;
  siteName: string;
  description: string;
  /** `Astro.site`: set from SITE_URL; without it there are no absolute URLs to give. */
  site: URL | undefined;
  /** `Astro.url.pathname`, base path included. */
  pathname: string;
  /** False for pages that must not be indexed (the 404 page). */
  indexable: boolean;
}

export interface HeadMeta {
  canonical: string | null;
  /** `<meta property=... content=...>` pairs (Open Graph). */
  properties: [string, string][];
  /** `<meta name=... content=...>` pairs. */
  names: [string, string][];
}

export function headMeta(input: HeadMetaInput): HeadMeta {
  const url = input.site && input.indexable ? new URL(input.pathname, input.site).href : null;
  const properties: [string, string][] = [
    ['og:title', input.title ?? input.siteName],
    ['og:description', input.description],
    ['og:type', 'website'],
    ['og:site_name', input.siteName],
  ];
  if (url !== null) properties.push(['og:url', url]);
  const names: [string, string][] = [['twitter:card', 'summary']];
  if (!input.indexable) names.push(['robots', 'noindex']);
  return { canonical: url, properties, names };
}
