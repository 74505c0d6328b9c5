// npm run bench:print: how much paper the study sheet takes and how long the PDF takes to make.
// Needs a built site (npm run build). Writes bench/results/print.json.
//
// Measured, on the built dist/:
// - sheet: /print/ as a PDF (what `npm run pdf` writes), timed over several runs;
// - worksheet: /print/?answers=hide;
// - baseline: every domain page with every answer open, printed with the *screen* styles,
//   which is what printing a documentation site such as Starlight gives. The issue's
//   reference (Starlight, 52 CKAD questions on 27 A4 pages) is quoted next to it.
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { PDF_OPTIONS, countPages, launchBrowser, siteBase, writeStudySheetPdf } from '../scripts/lib/study-sheet-pdf.mjs';
import { serveStatic } from '../scripts/lib/static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const distDir = resolve(process.env.DIST_DIR ?? 'dist');
const out = resolve('bench/results/print.json');
const questions = JSON.parse(readFileSync(join(distDir, 'questions.json'), 'utf8'));
const domains = [...new Set(questions.map((q) => q.domain))];
const scratch = await mkdtemp(join(tmpdir(), 'cks-bench-print-'));
const per100 = (pages) => Math.round((pages / questions.length) * 1000) / 10;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await launchBrowser();
try {
  const sheetRuns = [];
  for (let run = 0; run < RUNS; run++) {
    sheetRuns.push(await writeStudySheetPdf({ distDir, path: 'print/', out: join(scratch, 'sheet.pdf'), browser }));
  }
  const worksheet = await writeStudySheetPdf({ distDir, path: 'print/?answers=hide', out: join(scratch, 'worksheet.pdf'), browser });
  const cold = await writeStudySheetPdf({ distDir, path: 'print/', out: join(scratch, 'cold.pdf') });

  const server = await serveStatic(distDir, siteBase(distDir));
  let baselinePages = 0;
  try {
    for (const domain of domains) {
      const page = await browser.newPage();
      await page.goto(`${server.url}${domain}/`, { waitUntil: 'load' });
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await page.emulateMedia({ media: 'screen' });
      baselinePages += countPages(await page.pdf({ ...PDF_OPTIONS, outline: false, tagged: false }));
      await page.close();
    }
  } finally {
    await server.close();
  }

  const sheetPages = sheetRuns[0].pages;
  const result = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverage1m: Math.round(loadavg()[0] * 10) / 10,
    },
    content: { domains: domains.length, questions: questions.length },
    sheet: {
      pages: sheetPages,
      pagesPer100Questions: per100(sheetPages),
      pagesPerQuestion: Math.round((sheetPages / questions.length) * 1000) / 1000,
      bytes: sheetRuns[0].bytes,
      msMedian: median(sheetRuns.map((r) => r.ms)),
      msRuns: sheetRuns.map((r) => r.ms),
      msWithBrowserLaunch: cold.ms,
    },
    worksheet: { pages: worksheet.pages, pagesPer100Questions: per100(worksheet.pages), ms: worksheet.ms },
    baselineScreenStyles: { pages: baselinePages, pagesPer100Questions: per100(baselinePages) },
    sheetVsBaseline: Math.round((sheetPages / baselinePages) * 100) / 100,
    starlightReference: { pages: 27, questions: 52, pagesPer100Questions: 51.9 },
  };
  await mkdir(resolve('bench/results'), { recursive: true });
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  console.log(`bench:print: wrote ${out}`);
} finally {
  await browser.close();
}
