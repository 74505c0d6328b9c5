import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { seedFile, seedFileName, seedMissing } from '../support/seed-file';
import { buildInto } from './support/build-site';
import { serveStatic } from './support/static-server';

/** A domain shaped like the seed: 13 questions, 9 answered, 4 placeholders, an answer glued to its tags. */
interface SeedShapedDomain {
  name: string;
  file: string;
  slug: string;
  /** A question whose `<details><summary>show</summary><p>` is glued to the fence, and the fence's text. */
  glued: { anchor: string; code: string };
  /** A later question, which the glued one must not have swallowed, and its code. */
  after: { anchor: string; code: string };
  /** Null when the domain is in this build; else why not. */
  skip: string | null;
}

const domains: SeedShapedDomain[] = [
  {
    name: 'a domain shaped like the seed',
    file: 'f.runtime_threat_detection.md',
    slug: 'runtime-threat-detection',
    glued: { anchor: 'which-three-falco-priorities-rank-above-error', code: 'Emergency, Alert and Critical.' },
    after: { anchor: 'what-is-bpftrace', code: 'A tracing language for Linux, compiled to eBPF.' },
    skip: null,
  },
  {
    // Playwright's list reporter marks a skipped test but prints no reason: the name says when it runs.
    name: 'the seed (run when ../shared/seed is beside the repository, as in CI)',
    file: seedFileName,
    slug: 'monitoring-logging-runtime-security',
    glued: { anchor: 'what-are-the-4-types-of-falco-rules', code: 'Descriptions, Conditions, Output, Priority.' },
    after: { anchor: 'what-is-sysdig', code: 'Open source system monitoring tool.' },
    skip: seedMissing,
  },
];
const built = domains.filter((d) => d.skip === null);

test.describe('an author builds their own folder with CONTENT_DIR', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  let site: { outDir: string; output: string };
  let server: Awaited<ReturnType<typeof serveStatic>>;

  // One build for every domain: the seed, where this clone has it, sits beside the fixture.
  test.beforeAll(() => {
    const folder = mkdtempSync(join(tmpdir(), 'cks-study-seed-'));
    cpSync(resolve('tests/fixtures/site-seed-shaped/input'), folder, { recursive: true });
    if (seedMissing === null) cpSync(seedFile, join(folder, seedFileName));
    site = buildInto({ CONTENT_DIR: folder });
  });
  test.beforeAll(async () => {
    server = await serveStatic(site.outDir);
  });
  test.afterAll(async () => server?.close());

  test('the build counts every domain in its summary', () => {
    const n = built.length;
    expect(site.output).toContain(`${n} ${n === 1 ? 'domain' : 'domains'}, ${13 * n} questions, ${9 * n} answered, ${4 * n} placeholders`);
  });

  for (const domain of domains) {
    test.describe(domain.name, () => {
      test.skip(domain.skip !== null, domain.skip ?? '');

      test('the build reports the placeholders and unanswered questions with file and line', () => {
        const warnings = (rule: string) =>
          site.output.match(new RegExp(`${domain.file.replace(/\./g, '\\.')}:\\d+:\\d+: warning: .*\\[${rule}\\]`, 'g')) ?? [];
        expect(warnings('placeholder-question')).toHaveLength(4);
        expect(warnings('empty-answer')).toHaveLength(4);
      });

      test('gives its 13 questions, 4 of them without an answer yet', async ({ page }) => {
        const records = JSON.parse(readFileSync(join(site.outDir, 'questions.json'), 'utf8')) as { domain: string; answered: boolean }[];
        const own = records.filter((r) => r.domain === domain.slug);
        expect(own).toHaveLength(13);
        expect(own.filter((r) => !r.answered)).toHaveLength(4);
        await page.goto(`${server.url}${domain.slug}/`);
        await expect(page.locator('article[data-question]')).toHaveCount(13);
        await expect(page.getByText('No answer yet')).toHaveCount(4);
      });

      test('questions without an answer are never flashcards nor Anki notes', async ({ page }) => {
        const deck = JSON.parse(readFileSync(join(site.outDir, 'study/cards.json'), 'utf8')) as { cards: { domain: string }[] };
        expect(deck.cards.filter((c) => c.domain === domain.slug)).toHaveLength(9);
        // A note's last column is its domain's tag (and its topic's); quoted fields keep their
        // line breaks, so a note is counted by its tags at the end of a line.
        const tags = new RegExp(`\\t${domain.slug}( ${domain.slug}::\\S+)?$`, 'gm');
        const notes = readFileSync(join(site.outDir, 'anki.tsv'), 'utf8').match(tags);
        expect(notes).toHaveLength(9);
        await page.goto(`${server.url}${domain.slug}/`);
        await page.getByRole('button', { name: 'Expand all' }).click();
        await expect(page.getByRole('button', { name: 'I knew it' })).toHaveCount(9);
      });

      test('a glued answer block still renders its code block, not the rest of the file', async ({ page }) => {
        await page.goto(`${server.url}${domain.slug}/#${domain.glued.anchor}`);
        const article = page.locator(`#${domain.glued.anchor}`);
        await expect(article.locator('details[data-answer]')).toHaveAttribute('open', '');
        await expect(article.locator('pre')).toHaveCount(1);
        await expect(article.locator('pre')).toContainText(domain.glued.code);
        await expect(page.locator(`#${domain.after.anchor} pre`)).toContainText(domain.after.code);
      });
    });
  }
});
