/**
 * Markdown of one exam domain -> the curriculum model and its diagnostics.
 *
 * normalize (BOM, CRLF, frontmatter) -> scan (fence-aware lines: headings, answer blocks)
 * -> sections (anchors, kinds) -> the Domain below. Never throws: what it cannot
 * understand stays in a markdown field and is reported.
 */
import GithubSlugger from 'github-slugger';
import { Reporter } from './diagnostics';
import { detectLanguage, SITE_LANGUAGE } from './language';
import { collectLinks, extractCompetencies, headingText, isEmptyAnswer } from './markdown';
import { readChoices } from './multiple-choice';
import { orderParts, partRole } from './part-order';
import { normalizeSource } from './normalize';
import { splitOwnQuestions } from './own-questions';
import { domainSlugFromPath, titleFromPath } from './paths';
import { scanLines } from './scan';
import { appendMarkdown, classify, groupSections, joinText, sectionText, type Section } from './sections';
import type { AnswerPart, Domain, ParseResult, Question, Reference, Topic } from './types';
import { summaryKind, summaryWords } from './summary-kind';
import { splitWeight } from './weight';

/** The rule that names an answer block no question claims: kept in the intro, not lost. */
export const STRAY_BLOCK_RULE = 'answer-without-question';

export function parseDomain(source: string, file: string): ParseResult {
  try {
    return parse(source, file);
  } catch (error) {
    // A parser bug must not take the build down with it: keep the file as one intro.
    const reporter = new Reporter(file);
    reporter.error(1, 1, 'parser-failure', `could not parse this file (${String(error)}); it is shown as plain markdown`);
    return { domain: { ...emptyDomain(file), intro: source }, diagnostics: reporter.sorted() };
  }
}

function emptyDomain(file: string): Domain {
  const title = titleFromPath(file);
  return {
    title,
    titleMarkdown: title,
    headingMarkdown: null,
    weight: null,
    order: domainSlugFromPath(file).order,
    intro: '',
    competencies: [],
    references: '',
    referenceLinks: [],
    topics: [],
    lang: SITE_LANGUAGE,
    placeholders: 0,
    frontmatter: {},
  };
}

function parse(source: string, file: string): ParseResult {
  const reporter = new Reporter(file);
  const { lines, frontmatter, overrides } = normalizeSource(source, reporter);
  const slugger = new GithubSlugger();
  const sections = splitOwnQuestions(groupSections(scanLines(lines, reporter), slugger), slugger);
  const domain: Domain = { ...emptyDomain(file), frontmatter };
  if (overrides.order !== undefined) domain.order = overrides.order;
  domain.lang = overrides.lang ?? detectLanguage(lines.map((l) => l.text).join('\n'), file);

  // The preamble (before any heading) and the title's own section make the domain intro.
  const preamble = sections.shift() as Section;
  const introParts = [introOf(preamble, reporter)];
  const first = sections[0];
  // An empty "#" is no title, but it still opens the domain's intro.
  const titled = first?.heading?.level === 1 && first.blocks.length === 0 && first.title !== '';
  if (first?.heading?.level === 1 && first.blocks.length === 0) {
    sections.shift();
    introParts.push(sectionText(first).text);
  }
  if (titled && first?.heading) {
    const { title, weight } = splitWeight(first.heading.markdown);
    domain.headingMarkdown = first.heading.markdown;
    domain.titleMarkdown = title;
    domain.title = headingText(title);
    domain.weight = weight;
  } else if (overrides.title === undefined) {
    const at = lines.find((l) => l.text.trim() !== '') ?? lines[0];
    reporter.warn(
      at?.line ?? 1,
      1,
      'missing-title',
      `no "# Title" heading first; using "${domain.title}" from the file name. Hint: start the file with "# ${domain.title}".`,
    );
  }
  if (overrides.title !== undefined) domain.title = domain.titleMarkdown = overrides.title;
  if (overrides.weight !== undefined) domain.weight = overrides.weight;
  const { intro, competencies } = extractCompetencies(appendMarkdown(...introParts));
  domain.intro = intro;
  domain.competencies = competencies;

  buildTopics(domain, sections, reporter);
  return { domain, diagnostics: reporter.sorted() };
}

/** Preamble text; an answer block with no heading before it is kept verbatim and reported. */
function introOf(preamble: Section, reporter: Reporter): string {
  const parts: string[] = [];
  preamble.texts.forEach((texts, i) => {
    parts.push(joinText(texts).text);
    const block = preamble.blocks[i];
    if (!block) return;
    parts.push(block.raw);
    reporter.warn(block.line, block.col, STRAY_BLOCK_RULE, 'answer block with no heading before it; kept as it is in the domain intro');
  });
  return appendMarkdown(...parts);
}

/** What a topic and a question take from the heading of their section. */
function headed(section: Section, heading: NonNullable<Section['heading']>) {
  return { anchor: section.anchor, title: section.title, titleMarkdown: heading.markdown, level: heading.level, line: heading.line };
}

