import { SITE_LANGUAGE } from '../curriculum/language';
import { isRelativeUrl, withBase } from '../url';
import type { RenderedDomain, RenderedPart, RenderedQuestion } from '../site/types';
import { annotateLinks, type LinkTarget } from './annotate-links';
import { writingLines } from './writing-lines';

/**
 * The printable study sheet: the rendered curriculum reshaped for paper. Everything is
 * open (no disclosures), questions are numbered `<domain>.<question>` so a reader can find
 * them without page numbers, and links point inside the sheet when their target is on it.
 */

export interface SheetPart {
  promptHtml: string;
  /** The author's own summary text ("Hint", "Solution with Helm"); null for a plain "show". */
  label: string | null;
  html: string;
  empty: boolean;
  /** Ruled lines left blank on the worksheet, sized to this part's answer. */
  writingLines: number;
}

export interface SheetQuestion {
  /** Unique on the sheet and short: `q-<domain number>-<question number>`. */
  id: string;
  /** The question's anchor on its domain page; with the domain slug, its key in study progress. */
  anchor: string;
  /** `2.14`: domain number, then question number within the domain. */
  number: string;
  title: string;
  titleHtml: string;
  answered: boolean;
  parts: SheetPart[];
  afterwordHtml: string;
}

export interface SheetTopic {
  id: string | null;
  title: string | null;
  titleHtml: string | null;
  introHtml: string;
  /** Numbers of the first and last question, for the table of contents. */
  range: string;
  questions: SheetQuestion[];
}

export interface SheetDomain {
  id: string;
  slug: string;
  number: number;
  title: string;
  weight: number | null;
  /** BCP 47 tag of the domain's language. */
  lang: string;
  /** The domain's page on the site. */
  url: string;
  questionCount: number;
  answeredCount: number;
  topics: SheetTopic[];
}

export interface StudySheet {
  title: string;
  /** The page's language: its one domain's, or the site's for the whole sheet. */
  lang: string;
  /** Day of the build, `YYYY-MM-DD` (UTC). */
  builtOn: string;
  counts: { domains: number; questions: number; answered: number };
  domains: SheetDomain[];
}

export interface StudySheetOptions {
  title: string;
  base: string;
  builtAt: Date;
  /** Only this domain (its slug); every domain when absent. */
  only?: string;
  /** The site's origin (`SITE_URL`), so links to pages off the sheet still work in a PDF. */
  site?: URL | undefined;
}

/*
 * Ids on the sheet come from the numbers, not the anchors: one page holds every domain, so
 * anchors can repeat, and GitHub slugs of long headings exceed the 127 bytes a PDF name
 * (the target of a clickable link in the PDF) may have.
 */
export const domainId = (domain: number) => `d-${domain}`;
export const topicId = (domain: number, topic: number) => `t-${domain}-${topic}`;
export const questionId = (domain: number, question: number) => `q-${domain}-${question}`;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Every place a link can point to on the site, keyed by URL path (and hash), with its sheet id. */
function linkIndex(domains: RenderedDomain[], base: string, onSheet: (slug: string) => boolean) {
  const targets = new Map<string, { id: string; title: string; page: string }>();
  for (const [position, domain] of domains.entries()) {
    const number = position + 1;
    const page = withBase(base, `${domain.slug}/`);
    const here = onSheet(domain.slug);
    targets.set(page, { id: here ? domainId(number) : '', title: domain.title, page });
    let counter = 0;
    for (const [index, topic] of domain.topics.entries()) {
      if (topic.anchor !== null && topic.title !== null) {
        targets.set(`${page}#${topic.anchor}`, { id: here ? topicId(number, index + 1) : '', title: topic.title, page });
      }
      for (const question of topic.questions) {
        counter += 1;
        targets.set(`${page}#${question.anchor}`, { id: here ? questionId(number, counter) : '', title: question.title, page });
      }
    }
  }
  return targets;
}

