// Turn the built study sheet into a PDF with Playwright's Chromium. Used by `npm run pdf`,
// `npm run bench:print` and the e2e tests, so all three make the PDF the same way.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

/** The PDF's name in the built site; pdf.json tells the home page (src/scripts/print/pdf-link.ts). */
export const PDF_FILE_NAME = 'cks-study-sheet.pdf';

export { launchBrowser };

/**
 * The base path the site in `distDir` was built for. BASE_PATH when set (as for the build);
 * otherwise read from questions.json, whose URLs carry it, so a PDF of a `/cks/` build
 * works without repeating the variable.
 * @param {string} distDir
 * @param {NodeJS.ProcessEnv} [env]
 */
export function siteBase(distDir, env = process.env) {
  const configured = env.BASE_PATH?.trim();
  if (configured) return configured.endsWith('/') ? configured : `${configured}/`;
  try {
    const records = JSON.parse(readFileSync(join(distDir, 'questions.json'), 'utf8'));
    const first = Array.isArray(records) ? records[0] : undefined;
    if (first && typeof first.url === 'string' && typeof first.domain === 'string') {
      const at = first.url.indexOf(`${first.domain}/`);
      if (at > 0) return first.url.slice(0, at);
    }
  } catch {
    // No questions.json: an empty or foreign folder; the check in writeStudySheetPdf says so.
  }
  return '/';
}

/** A4, page numbers in the footer, bookmarks from the headings, clickable links. */
export const PDF_OPTIONS = {
  format: 'A4',
  printBackground: true,
  outline: true,
  tagged: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate:
    '<div style="width:100%;margin:0 9mm;font:9pt Arial,Liberation Sans,Helvetica,sans-serif;color:#333;display:flex;justify-content:space-between">' +
    '<span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>',
  // Keep in step with @page in src/styles/print.css; the bottom margin holds the footer.
  margin: { top: '8mm', right: '9mm', bottom: '12mm', left: '9mm' },
};

/**
 * Pages in a PDF written by Chromium (Skia writes one uncompressed `/Type /Page` per page).
 * @param {Uint8Array} pdf
 */
export function countPages(pdf) {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []
  ).length;
}

/**
 * Render one page of the built site to a PDF file.
 * @param {{ distDir: string, path?: string, out: string, browser?: import('@playwright/test').Browser }} options
 *   `path` is relative to the base, with its query: `print/`, `print/?answers=hide`.
 * @returns {Promise<{ out: string, url: string, pages: number, bytes: number, ms: number }>}
 */
export async function writeStudySheetPdf({ distDir, path = 'print/', out, browser }) {
  if (!existsSync(join(distDir, 'print', 'index.html'))) {
    throw new Error(`${join(distDir, 'print', 'index.html')} not found: build the site first (npm run build).`);
  }
  const server = await serveStatic(distDir, siteBase(distDir));
  const ownBrowser = browser ?? (await launchBrowser());
  try {
    const started = performance.now();
    const page = await ownBrowser.newPage();
    const url = server.url + path;
    // 'load', not 'networkidle': on a busy machine the network can be idle for 500 ms while
    // the parser is still reading a long sheet, and the PDF then silently ends mid-sheet.
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}: is ${path} part of this build?`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf(PDF_OPTIONS);
    await page.close();
    const ms = Math.round(performance.now() - started);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, pdf);
    return { out, url, pages: countPages(pdf), bytes: pdf.length, ms };
  } finally {
    if (!browser) await ownBrowser.close();
    await server.close();
  }
}