/** A topic section's heading and intro, with no questions yet. */
function topicOf(section: Section, heading: NonNullable<Section['heading']>, intro: string): Topic {
  return {
    ...headed(section, heading),
    intro,
    references: '',
    questions: [],
  };
}

function buildTopics(domain: Domain, sections: Section[], reporter: Reporter): void {
  let topic: Topic | null = null;
  // While inside a References section, deeper headings without answers are part of it.
  let references: { level: number; owner: Topic | null } | null = null;
  // Questions with no topic heading above them go to an untitled topic (level 0).
  const container = (line: number): Topic => {
    if (topic) return topic;
    const last = domain.topics.at(-1);
    if (last && last.anchor === null) return last;
    const untitled: Topic = { anchor: null, title: null, titleMarkdown: null, level: 0, line, intro: '', references: '', questions: [] };
    domain.topics.push(untitled);
    return untitled;
  };
  const addReferences = (owner: Topic | null, markdown: string, links: Reference[]): void => {
    if (owner) owner.references = appendMarkdown(owner.references, markdown);
    else domain.references = appendMarkdown(domain.references, markdown);
    domain.referenceLinks.push(...links);
  };

  for (const section of sections) {
    const heading = section.heading;
    if (!heading) continue;
    const kind = classify(section);
    const body = sectionText(section);
    if (references && kind !== 'question' && kind !== 'placeholder' && heading.level > references.level) {
      const line = `${'#'.repeat(heading.level)} ${heading.markdown}`;
      const links = [...collectLinks(heading.markdown, heading.line), ...collectLinks(body.text, body.line)];
      addReferences(references.owner, appendMarkdown(line, body.text), links);
      continue;
    }
    references = null;
    if (kind === 'references') {
      // "## References" at a topic's level or above belongs to the domain, and ends the topic.
      if (topic && heading.level <= topic.level) topic = null;
      references = { level: heading.level, owner: topic };
      addReferences(topic, body.text, collectLinks(body.text, body.line));
    } else if (kind === 'structural') {
      if (body.text !== '') {
        const owner = container(heading.line);
        owner.intro = appendMarkdown(owner.intro, body.text);
      }
    } else if (kind === 'topic') {
      topic = topicOf(section, heading, body.text);
      domain.topics.push(topic);
    } else if (kind === 'placeholder') {
      domain.placeholders += 1;
      reporter.warn(
        heading.line,
        heading.col,
        'placeholder-question',
        `"${section.title}" has no question or answer written yet; left out`,
      );
    } else {
      container(heading.line).questions.push(toQuestion(section, reporter));
    }
  }
}

/**
 * Each part's label: the role its summary names (`Prerequisites`, `Solution - kubectl edit`),
 * none where it only says "open me", or is the question itself (own-questions.ts). Beside
 * named parts, a "Solution" or "Answer" is named too, so the parts read as a set.
 */
function partLabels(section: Section): Array<string | null> {
  const synthetic = section.heading?.synthetic;
  const kinds = section.blocks.map((b, i) => (i === 0 && synthetic === 'summary' ? 'question' : summaryKind(b.summary)));
  const named = kinds.includes('role');
  return section.blocks.map((b, i) => {
    const words = summaryWords(b.summary);
    if (kinds[i] === 'role' || (named && kinds[i] === 'generic' && /^(?:answers?|solutions?)$/i.test(words))) return words;
    return null;
  });
}

/** The parts in the author's order, each with the text before it as its prompt. */
function readParts(section: Section, reporter: Reporter): AnswerPart[] {
  const labels = partLabels(section);
  return section.blocks.map((block, i) => {
    const empty = isEmptyAnswer(block.markdown);
    if (empty) reporter.warn(block.line, block.col, 'empty-answer', `the answer to "${section.title}" is empty; shown as not answered yet`);
    const label = labels[i] ?? null;
    const prompt = joinText(section.texts[i] ?? []).text;
    return {
      prompt,
      summary: block.summary,
      label,
      role: partRole(label),
      markdown: block.markdown,
      positions: block.positions,
      empty,
      line: block.line,
    };
  });
}

function toQuestion(section: Section, reporter: Reporter): Question {
  const heading = section.heading as NonNullable<Section['heading']>;
  // Setup before the task, clean-up after the solutions (part-order.ts).
  const { parts, leftover } = orderParts(readParts(section, reporter));
  const first = parts[0];
  // The options stay in the prompt too: print, cards and search show them as the author wrote them.
  const mc = first ? readChoices(section.title, first.prompt, parts.map((p) => p.markdown).join('\n\n')) : null;
  const afterword = [leftover, joinText(section.texts.at(-1) ?? []).text].filter((t) => t !== '').join('\n\n');
  return {
    ...headed(section, heading),
    parts,
    afterword,
    answered: parts.some((p) => !p.empty),
    choices: mc ? { ...mc.choices, prompt: mc.prompt } : null,
  };
}
