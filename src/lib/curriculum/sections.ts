/**
 * Groups scanned items into sections (a heading and everything up to the next heading),
 * gives every heading GitHub's anchor, and says what each section is.
 */
import GithubSlugger from 'github-slugger';
import type { AnswerBlock } from './answer-blocks';
import { isBlank } from './line-syntax';
import { headingText, isPlaceholderAnswer } from './markdown';
import type { HeadingItem, Item, TextItem } from './scan';

export interface Section {
  /** Null for the preamble, the content before the first heading. */
  heading: HeadingItem | null;
  anchor: string;
  /** Plain text of the heading. */
  title: string;
  /** Text runs around the blocks: `texts[i]` comes before `blocks[i]`, the last one after them all. */
  texts: TextItem[][];
  blocks: AnswerBlock[];
}

export type SectionKind = 'question' | 'placeholder' | 'references' | 'structural' | 'topic';

/** Headings that organise the file rather than name a topic, when no answer follows them. */
const STRUCTURAL = /^(?:references|questions?|question\(s\)|answers?|resources|links)\s*:?$/i;
const REFERENCES = /^references\s*:?$/i;
const PLACEHOLDER_TITLE = /^question\s*\d*$/i;

/**
 * One slugger per file, fed every heading in document order, so duplicates get -1, -2 exactly
 * where GitHub puts them (headings inside answers included); anchors the parser makes later
 * (own-questions.ts) take the same slugger, so they never repeat a heading's.
 */
export function groupSections(items: readonly Item[], slugger = new GithubSlugger()): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: null, anchor: '', title: '', texts: [[]], blocks: [] };
  sections.push(current);
  for (const item of items) {
    if (item.kind === 'heading') {
      const title = headingText(item.markdown);
      current = { heading: item, anchor: slugger.slug(title), title, texts: [[]], blocks: [] };
      sections.push(current);
    } else if (item.kind === 'block') {
      for (const h of item.block.headings) slugger.slug(headingText(h.markdown));
      current.blocks.push(item.block);
      current.texts.push([]);
    } else {
      current.texts.at(-1)?.push(item);
    }
  }
  return sections;
}

export interface Text {
  text: string;
  /** Line of the first non-blank line; 0 when the text is empty. */
  line: number;
}

/** Joins text lines, dropping leading and trailing blank lines. */
export function joinText(items: readonly TextItem[]): Text {
  let start = 0;
  let end = items.length;
  while (start < end && isBlank(items[start]?.text ?? '')) start += 1;
  while (end > start && isBlank(items[end - 1]?.text ?? '')) end -= 1;
  const kept = items.slice(start, end);
  return { text: kept.map((t) => t.text).join('\n'), line: kept[0]?.line ?? 0 };
}

/** All text of a section, blocks excluded. */
export function sectionText(section: Section): Text {
  const parts = section.texts.map(joinText).filter((t) => t.text !== '');
  return { text: parts.map((t) => t.text).join('\n\n'), line: parts[0]?.line ?? 0 };
}

export function classify(section: Section): SectionKind {
  if (section.blocks.length > 0) {
    const placeholder =
      PLACEHOLDER_TITLE.test(section.title) &&
      section.blocks.every((b) => isPlaceholderAnswer(b.markdown)) &&
      section.texts.every((t) => joinText(t).text === '');
    return placeholder ? 'placeholder' : 'question';
  }
  if (REFERENCES.test(section.title)) return 'references';
  if (STRUCTURAL.test(section.title)) return 'structural';
  return 'topic';
}

/** Joins markdown chunks with a blank line, skipping empty ones. */
export function appendMarkdown(...chunks: string[]): string {
  return chunks.filter((c) => c.trim() !== '').join('\n\n');
}
