/**
 * The first domain exactly as its author wrote it (`../shared/seed/`, beside the repository),
 * glued tags, placeholders and all; and a domain in our own words shaped line for line like it
 * (tests/fixtures/site-seed-shaped), so that every clone runs the same checks on those shapes.
 * The seed's own suite is skipped, with the reason, where ../shared is not beside the clone.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDomain } from '../../src/lib/curriculum/parse-domain';
import type { ParseResult, Question } from '../../src/lib/curriculum/types';
import { describeSeed, seedFile, seedFileName } from '../support/seed';

const seedShaped = fileURLToPath(new URL('../fixtures/site-seed-shaped/input/f.runtime_threat_detection.md', import.meta.url));

/** What a seed-shaped domain must parse to; the texts are each file's own. */
interface Expected {
  /** The file name the content folder gives it (its prefix orders it sixth). */
  name: string;
  title: string;
  firstCompetency: string;
  lastCompetency: string;
  unanswered: string[];
  placeholderLines: number[];
  emptyAnswerLines: number[];
  /** A question's title and its GitHub anchor (one with `-p`-style flags, which GitHub doubles). */
  anchors: Array<[string, string]>;
  fifthTopicAnchor: string;
  /** A question answered by `<details><summary>show</summary><p>` glued to the fence, and its answer. */
  glued: [string, string];
  /** A question whose answer has a sentence after the fence, and its answer. */
  sentenceAfterFence: [string, string];
  /** A question with a URL between its heading and its answer, and the URL. */
  prompt: [string, string];
  references: Array<[string, number]>;
}

