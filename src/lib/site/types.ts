/** The curriculum as the pages render it: the parsed model with its markdown turned into HTML. */

export interface RenderedPart {
  promptHtml: string;
  /** The author's own summary text, or null where it only said "open me" (shown as SHOW_ANSWER). */
  label: string | null;
  html: string;
  empty: boolean;
  /** The answer's markdown, for tools (questions.json) and exports. */
  markdown: string;
  prompt: string;
}

/** A multiple-choice question's options, rendered (curriculum Choices). */
export interface RenderedChoices {
  options: { key: string; markdown: string; html: string }[];
  correct: string[];
  pick: number;
  /** The first part's prompt without the options, shown above them. */
  promptHtml: string;
}

export interface RenderedQuestion {
  anchor: string;
  title: string;
  titleHtml: string;
  line: number;
  answered: boolean;
  parts: RenderedPart[];
  afterwordHtml: string;
  choices: RenderedChoices | null;
}

export interface RenderedTopic {
  anchor: string | null;
  title: string | null;
  titleHtml: string | null;
  introHtml: string;
  referencesHtml: string;
  questions: RenderedQuestion[];
}

export interface RenderedDomain {
  /** URL path segment(s) without slashes at the ends, e.g. `monitoring` or `ckad/pod-design`. */
  slug: string;
  /** Path relative to the content folder, with forward slashes. */
  sourcePath: string;
  title: string;
  weight: number | null;
  order: number | null;
  /** BCP 47 tag of the file's language (curriculum Domain `lang`): its pages' `<html lang>`. */
  lang: string;
  introHtml: string;
  competenciesHtml: string[];
  referencesHtml: string;
  topics: RenderedTopic[];
  questionCount: number;
  answeredCount: number;
  placeholders: number;
  /** How many manifests in its answers were checked, and against which Kubernetes release. */
  manifests: { checked: number; kubernetesVersion: string };
  /** Files beside the markdown that this domain's page links to. */
  files: ContentFile[];
}

/** A file beside the markdown (an image, a manifest) that a page links to; published under `_content/`. */
export interface ContentFile {
  /** Path relative to the content folder, with forward slashes. */
  path: string;
  /** Absolute path to read it from. */
  source: string;
}

/** A README.md: the introduction of its folder (`''` for the content root). */
export interface RenderedIntro {
  folder: string;
  title: string | null;
  html: string;
  /** Files beside the README that it links to. */
  files: ContentFile[];
}

/** How many manifests in the answers were checked, and what was left unchecked (manifests/check-domain.ts). */
export interface ManifestSummary {
  kubernetesVersion: string;
  checked: number;
  fragments: number;
  otherKinds: number;
  broken: number;
}

export interface BuildSummary {
  /** Set where the manifests were checked (the read stage); absent in summaries made up by hand. */
  manifests?: ManifestSummary;
  domains: number;
  questions: number;
  answered: number;
  placeholders: number;
  warnings: number;
  errors: number;
}
