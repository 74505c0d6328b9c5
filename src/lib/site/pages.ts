import { planDomainPages, type DomainPlan, type TopicPage } from './domain-pages';
import { withBase } from '../url';
import type { RenderedDomain, RenderedIntro } from './types';

/** The folder a domain lives in, `''` at the content root: `ckad/pod-design` -> `ckad`. */
export function folderOf(slug: string): string {
  const cut = slug.lastIndexOf('/');
  return cut === -1 ? '' : slug.slice(0, cut);
}

export interface FolderPage {
  folder: string;
  title: string;
  intro: RenderedIntro | undefined;
  domains: RenderedDomain[];
}

/** A page per sub-folder that holds domains, so `/ckad/` lists the CKAD domains. */
export function folderPages(domains: RenderedDomain[], intros: RenderedIntro[]): FolderPage[] {
  const folders = [...new Set(domains.map((d) => folderOf(d.slug)).filter((f) => f !== ''))];
  return folders.map((folder) => {
    const intro = intros.find((i) => i.folder === folder);
    return { folder, title: intro?.title ?? folder, intro, domains: domains.filter((d) => folderOf(d.slug) === folder) };
  });
}

export interface SitePages {
  /** Every domain with the plan of its pages: one page, or an index and a page per topic. */
  domains: { domain: RenderedDomain; plan: DomainPlan }[];
  /** A page per sub-folder, except where a domain already has the folder's path. */
  folders: FolderPage[];
}

/**
 * The pages of `src/pages/[...slug].astro`, for domains in reading order (sortDomains): the
 * routes it builds, and where the search index finds each question.
 */
export function sitePages(domains: RenderedDomain[], intros: RenderedIntro[]): SitePages {
  const taken = new Set(domains.map((d) => d.slug));
  const folders = folderPages(domains, intros).filter((page) => !taken.has(page.folder));
  const reserved = reservedPaths(domains.map((d) => d.slug));
  return { domains: domains.map((domain) => ({ domain, plan: planDomainPages(domain, { reserved }) })), folders };
}

/** A page of `[...slug].astro`, by kind; `path` is its URL below the base, without slashes around it. */
export type SitePage =
  | { kind: 'domain'; path: string; domain: RenderedDomain; plan: DomainPlan }
  /** A topic page of a split domain. */
  | { kind: 'topic'; path: string; domain: RenderedDomain; plan: DomainPlan; page: TopicPage }
  | { kind: 'folder'; path: string; folder: FolderPage };

/** Every page of `[...slug].astro`: each domain, its topic pages when it is split, then the folders. */
export function sitePageList(pages: SitePages): SitePage[] {
  return [
    // Large domains get a page per topic; the domain page becomes their index.
    ...pages.domains.flatMap(({ domain, plan }): SitePage[] => [
      { kind: 'domain', path: domain.slug, domain, plan },
      ...plan.pages.map((page): SitePage => ({ kind: 'topic', path: `${domain.slug}/${page.path}`, domain, plan, page })),
    ]),
    ...pages.folders.map((folder): SitePage => ({ kind: 'folder', path: folder.folder, folder })),
  ];
}

/** The paths domain and folder pages take, which a topic page of a split domain must not. */
export function reservedPaths(slugs: string[]): Set<string> {
  const folders = slugs.map(folderOf).filter((folder) => folder !== '');
  return new Set([...slugs, ...folders]);
}

export interface QuestionRecord {
  id: string;
  domain: string;
  topic: string | null;
  title: string;
  url: string;
  answered: boolean;
  /** BCP 47 tag of the language of its domain's file. */
  lang: string;
  /** `label`: the role the author's summary names (`Solution - kubectl edit`), where it names one. */
  parts: { prompt: string; answer: string; label?: string }[];
  /** `multiple-choice` when the task lists lettered options and the answer names the right ones. */
  type: 'task' | 'multiple-choice';
  /** For multiple choice: the options as written, and the keys of the right ones. */
  options?: { key: string; text: string }[];
  correct?: string[];
}

/** `dist/questions.json`: every question with its markdown, for tools. */
export function questionRecords(domains: RenderedDomain[], base: string): QuestionRecord[] {
  return domains.flatMap((domain) =>
    domain.topics.flatMap((topic) =>
      topic.questions.map((question) => ({
        id: `${domain.slug}#${question.anchor}`,
        domain: domain.slug,
        topic: topic.title,
        title: question.title,
        url: withBase(base, `${domain.slug}/#${question.anchor}`),
        answered: question.answered,
        lang: domain.lang,
        parts: question.parts.map((part) => ({ prompt: part.prompt, answer: part.markdown, ...(part.label ? { label: part.label } : {}) })),
        type: question.choices ? 'multiple-choice' : 'task',
        ...(question.choices
          ? { options: question.choices.options.map((o) => ({ key: o.key, text: o.markdown })), correct: question.choices.correct }
          : {}),
      })),
    ),
  );
}