function describeSeedShaped(read: () => string, expected: Expected): void {
  let result: ParseResult;
  let questions: Question[];
  const byTitle = (title: string): Question => {
    const q = questions.find((q) => q.title === title);
    if (!q) throw new Error(`no question titled "${title}"`);
    return q;
  };

  beforeAll(() => {
    result = parseDomain(read(), expected.name);
    questions = result.domain.topics.flatMap((t) => t.questions);
  });

  it('reads the title and its weight', () => {
    expect(result.domain.title).toBe(expected.title);
    expect(result.domain.weight).toBe(20);
    expect(result.domain.order).toBe(6);
  });

  it('turns the bullet list under the title into six competencies', () => {
    expect(result.domain.competencies).toHaveLength(6);
    expect(result.domain.competencies[0]).toBe(expected.firstCompetency);
    expect(result.domain.competencies[5]).toBe(expected.lastCompetency);
    expect(result.domain.intro).toBe('');
  });

  it('makes one topic per competency, in order, keeping the empty ones', () => {
    expect(result.domain.topics.map((t) => t.title)).toEqual(result.domain.competencies);
  });

  it('finds 13 questions: 9 answered, 4 not answered yet', () => {
    expect(questions).toHaveLength(13);
    expect(questions.filter((q) => q.answered)).toHaveLength(9);
    expect(questions.filter((q) => !q.answered).map((q) => q.title)).toEqual(expected.unanswered);
  });

  it('leaves out and reports the four placeholder questions', () => {
    expect(result.domain.placeholders).toBe(4);
    const placeholders = result.diagnostics.filter((d) => d.ruleId === 'placeholder-question');
    expect(placeholders.map((d) => d.line)).toEqual(expected.placeholderLines);
  });

  it('reports each empty answer on its <details> line', () => {
    const empty = result.diagnostics.filter((d) => d.ruleId === 'empty-answer');
    expect(empty.map((d) => d.line)).toEqual(expected.emptyAnswerLines);
    expect(result.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it("uses GitHub's anchors", () => {
    for (const [title, anchor] of expected.anchors) expect(byTitle(title).anchor).toBe(anchor);
    expect(result.domain.topics[4]?.anchor).toBe(expected.fifthTopicAnchor);
  });

  it('keeps the fence of an answer opened by <details><summary>show</summary><p>', () => {
    expect(byTitle(expected.glued[0]).parts[0]?.markdown).toBe(expected.glued[1]);
  });

  it('keeps the sentence written after the fence, before </p></details>', () => {
    expect(byTitle(expected.sentenceAfterFence[0]).parts[0]?.markdown).toBe(expected.sentenceAfterFence[1]);
  });

  it('keeps the URL between a heading and its answer as the prompt', () => {
    expect(byTitle(expected.prompt[0]).parts[0]?.prompt).toContain(expected.prompt[1]);
  });

  it('collects the domain references and their links', () => {
    for (const [text] of expected.references) expect(result.domain.references).toContain(`[${text}]`);
    expect(result.domain.referenceLinks.map((l) => [l.text, l.line])).toEqual(expected.references);
  });
}

describe('a domain shaped like the seed (tests/fixtures/site-seed-shaped)', () => {
  describeSeedShaped(() => readFileSync(seedShaped, 'utf8'), {
    name: 'f.runtime_threat_detection.md',
    title: 'Runtime Threat Detection',
    firstCompetency: 'Watch what processes do on a node and inside its containers, system calls and files alike, to notice an intruder',
    lastCompetency: 'Read audit events to learn who did what',
    unanswered: [
      'Count the system calls of ls -l /var/log with strace -c',
      "Start Tetragon's event stream, then read /etc/shadow with cat -n in a second shell",
      'Run a pod whose root filesystem is read-only.',
      'Run a pod whose processes cannot gain more privileges than their parent.',
    ],
    placeholderLines: [129, 143, 157, 198],
    emptyAnswerLines: [34, 92, 173, 185],
    anchors: [
      ['What does ltrace show? Print its usage.', 'what-does-ltrace-show-print-its-usage'],
      [
        "Start Tetragon's event stream, then read /etc/shadow with cat -n in a second shell",
        'start-tetragons-event-stream-then-read-etcshadow-with-cat--n-in-a-second-shell',
      ],
    ],
    fifthTopicAnchor: 'stop-running-containers-from-changing-their-own-files',
    glued: ['Which three Falco priorities rank above Error?', '```\nEmergency, Alert and Critical.\n```'],
    sentenceAfterFence: [
      'Print every file that cat opens, with bpftrace.',
      '```\n# bpftrace -e \'tracepoint:syscalls:sys_enter_openat /comm == "cat"/ { printf("%s\\n", str(args.filename)); }\'\n```\n' +
        'Run cat in a second terminal: each file it opens is printed as it happens.',
    ],
    prompt: ['What is Tetragon? A tip: it is no shape from a geometry lesson, whatever its name says.', 'https://tetragon.io/docs/'],
    references: [
      ['Auditing', 15],
      ['Pod Security Standards', 16],
    ],
  });
});

describeSeed('the seed domain', () => {
  describeSeedShaped(() => readFileSync(seedFile, 'utf8'), {
    name: seedFileName,
    title: 'Monitoring, Logging and Runtime Security',
    firstCompetency:
      'Perform behavioral analytics of syscall process and file activities at the host and container level to detect malicious activities',
    lastCompetency: 'Use Audit Logs to monitor access',
    unanswered: [
      'Use strace to identify the syscalls used when touching a file; touch /tmp/cks.txt',
      'Run falco. Go to another shell and mkdir -p /etc/falco/foo',
      'Create a pod that cannot write to the filesystem.',
      'Create a pod that cannot elevate user to root.',
    ],
    placeholderLines: [129, 143, 157, 198],
    emptyAnswerLines: [34, 92, 173, 185],
    anchors: [
      ['What is strace? Run it and generate the help page.', 'what-is-strace-run-it-and-generate-the-help-page'],
      ['Run falco. Go to another shell and mkdir -p /etc/falco/foo', 'run-falco-go-to-another-shell-and-mkdir--p-etcfalcofoo'],
    ],
    fifthTopicAnchor: 'ensure-immutability-of-containers-at-runtime',
    glued: ['What are the 4 types of falco rules?', '```\nDescriptions, Conditions, Output, Priority.\n```'],
    sentenceAfterFence: [
      'Run sysdig against nano.',
      '```\n# sysdig proc.name=nano\n```\nEnter another shell and run nano. You should see the progression of syscalls.',
    ],
    prompt: ['What is falco? Hint, has nothing to do with Amadeus but you may sing the song if you wish.', 'https://falco.org/docs/'],
    references: [
      ['CKS Curriculum', 15],
      ['kubectl Cheat Sheet', 16],
    ],
  });
});
