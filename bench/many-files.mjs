/**
 * `npm run bench:files`: a repository laid out as many small files (one topic per file, a
 * folder per domain): 300 questions in 30 files against 3,000 in 300, built in interleaved
 * rounds. Reports wall and CPU time per question of each and their ratio (the target: the
 * large build costs no more per question than the small one), and checks that the print
 * sheet and the study deck of each hold every question. Into bench/results/files.json.
 *
 *   npm run bench:files                      3 rounds
 *   npm run bench:files -- --rounds=5
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroBuild } from './lib/astro-build.mjs';
import { writeCurriculum } from './lib/generate-curriculum.mjs';
import { MB } from './lib/measure.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 3);
const SHAPES = [
  { questions: 300, files: 30 },
  { questions: 3000, files: 300 },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Questions on the built site: in questions.json, on the print sheet, and cards in the deck. */
function countBuilt(outDir) {
  const records = JSON.parse(readFileSync(join(outDir, 'questions.json'), 'utf8'));
  const sheet = readFileSync(join(outDir, 'print', 'index.html'), 'utf8');
  const deck = JSON.parse(readFileSync(join(outDir, 'study', 'cards.json'), 'utf8'));
  return {
    questions: records.length,
    answered: records.filter((r) => r.answered).length,
    onSheet: sheet.match(/<article class="sheet-question"/g)?.length ?? 0,
    cards: deck.cards.length,
  };
}

async function buildOnce(shape, log) {
  const content = mkdtempSync(join(tmpdir(), `cks-bench-files-${shape.files}-`));
  const outDir = mkdtempSync(join(tmpdir(), `cks-bench-files-dist-${shape.files}-`));
  const written = writeCurriculum(content, shape.questions, { files: shape.files });
  try {
    const run = await astroBuild({ root: ROOT, outDir, env: { CONTENT_DIR: content } });
    const built = countBuilt(outDir);
    const row = {
      target: shape.questions,
      files: written.files,
      wallMs: Math.round(run.wallMs),
      cpuMs: run.cpuMs,
      peakRssMB: Math.round(run.peakRss / MB),
      ...built,
    };
    log(`  ${JSON.stringify(row)}`);
    return row;
  } finally {
    rmSync(content, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

const runs = [];
for (let round = 1; round <= rounds; round++) {
  console.log(`round ${round} of ${rounds}`);
  // Alternating the order so neither size always builds on a warmer machine.
  for (const shape of round % 2 ? SHAPES : [...SHAPES].reverse()) runs.push(await buildOnce(shape, console.log));
}

const summary = SHAPES.map((shape) => {
  const mine = runs.filter((r) => r.target === shape.questions);
  const wall = mine.map((r) => r.wallMs / r.answered);
  const cpu = mine.filter((r) => r.cpuMs !== null).map((r) => r.cpuMs / r.answered);
  return {
    ...shape,
    built: mine[0]?.questions,
    wallMsPerQuestion: +median(wall).toFixed(2),
    wallSpread: [+Math.min(...wall).toFixed(2), +Math.max(...wall).toFixed(2)],
    cpuMsPerQuestion: cpu.length ? +median(cpu).toFixed(2) : null,
    peakRssMB: median(mine.map((r) => r.peakRssMB)),
    everyQuestionOnSheetAndDeck: mine.every((r) => r.onSheet === r.questions && r.cards === r.answered),
  };
});
const [small, large] = summary;
const verdict = {
  perQuestionWallRatio: +(large.wallMsPerQuestion / small.wallMsPerQuestion).toFixed(2),
  perQuestionCpuRatio:
    small.cpuMsPerQuestion && large.cpuMsPerQuestion ? +(large.cpuMsPerQuestion / small.cpuMsPerQuestion).toFixed(2) : null,
  noHigherPerQuestion: large.wallMsPerQuestion <= small.wallMsPerQuestion,
};
console.table(summary);
console.log(verdict);
const out = join(ROOT, 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'files.json'), `${JSON.stringify({ date: new Date().toISOString(), rounds, runs, summary, verdict }, null, 2)}\n`);
console.log('wrote bench/results/files.json');
