/**
 * The first domain exactly as its author wrote it (`../shared/seed/`, beside the repository),
 * glued tags, placeholders and all.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDomain } from '../../src/lib/curriculum/parse-domain';
import type { ParseResult, Question } from '../../src/lib/curriculum/types';

// Relative to the repository, never absolute: CI clones it with ../shared beside it.
const seedUrl = new URL('../../../shared/seed/monitoring-logging-runtime-security.md', import.meta.url);

let result: ParseResult;
let questions: Question[];
const byTitle = (title: string): Question => {
  const q = questions.find((x) => x.title === title);
  if (!q) throw new Error(`no question titled "${title}"`);
  return q;
};

beforeAll(() => {
  result = parseDomain(readFileSync(seedUrl, 'utf8'), 'f.monitoring_logging_runtime_security.md');
  questions = result.domain.topics.flatMap((t) => t.questions);
});

describe('the seed domain', () => {
  it('reads the title and its weight', () => {
    expect(result.domain.title).toBe('Monitoring, Logging and Runtime Security');
    expect(result.domain.weight).toBe(20);
    expect(result.domain.order).toBe(6);
  });

  it('turns the bullet list under the title into six competencies', () => {
    expect(result.domain.competencies).toHaveLength(6);
    expect(result.domain.competencies[0]).toBe(
      'Perform behavioral analytics of syscall process and file activities at the host and container level to detect malicious activities',
    );
    expect(result.domain.competencies[5]).toBe('Use Audit Logs to monitor access');
    expect(result.domain.intro).toBe('');
  });

  it('makes one topic per competency, in order, keeping the empty ones', () => {
    expect(result.domain.topics.map((t) => t.title)).toEqual(result.domain.competencies);
  });

  it('finds 13 questions: 9 answered, 4 not answered yet', () => {
    expect(questions).toHaveLength(13);
    expect(questions.filter((q) => q.answered)).toHaveLength(9);
    expect(questions.filter((q) => !q.answered).map((q) => q.title)).toEqual([
      'Use strace to identify the syscalls used when touching a file; touch /tmp/cks.txt',
      'Run falco. Go to another shell and mkdir -p /etc/falco/foo',
      'Create a pod that cannot write to the filesystem.',
      'Create a pod that cannot elevate user to root.',
    ]);
  });

  it('leaves out and reports the four placeholder questions', () => {
    expect(result.domain.placeholders).toBe(4);
    const placeholders = result.diagnostics.filter((d) => d.ruleId === 'placeholder-question');
    expect(placeholders.map((d) => d.line)).toEqual([129, 143, 157, 198]);
  });

  it('reports each empty answer on its <details> line', () => {
    const empty = result.diagnostics.filter((d) => d.ruleId === 'empty-answer');
    expect(empty.map((d) => d.line)).toEqual([34, 92, 173, 185]);
    expect(result.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it("uses GitHub's anchors", () => {
    expect(questions.map((q) => q.anchor)).toContain('what-is-strace-run-it-and-generate-the-help-page');
    expect(byTitle('Run falco. Go to another shell and mkdir -p /etc/falco/foo').anchor).toBe(
      'run-falco-go-to-another-shell-and-mkdir--p-etcfalcofoo',
    );
    expect(result.domain.topics[4]?.anchor).toBe('ensure-immutability-of-containers-at-runtime');
  });

  it('keeps the fence of an answer opened by <details><summary>show</summary><p>', () => {
    const md = byTitle('What are the 4 types of falco rules?').parts[0]?.markdown;
    expect(md).toBe('```\nDescriptions, Conditions, Output, Priority.\n```');
  });

  it('keeps the sentence written after the fence, before </p></details>', () => {
    const md = byTitle('Run sysdig against nano.').parts[0]?.markdown;
    expect(md).toBe('```\n# sysdig proc.name=nano\n```\nEnter another shell and run nano. You should see the progression of syscalls.');
  });

  it('keeps the URL between a heading and its answer as the prompt', () => {
    const falco = byTitle('What is falco? Hint, has nothing to do with Amadeus but you may sing the song if you wish.');
    expect(falco.parts[0]?.prompt).toContain('https://falco.org/docs/');
  });

  it('collects the domain references and their links', () => {
    expect(result.domain.references).toContain('[kubectl Cheat Sheet]');
    expect(result.domain.referenceLinks.map((l) => [l.text, l.line])).toEqual([
      ['CKS Curriculum', 15],
      ['kubectl Cheat Sheet', 16],
    ]);
  });
});
