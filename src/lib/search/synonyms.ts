/**
 * Kubernetes names as synonyms. Pagefind has no query-time synonyms, so each question is
 * indexed with the other forms of the names it uses, after its own text and a marker:
 *
 *   `Run kubectl get po -n team-a`  ->  `Run kubectl get po -n team-a ⁂ k Pod`
 *
 * so `pods` finds it (Pagefind stems `Pod` and `pods` alike) and so does `k get pods`. The
 * browser cuts the text at the marker to show it, and shows a match behind the marker at the
 * name it stands for (hiddenMatches). Pure functions over a question's words, split as
 * Pagefind splits them: the build and the browser agree on where each name is.
 */
import { AMBIGUOUS_SHORT_NAMES, KUBECTL_ALIAS, RESOURCE_NAMES, RESOURCE_VERBS, ROLLOUT_COMMANDS } from './kubernetes-names.ts';

/**
 * Between a question's text and its synonyms: a word of its own (so the browser can find it)
 * that Pagefind indexes as nothing, being punctuation only, in English and in Chinese alike.
 */
export const SYNONYM_MARKER = '⁂';

interface Group {
  /** What is indexed for a question that uses the group's names: the kind first, then the short names. */
  kind: string;
  short: readonly string[];
  /** Lower-case whole-word forms that name the group in full: the kind, the plural. */
  full: ReadonlySet<string>;
}

const GROUPS: readonly Group[] = [
  ...RESOURCE_NAMES.map((names) => ({
    kind: names.kind,
    short: names.short,
    full: new Set([names.kind.toLowerCase(), names.plural]),
  })),
  { kind: KUBECTL_ALIAS.command, short: [KUBECTL_ALIAS.alias], full: new Set([KUBECTL_ALIAS.command]) },
];

/**
 * Where a name's words change case: `NetworkPolicy` is also written "network policy", and
 * `APIService` is "API Service"; the plural of an acronym (`CRDs`, `UIDs`) stays one word.
 */
const CASE_CHANGE = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll}{2})/u;

