import { withBase } from '../url';
import type { DomainPlan } from '../site/domain-pages';
import type { RenderedDomain } from '../site/types';
import { DOMAIN_FILTER } from '../search/filters';
import { collapseWhitespace } from '../render/readable-text';
import { synonymsOf, withSynonyms } from '../search/synonyms';

/**
 * Search records, one per question, as its page shows it:
 *
 * ```html
 * <header class="domain-header" data-domain-title="Monitoring">…</header>
 * <section class="topic"><h2>Syscalls</h2>
 *   <article data-question="what-is-strace" id="what-is-strace">
 *     <h3><a data-deep-link>#</a><span>What is strace?</span></h3>
 *     <details data-answer><summary>Show answer</summary><div class="answer">…</div></details>
 * ```
 * is `{ url: '/cks/monitoring/#what-is-strace', content: 'What is strace? …',
 * meta: { title: 'What is strace?', domain: 'Monitoring', topic: 'Syscalls' },
 * filters: { domain: ['Monitoring'] } }`.
 *
 * The content ends with the other forms of the Kubernetes names the question uses, after a
 * marker (src/lib/search/synonyms.ts); those of its title's names are in `meta.synonyms`,
 * which the browser weighs as the title (search-pagefind.ts), so `netpol` ranks a question
 * titled "Create a NetworkPolicy" as `networkpolicy` does.
 *
 * The records come from the model, not from reading the built pages: the renderer keeps
 * the readable text of every fragment it renders (src/lib/render/readable-text.ts, the
 * text of the final tree, furniture left out), and `questionText` puts a question's
 * fragments together the way src/components/question/Question.astro lays them out. Parsing the
 * pages again cost more than all the rest of the indexing.
 */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: { title: string; domain: string; topic?: string; synonyms?: string };
  filters: { domain: string[] };
}

/**
 * The index a domain's records go to: its language without region or script (`zh-CN` -> `zh`).
 * Pagefind keeps one index per language as written, while the browser looks for a page's
 * `<html lang>` lower-cased, then its first subtag; stemming and segmentation only follow
 * the language itself.
 */
export function searchLanguage(lang: string): string {
  return (lang.split('-')[0] ?? lang).toLowerCase();
}

/** The words of one question, read while it was rendered. */
export interface QuestionText {
  /** The text of its heading. */
  title: string;
  /** Everything a reader sees in the question: heading, prompts, answers, afterword. */
  content: string;
}

/** The words of a domain's topic headings and questions, keyed by their anchors. */
export interface DomainText {
  /** Topic anchor -> heading text; a topic without a heading has none. */
  topics: Map<string, string>;
  /** Question anchor -> its words. */
  questions: Map<string, QuestionText>;
}

/** A question's content from its fragments' texts, in the order its page shows them. */
export function questionText(title: string, parts: { prompt: string; answer: string }[], afterword: string): QuestionText {
  const words = [title, ...parts.flatMap((part) => [part.prompt, part.answer]), afterword];
  return { title, content: collapseWhitespace(words.join(' ')) };
}

/** One record per question of a domain, on its page (or its topic page when the domain is split). */
export function domainSearchRecords(domain: RenderedDomain, plan: DomainPlan, text: DomainText, base: string): SearchRecord[] {
  const records: SearchRecord[] = [];
  const domainTitle = domain.title.trim() || domain.slug;
  for (const topic of domain.topics) {
    const topicText = (topic.anchor === null ? undefined : text.topics.get(topic.anchor)) ?? '';
    for (const question of topic.questions) {
      const { title, content } = text.questions.get(question.anchor) ?? { title: question.title, content: question.title };
      const path = plan.split ? `${domain.slug}/${plan.pageOf.get(question.anchor) ?? ''}/` : `${domain.slug}/`;
      const synonyms = synonymsOf(title.split(/\s+/)).join(' ');
      records.push({
        url: `${withBase(base, path)}#${question.anchor}`,
        content: withSynonyms(content),
        language: searchLanguage(domain.lang),
        meta: {
          title,
          domain: domainTitle,
          ...(topicText ? { topic: topicText } : {}),
          ...(synonyms ? { synonyms } : {}),
        },
        filters: { [DOMAIN_FILTER]: [domainTitle] } as { domain: string[] },
      });
    }
  }
  return records;
}
