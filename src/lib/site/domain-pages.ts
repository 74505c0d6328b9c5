import { SHOW_ANSWER } from './labels';
import type { RenderedDomain, RenderedQuestion, RenderedTopic } from './types';

/**
 * Splitting large domains. A domain page holds every answer's highlighted HTML, so a domain
 * with hundreds of questions would weigh megabytes and take seconds to open on a phone.
 * Above a budget the domain page becomes an index (topics and links to every question) and
 * the questions move to one page per topic, paginated when a topic alone is too large.
 */

/** Beyond this much HTML a page is split: about 1 MB, which still opens fast on a phone. */
export const PAGE_BUDGET_BYTES = 1_000_000;

/** The markup around a question's rendered markdown (article, heading, details, toolbar). */
const QUESTION_OVERHEAD = 600;
const TOPIC_OVERHEAD = 300;

export interface TopicPage {
  /** Path below the domain, without slashes at the ends: `rbac` or `rbac/2`. */
  path: string;
  topic: RenderedTopic;
  /** 1-based page number within the topic, and how many pages the topic has. */
  part: number;
  parts: number;
  questions: RenderedQuestion[];
}

export interface DomainPlan {
  /** False: the domain page holds every question, as usual. */
  split: boolean;
  pages: TopicPage[];
  /** Question anchor -> the path of the topic page that holds it. */
  pageOf: Map<string, string>;
}

/** Bytes of HTML a question adds to a page, estimated from its rendered fragments. */
export function questionBytes(question: RenderedQuestion): number {
  let bytes = QUESTION_OVERHEAD + question.titleHtml.length + question.afterwordHtml.length;
  for (const part of question.parts) bytes += part.promptHtml.length + part.html.length + (part.label ?? SHOW_ANSWER).length;
  return bytes;
}

function topicBytes(topic: RenderedTopic): number {
  return TOPIC_OVERHEAD + (topic.titleHtml?.length ?? 0) + topic.introHtml.length + topic.referencesHtml.length;
}

/** Estimated HTML bytes of the whole domain on one page. */
export function domainBytes(domain: RenderedDomain): number {
  let bytes = domain.introHtml.length + domain.referencesHtml.length;
  for (const html of domain.competenciesHtml) bytes += html.length;
  for (const topic of domain.topics) {
    bytes += topicBytes(topic);
    for (const question of topic.questions) bytes += questionBytes(question);
  }
  return bytes;
}

/** Consecutive runs of questions, each run within the budget (a single huge question stands alone). */
function chunk(questions: RenderedQuestion[], budget: number): RenderedQuestion[][] {
  const chunks: RenderedQuestion[][] = [];
  let current: RenderedQuestion[] = [];
  let size = 0;
  for (const question of questions) {
    const bytes = questionBytes(question);
    if (current.length > 0 && size + bytes > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(question);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export interface PlanOptions {
  budget?: number;
  /** Site paths already in use (`ckad/pod-design`), which a topic page must not take. */
  reserved?: ReadonlySet<string>;
}

/**
 * Plan the pages of a domain: one page when it fits the budget, else a page per topic
 * (`<topic-anchor>/`, then `<topic-anchor>/2/` ... when a topic alone is over budget).
 * Questions outside any titled topic go to `questions/`.
 */
export function planDomainPages(domain: RenderedDomain, options: PlanOptions = {}): DomainPlan {
  const { budget = PAGE_BUDGET_BYTES, reserved = new Set<string>() } = options;
  if (domainBytes(domain) <= budget) return { split: false, pages: [], pageOf: new Map() };
  const pages: TopicPage[] = [];
  const pageOf = new Map<string, string>();
  const taken = new Set<string>();
  const free = (path: string) => !taken.has(path) && !reserved.has(`${domain.slug}/${path}`);
  for (const topic of domain.topics) {
    if (topic.questions.length === 0) continue;
    const wanted = topic.anchor ?? 'questions';
    let base = wanted;
    for (let n = 1; !free(base); n++) base = `${wanted}-${n}`;
    taken.add(base);
    const chunks = chunk(topic.questions, budget - topicBytes(topic));
    chunks.forEach((questions, index) => {
      const path = index === 0 ? base : `${base}/${index + 1}`;
      pages.push({ path, topic, part: index + 1, parts: chunks.length, questions });
      for (const question of questions) pageOf.set(question.anchor, path);
    });
  }
  return { split: true, pages, pageOf };
}
