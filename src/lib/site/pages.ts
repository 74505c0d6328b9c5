import { posix } from 'node:path';
import { withBase } from './links';
import type { RenderedDomain, RenderedIntro } from './types';

/** The folder a domain lives in, `''` at the content root: `ckad/pod-design` -> `ckad`. */
export function folderOf(slug: string): string {
  const dir = posix.dirname(slug);
  return dir === '.' ? '' : dir;
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

export interface QuestionRecord {
  id: string;
  domain: string;
  topic: string | null;
  title: string;
  url: string;
  answered: boolean;
  parts: { prompt: string; answer: string }[];
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
        parts: question.parts.map((part) => ({ prompt: part.prompt, answer: part.markdown })),
      })),
    ),
  );
}
