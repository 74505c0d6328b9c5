/**
 * Answer blocks that name their own question instead of sharing the heading above them:
 *
 *   ## Pods                                  ## Core Concepts
 *   <details><summary>What is a Pod?</summary>   1. **Create a pod named web**
 *   ...                                          <details><summary>show</summary> ...
 *   <details><summary>How do you ...?</summary>  2. **List every pod**
 *
 * Each such block becomes a section of its own under a heading the parser writes (one level
 * below the real one), so the heading above turns into their topic and the rest of the parser
 * treats them as any heading-and-answer question. Their anchors are slugs of their text, made
 * unique against every heading of the file (GitHub gives summaries and list items no anchor).
 */
import type GithubSlugger from 'github-slugger';
import type { AnswerBlock } from './answer-blocks';
import { indentWidth, isBlank, LIST_ITEM, matchHeading, QUESTION_LABEL } from './line-syntax';
import { headingText } from './markdown';
import type { TextItem } from './scan';
import type { Section } from './sections';
import { summaryKind, summaryWords } from './summary-kind';

interface Lead {
  /** Index in the text run before the block where the question starts. */
  at: number;
  /** The question as inline markdown. */
  markdown: string;
  line: number;
  col: number;
  /** Lines after the first that the question's text took. */
  consumed?: number;
}

const BOLD_LEAD = /^(?:\*\*|__)(?=\S)(.+?)(?:\*\*|__)\s*(.*)$/;

/** A question written in the text before a block: a list item, a bold line or "Question 12." that the block belongs to. */
function leadIn(texts: readonly TextItem[], block: AnswerBlock, loose: boolean): Lead | null {
  const blockIndent = block.col - 1;
  for (let i = texts.length - 1; i >= 0; i -= 1) {
    const item = texts[i] as TextItem;
    if (isBlank(item.text)) continue;
    const indent = indentWidth(item.text);
    const text = item.text.trim();
    const listed = LIST_ITEM.exec(item.text);
    if (listed && indent < Math.max(blockIndent, 1)) return questionOfItem(listed[2] ?? '', i, item, loose);
    if (indent === 0 && blockIndent === 0) {
      const own = questionOfLine(text, i, item);
      if (own) return withNextLine(own, texts, i);
      // Only the paragraph right before the block may name it.
      if (i === 0 || isBlank(texts[i - 1]?.text ?? '')) return null;
    }
    if (indent < blockIndent && !listed) return null;
  }
  return null;
}

/** "Question 1." alone on its line: the line under it is the question's text. */
function withNextLine(lead: Lead, texts: readonly TextItem[], at: number): Lead {
  const next = texts[at + 1];
  if (!QUESTION_LABEL.test(lead.markdown) || lead.markdown.replace(QUESTION_LABEL, '').trim() !== '') return lead;
  if (!next || isBlank(next.text)) return lead;
  return { ...lead, markdown: `${lead.markdown} ${next.text.trim()}`, consumed: 1 };
}

function questionOfItem(text: string, at: number, item: TextItem, loose: boolean): Lead | null {
  const own = questionOfLine(text.trim(), at, item);
  if (own) return own;
  return loose && text.trim() !== '' ? { at, markdown: text.trim(), line: item.line, col: 1 } : null;
}

/** "**Create a pod**", "### Create a pod" or "Question 12. Create a pod" as a question. */
function questionOfLine(text: string, at: number, item: TextItem): Lead | null {
  const heading = matchHeading(text, 0);
  if (heading?.markdown) return { at, markdown: heading.markdown, line: item.line, col: 1 };
  const numbered = QUESTION_LABEL.exec(text);
  if (numbered) return { at, markdown: text.replace(/^(\*\*|__)(.*?)\1/, '$2').trim(), line: item.line, col: 1 };
  const bold = BOLD_LEAD.exec(text);
  if (bold?.[1]) return { at, markdown: bold[2] ? `${bold[1]} ${bold[2]}`.trim() : bold[1], line: item.line, col: 1 };
  return null;
}

type Own = { kind: 'lead'; lead: Lead } | { kind: 'summary' } | null;

function ownQuestion(section: Section, i: number, loose: boolean): Own {
  const block = section.blocks[i] as AnswerBlock;
  const lead = leadIn(section.texts[i] ?? [], block, loose);
  if (lead) return { kind: 'lead', lead };
  return summaryKind(block.summary) === 'question' ? { kind: 'summary' } : null;
}

/**
 * Where a heading owns no question of its own (the file's preamble, a title or category
 * heading, "Questions"), one block naming its question is enough to split; under a question
 * heading it takes two, so that the steps of one task stay parts of it.
 */
function isCategory(section: Section): boolean {
  return !section.heading || section.heading.level <= 2 || /^questions?$/i.test(section.title);
}

export function splitOwnQuestions(sections: readonly Section[], slugger: GithubSlugger): Section[] {
  return sections.flatMap((section) => split(section, slugger));
}

function split(section: Section, slugger: GithubSlugger): Section[] {
  if (section.blocks.length === 0) return [section];
  const loose = isCategory(section);
  const owns = section.blocks.map((_, i) => ownQuestion(section, i, loose));
  const count = owns.filter(Boolean).length;
  if (count === 0 || (count < 2 && !loose)) return [section];

  const parent: Section = { ...section, texts: [[]], blocks: [] };
  const result: Section[] = [parent];
  let current = parent;
  section.blocks.forEach((block, i) => {
    const texts = section.texts[i] ?? [];
    const own = owns[i] as Own;
    if (!own) {
      // A block that names no question is one more part of the question before it.
      current.texts[current.texts.length - 1]?.push(...texts);
      current.blocks.push(block);
      current.texts.push([]);
      return;
    }
    // Text before a list item or bold line belongs to what came before; before a summary
    // question it is that question's prompt.
    if (own.kind === 'lead') current.texts[current.texts.length - 1]?.push(...texts.slice(0, own.lead.at));
    current = ownSection(section, block, own, texts, slugger);
    result.push(current);
  });
  current.texts[current.texts.length - 1]?.push(...(section.texts[section.blocks.length] ?? []));
  return result;
}

function ownSection(
  parent: Section,
  block: AnswerBlock,
  own: NonNullable<Own>,
  texts: readonly TextItem[],
  slugger: GithubSlugger,
): Section {
  const markdown = own.kind === 'lead' ? own.lead.markdown : summaryWords(block.summary);
  const prompt = own.kind === 'lead' ? dedent(texts.slice(own.lead.at + 1 + (own.lead.consumed ?? 0))) : [...texts];
  const title = headingText(markdown);
  return {
    heading: {
      kind: 'heading',
      level: Math.min(6, (parent.heading?.level ?? 0) + 1),
      markdown,
      line: own.kind === 'lead' ? own.lead.line : block.line,
      col: own.kind === 'lead' ? own.lead.col : block.col,
      synthetic: own.kind,
    },
    anchor: slugger.slug(title),
    title,
    texts: [prompt, []],
    blocks: [block],
  };
}

/** The lines of a list item under its first line, without the item's indentation. */
function dedent(items: readonly TextItem[]): TextItem[] {
  const indents = items.filter((t) => !isBlank(t.text)).map((t) => indentWidth(t.text));
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return items.map((t) => ({ ...t, text: t.text.replace(new RegExp(`^[ \\t]{0,${cut}}`), '') }));
}