function linkResolver(index: ReturnType<typeof linkIndex>, page: string, site: URL | undefined) {
  return (written: string): LinkTarget | undefined => {
    // A relative link the build left alone (it leads nowhere, and was reported) must point
    // where it points on the domain page, not be read against /print/.
    const relative = isRelativeUrl(written);
    const href = relative ? new URL(written, `http://site${page}`).href.slice('http://site'.length) : written;
    const hashAt = href.indexOf('#');
    const path = hashAt === -1 ? href : href.slice(0, hashAt);
    const hash = hashAt === -1 ? '' : `#${safeDecode(href.slice(hashAt + 1))}`;
    // An in-page link (`#anchor`) belongs to the domain the fragment came from.
    const key = (path === '' ? page : path.endsWith('/') ? path : `${path}/`) + hash;
    const target = index.get(key);
    if (target === undefined) return relative ? { href, title: '' } : undefined;
    if (target.id !== '') return { href: `#${target.id}`, title: target.title };
    const away = path === '' ? page + href : href;
    return { href: site === undefined ? away : new URL(away, site).href, title: target.title };
  };
}

function sheetPart(part: RenderedPart, annotate: (html: string) => string): SheetPart {
  return {
    promptHtml: annotate(part.promptHtml),
    // Generic "open me" labels (null) carry no information on paper.
    label: part.label,
    html: annotate(part.html),
    empty: part.empty,
    writingLines: writingLines(part.markdown),
  };
}

function sheetQuestion(question: RenderedQuestion, domain: number, index: number, annotate: (html: string) => string): SheetQuestion {
  return {
    id: questionId(domain, index),
    anchor: question.anchor,
    number: `${domain}.${index}`,
    title: question.title,
    titleHtml: annotate(question.titleHtml),
    answered: question.answered,
    parts: question.parts.map((part) => sheetPart(part, annotate)),
    afterwordHtml: annotate(question.afterwordHtml),
  };
}

/** Reshape the rendered domains (already in reading order) into a study sheet. */
export function buildStudySheet(domains: RenderedDomain[], options: StudySheetOptions): StudySheet {
  const onSheet = (slug: string) => options.only === undefined || options.only === slug;
  const index = linkIndex(domains, options.base, onSheet);
  const sheetDomains: SheetDomain[] = [];
  for (const [position, domain] of domains.entries()) {
    if (!onSheet(domain.slug)) continue;
    const number = position + 1;
    const url = withBase(options.base, `${domain.slug}/`);
    const resolve = linkResolver(index, url, options.site);
    const annotate = (html: string) => annotateLinks(html, resolve);
    let counter = 0;
    const topics: SheetTopic[] = domain.topics.map((topic, index) => {
      const questions = topic.questions.map((q) => sheetQuestion(q, number, ++counter, annotate));
      const first = questions[0]?.number;
      const last = questions.at(-1)?.number;
      return {
        id: topic.anchor === null ? null : topicId(number, index + 1),
        title: topic.title,
        titleHtml: topic.titleHtml === null ? null : annotate(topic.titleHtml),
        introHtml: annotate(topic.introHtml),
        range: first === undefined ? '' : first === last ? first : `${first}–${last}`,
        questions,
      };
    });
    sheetDomains.push({
      id: domainId(number),
      slug: domain.slug,
      number,
      title: domain.title,
      weight: domain.weight,
      lang: domain.lang,
      url,
      questionCount: domain.questionCount,
      answeredCount: domain.answeredCount,
      topics,
    });
  }
  return {
    title: options.only === undefined ? options.title : (sheetDomains[0]?.title ?? options.title),
    lang: options.only === undefined ? SITE_LANGUAGE : (sheetDomains[0]?.lang ?? SITE_LANGUAGE),
    builtOn: options.builtAt.toISOString().slice(0, 10),
    counts: {
      domains: sheetDomains.length,
      questions: sheetDomains.reduce((sum, d) => sum + d.questionCount, 0),
      answered: sheetDomains.reduce((sum, d) => sum + d.answeredCount, 0),
    },
    domains: sheetDomains,
  };
}
