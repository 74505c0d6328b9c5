// npm run pdf: write the study sheet of the built site (dist/) as dist/cks-study-sheet.pdf.
//   npm run pdf -- --questions-only      the worksheet, as dist/cks-study-worksheet.pdf
//   npm run pdf -- --domain ckad/pod-design --out sheet.pdf
//   DIST_DIR=other/dist npm run pdf      another build folder
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PDF_FILE_NAME, writeStudySheetPdf } from './lib/study-sheet-pdf.mjs';

const { values } = parseArgs({
  options: {
    'questions-only': { type: 'boolean', default: false },
    domain: { type: 'string' },
    out: { type: 'string' },
  },
});

const distDir = resolve(process.env.DIST_DIR ?? 'dist');
const questionsOnly = values['questions-only'];
const path = `print/${values.domain ? `${values.domain.replace(/^\/+|\/+$/g, '')}/` : ''}${questionsOnly ? '?answers=hide' : ''}`;
const out = resolve(values.out ?? resolve(distDir, questionsOnly ? 'cks-study-worksheet.pdf' : PDF_FILE_NAME));

try {
  const result = await writeStudySheetPdf({ distDir, path, out });
  console.log(`pdf: ${result.out}: ${result.pages} A4 pages, ${(result.bytes / 1024).toFixed(0)} kB, ${result.ms} ms (from ${result.url})`);
  // The home page learns from pdf.json (written by the build with no file) that the sheet exists.
  if (out === resolve(distDir, PDF_FILE_NAME)) {
    writeFileSync(join(distDir, 'pdf.json'), `${JSON.stringify({ file: PDF_FILE_NAME, bytes: result.bytes })}\n`);
  }
} catch (error) {
  console.error(`pdf: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