/** The English plural of a kind's last word, checked against the table's plurals by a unit test. */
export function pluralOf(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

interface Phrase {
  words: readonly string[];
  group: number;
}

/** Kinds of several words as prose writes them, singular and plural, by first word, longest first. */
const PHRASES = new Map<string, Phrase[]>();
for (const phrase of GROUPS.flatMap((group, index) => {
  const words = group.kind.split(CASE_CHANGE).map((word) => word.toLowerCase());
  if (words.length < 2) return [];
  const plural = [...words.slice(0, -1), pluralOf(words.at(-1) ?? '')];
  return [
    { words, group: index },
    { words: plural, group: index },
  ];
}).sort((a, b) => b.words.length - a.words.length)) {
  const first = phrase.words[0] ?? '';
  PHRASES.set(first, [...(PHRASES.get(first) ?? []), phrase]);
}

/** Lower-case single-word form -> its group, for full names and short names. */
const FORMS = new Map<string, number>();
GROUPS.forEach((group, index) => {
  for (const form of [...group.full, ...group.short.map((s) => s.toLowerCase())]) FORMS.set(form, index);
});

/** A word's pieces, as Pagefind also indexes them: cut at punctuation and where the case changes, lower-cased. */
export function pieces(word: string): string[] {
  return word
    .split(/[^\p{L}\p{N}]+/u)
    .flatMap((part) => part.split(CASE_CHANGE))
    .filter((piece) => piece !== '')
    .map((piece) => piece.toLowerCase());
}

function cleanLower(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
}

/** One name used in a question: the word it is in, the group it names, the form as it stands there. */
export interface NameUse {
  position: number;
  group: number;
  form: string;
}

/**
 * Whether a short name that is also an everyday word is kubectl's here: the resource of a
 * command (`kubectl get no`, `kubectl rollout status deploy web`), a `type/name`
 * (`deploy/web`) or a list of types (`po,no`).
 */
function kubectlReads(short: string, words: readonly string[], position: number): boolean {
  const word = cleanLower(words[position] ?? '');
  const before = (back: number) => cleanLower(words[position - back] ?? '');
  if (word === short) return RESOURCE_VERBS.has(before(1)) || (ROLLOUT_COMMANDS.has(before(1)) && before(2) === 'rollout');
  if (word.startsWith(`${short}/`)) return true;
  const list = word.split(',');
  return list.length > 1 && list.includes(short) && list.every((item) => FORMS.has(item));
}

interface Piece {
  position: number;
  text: string;
}

/** `NET_BIND_SERVICE`, `DB_USER`: a constant's words name no resource. */
const CONSTANT = /^[^\p{Ll}]*_[^\p{Ll}]*$/u;

/** The pieces a word is read as: none for a constant, the whole word for a name written as one. */
function wordPieces(word: string): readonly string[] {
  if (CONSTANT.test(word)) return [];
  const parts = pieces(word);
  const whole = parts.join('');
  // A name written as one word (`NetworkPolicies`, `CRDs`) is that name, not its pieces.
  const oneWord = !/[^\p{L}\p{N}]/u.test(cleanLower(word));
  return parts.length > 1 && oneWord && FORMS.has(whole) ? [whole] : parts;
}

/**
 * Words repeat across questions (`kubectl`, `-n`, `team-a`): each is cut once. Reading the
 * names of 209 questions took 80 ms without this, and a build reads every question.
 */
const PIECES = new Map<string, readonly string[]>();
const PIECES_KEPT = 50_000;

function cachedPieces(word: string): readonly string[] {
  let found = PIECES.get(word);
  if (found === undefined) {
    if (PIECES.size >= PIECES_KEPT) PIECES.clear();
    found = wordPieces(word);
    PIECES.set(word, found);
  }
  return found;
}

/** Every use of a Kubernetes name (or of kubectl and its alias) in a question's words, in order. */
export function namesUsed(words: readonly string[]): NameUse[] {
  const sequence: Piece[] = [];
  words.forEach((word, position) => {
    for (const text of cachedPieces(word)) sequence.push({ position, text });
  });
  const uses: NameUse[] = [];
  for (let i = 0; i < sequence.length; i++) {
    const phrase = PHRASES.get(sequence[i]?.text ?? '')?.find((p) => p.words.every((word, k) => sequence[i + k]?.text === word));
    if (phrase) {
      const first = sequence[i] as Piece;
      uses.push({ position: first.position, group: phrase.group, form: phrase.words.join(' ') });
      i += phrase.words.length - 1;
      continue;
    }
    const { position, text } = sequence[i] as Piece;
    const group = FORMS.get(text);
    if (group === undefined) continue;
    const short = !GROUPS[group]?.full.has(text);
    if (short && text === KUBECTL_ALIAS.alias && cleanLower(words[position] ?? '') !== text) continue;
    if (short && AMBIGUOUS_SHORT_NAMES.has(text) && !kubectlReads(text, words, position)) continue;
    uses.push({ position, group, form: text });
  }
  return uses;
}

/**
 * The forms to index after a question's words: for each group it names, its kind unless a
 * full name is already there, and each short name not already there.
 */
export function synonymsOf(words: readonly string[]): string[] {
  const written = new Map<number, Set<string>>();
  for (const use of namesUsed(words)) {
    const forms = written.get(use.group) ?? new Set<string>();
    forms.add(use.form);
    written.set(use.group, forms);
  }
  const synonyms: string[] = [];
  for (const [index, forms] of written) {
    const group = GROUPS[index] as Group;
    const hasFull = [...forms].some((form) => group.full.has(form) || form.includes(' '));
    if (!hasFull) synonyms.push(group.kind);
    for (const short of group.short) if (!forms.has(short)) synonyms.push(short);
  }
  return synonyms;
}

/** Pagefind's word separators, as in highlight.ts. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** A question's text for the index: its words, then the marker and its synonyms when it has any. */
export function withSynonyms(text: string): string {
  const synonyms = synonymsOf(text.split(WORD_SEPARATORS));
  return synonyms.length === 0 ? text : `${text} ${SYNONYM_MARKER} ${synonyms.join(' ')}`;
}

/**
 * Where the question's own words end: at the last marker when only synonyms follow it, else
 * after the last word (an author may write the marker character too).
 */
export function visibleLength(words: readonly string[]): number {
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]?.trim() ?? '';
    if (word === SYNONYM_MARKER) return i;
    if (word !== '' && !FORMS.has(cleanLower(word))) break;
  }
  return words.length;
}

/**
 * Match locations as a reader sees them: those in the question's own words kept, and each one
 * behind the marker moved to every use, in the question's words, of the name it stands for.
 * `forms` are those uses as written, for marking them.
 */
export function hiddenMatches(words: readonly string[], locations: readonly number[]): { locations: number[]; forms: string[] } {
  const end = visibleLength(words);
  const visible = locations.filter((location) => location < end);
  const hidden = locations.filter((location) => location > end);
  if (hidden.length === 0) return { locations: visible, forms: [] };
  const own = words.slice(0, end);
  const groups = new Set(hidden.map((location) => FORMS.get(cleanLower(words[location] ?? ''))).filter((g) => g !== undefined));
  const uses = namesUsed(own).filter((use) => groups.has(use.group));
  const moved = new Set([...visible, ...uses.map((use) => use.position)]);
  return {
    locations: [...moved].sort((a, b) => a - b),
    forms: [...new Set(uses.map((use) => use.form))],
  };
}
