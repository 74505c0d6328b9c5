/**
 * The curriculum model: what a domain file means, independent of how it is rendered.
 * Markdown fields hold the author's markdown with the answer-block tags removed, ready to
 * be rendered on their own; nothing the author wrote is dropped between them.
 */

export type Severity = 'warning' | 'error';

/** A problem found in a content file, printed as `path:line:col: severity: message [ruleId]`. */
export interface Diagnostic {
  /** Path of the file, as given to the parser. */
  file: string;
  /** 1-based line in the original file. */
  line: number;
  /** 1-based column in the original file. */
  column: number;
  severity: Severity;
  message: string;
  /** Stable kebab-case id, e.g. `unclosed-details`, `placeholder-question`, `empty-answer`. */
  ruleId: string;
}

/** A place in the original file: 1-based line and column. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A warning found while reading a part of a file, before the file is known: the reporter adds the file and severity. */
export type BlockDiagnostic = Pick<Diagnostic, 'line' | 'column' | 'ruleId' | 'message'>;

/** `setup`: Prerequisites, Setup; `cleanup`: Clean up, Tear down; every other part is an `answer`. */
export type PartRole = 'setup' | 'answer' | 'cleanup';

/** One `<details>` block of a question. */
export interface AnswerPart {
  /** Markdown between the previous heading or answer block and this one (the task text). */
  prompt: string;
  /** Text of the `<summary>`, e.g. "show"; empty when there was no summary. */
  summary: string;
  /**
   * The part's name on the page when the summary names its role (`Solution - kubectl edit`,
   * `Clean up`); null where it only says "open me" (`show`, `Answer`) or is the question itself.
   */
  label: string | null;
  /** What the label says the part is for: `setup` comes before the task, `cleanup` after the solutions. */
  role: PartRole;
  /** Markdown inside the block with the `<details>`, `<summary>`, `<p>` tags removed. */
  markdown: string;
  /** Where each line of `markdown` starts in the original file. */
  positions: SourcePosition[];
  /** True when the answer has no content: only whitespace and empty fences. */
  empty: boolean;
  /** 1-based line of the `<details>` tag. */
  line: number;
}

/** A multiple-choice question's options and which of them are right (multiple-choice.ts). */
export interface Choices {
  /** In order: A, B, C...; `markdown` is the option's text as written. */
  options: { key: string; markdown: string }[];
  /** Keys of the right options, as the answer names them. */
  correct: string[];
  /** How many options the reader picks ("(Choose TWO)"), else as many as are right. */
  pick: number;
  /** The first part's prompt without the options, for a page that shows them as choices. */
  prompt: string;
}

export interface Question {
  /** GitHub's slug of the heading (github-slugger over every heading in the file). */
  anchor: string;
  /** Heading as plain text. */
  title: string;
  /** Heading as the author wrote it (inline markdown). */
  titleMarkdown: string;
  /** Heading level, 1-6. */
  level: number;
  /** 1-based line of the heading. */
  line: number;
  parts: AnswerPart[];
  /** Markdown after the last answer part and before the next heading. */
  afterword: string;
  /** At least one part has content. */
  answered: boolean;
  /** Set when the task lists lettered options and an answer names the right ones. */
  choices: Choices | null;
}

export interface Topic {
  /** Slug of the topic heading; null for questions that come before any topic heading. */
  anchor: string | null;
  title: string | null;
  titleMarkdown: string | null;
  /** Heading level; 0 for the untitled topic. */
  level: number;
  /** 1-based line of the heading; for the untitled topic, of its first heading. */
  line: number;
  /** Markdown under the topic heading that is neither references nor a question. */
  intro: string;
  /** Markdown of the topic's "References" section(s), if any. */
  references: string;
  questions: Question[];
}

export interface Reference {
  text: string;
  url: string;
  line: number;
}

export interface Domain {
  /** From frontmatter `title`, else the first `#` heading (weight removed), else the file name. */
  title: string;
  /** The title as inline markdown to render (frontmatter `title`, else the heading with its weight removed). */
  titleMarkdown: string;
  /** The first `#` heading exactly as written, weight included; kept when frontmatter overrides it. Null when there is none. */
  headingMarkdown: string | null;
  /** Exam weight in percent ("(20%)" or "- 20%" in the title, or frontmatter `weight`); null if none. */
  weight: number | null;
  /** Sort key from the file-name prefix (`a.`, `01-`, `1_`) or frontmatter `order`. */
  order: number | null;
  /** Markdown between the title and the first section, competencies list removed. */
  intro: string;
  /** The competencies: items of the bullet list(s) under the title, as inline markdown. */
  competencies: string[];
  /** Markdown of the domain-level "References" section(s). */
  references: string;
  /** Every link found in any References section, in order. */
  referenceLinks: Reference[];
  topics: Topic[];
  /**
   * BCP 47 tag of the language the file is written in: frontmatter `lang`, else the script of
   * most of its prose (language.ts), else the site's (`en`).
   */
  lang: string;
  /** Placeholder questions ("Question" / "Answer" or an empty fence) that were left out. */
  placeholders: number;
  /** Frontmatter as parsed, {} when there is none. */
  frontmatter: Record<string, unknown>;
}

export interface ParseResult {
  domain: Domain;
  diagnostics: Diagnostic[];
}
