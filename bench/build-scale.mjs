/**
 * Build synthetic curricula of growing size through the normal build and measure each:
 * wall time, peak memory of the process tree, dist size, largest page, Pagefind index.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild } from './lib/astro-build.mjs';
import { distStats } from './lib/dist-stats.mjs';
import { writeCurriculum } from './lib/generate-curriculum.mjs';
import { MB } from './lib/measure.mjs';

/** "6 domains, 989 questions, ..." from the build's summary line. */
function builtQuestions(output) {
  const match = /(\d+) domains?, (\d+) questions/.exec(output);
  return match ? Number(match[2]) : null;
}

export async function buildAtScale(root, sizes, log = console.log, shape = 'long') {
  const rows = [];
  for (const size of sizes) {
    const content = mkdtempSync(join(tmpdir(), `cks-bench-${size}-`));
    const outDir = mkdtempSync(join(tmpdir(), `cks-bench-dist-${size}-`));
    writeCurriculum(content, size, { shape });
    log(`building ${size} questions from ${content} ...`);
    try {
      const run = await astroBuild({ root, outDir, env: { CONTENT_DIR: content } });
      const questions = builtQuestions(run.output) ?? size;
      const stats = distStats(outDir);
      const row = {
        size,
        questions,
        wallMs: Math.round(run.wallMs),
        cpuMs: run.cpuMs,
        peakRssMB: Math.round(run.peakRss / MB),
        distMB: +(stats.distBytes / MB).toFixed(2),
        htmlPages: stats.htmlPages,
        largestPage: { path: stats.largestPage.path, KB: Math.round(stats.largestPage.bytes / 1024) },
        pagefindMB: stats.pagefindBytes === null ? null : +(stats.pagefindBytes / MB).toFixed(2),
        msPer1000: Math.round((run.wallMs / questions) * 1000),
        cpuMsPer1000: run.cpuMs === null ? null : Math.round((run.cpuMs / questions) * 1000),
      };
      log(`  ${JSON.stringify(row)}`);
      rows.push(row);
    } finally {
      rmSync(content, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    }
  }
  return rows;
}

/** The scaling targets of issue 8, checked on the rows that exist. */
export function scalingVerdict(rows) {
  const at = (size) => rows.find((r) => r.size === size);
  const small = at(1000);
  const large = at(10000);
  if (!small || !large) return null;
  return {
    wallRatio10kTo1k: +(large.wallMs / small.wallMs).toFixed(2),
    perQuestionRatio10kTo1k: +(large.msPer1000 / small.msPer1000).toFixed(2),
    cpuRatio10kTo1k: large.cpuMs && small.cpuMs ? +(large.cpuMs / small.cpuMs).toFixed(2) : null,
    withinFiveTimes: large.wallMs <= 5 * small.wallMs,
    peakRssMB10k: large.peakRssMB,
    under1_5GB: large.peakRssMB < 1536,
  };
}
