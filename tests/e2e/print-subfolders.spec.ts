import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { writeStudySheetPdf } from '../../scripts/lib/study-sheet-pdf.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { buildInto } from './support/build-site';
import { linkAnnotations, outlineTitles, pdfText, squash } from './support/pdf';

const FIXTURE = resolve('tests/fixtures/site-with-readme-and-subfolders/input');

test.describe('the study sheet of a site under a base path, with a domain in a sub-folder', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  let outDir = '';

  test.beforeAll(() => {
    outDir = buildInto({ CONTENT_DIR: FIXTURE, BASE_PATH: '/cks/' }).outDir;
  });
  test.afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test('a domain whose slug holds a slash gets its own sheet', async ({ page }) => {
    const server = await serveStatic(outDir, '/cks/');
    try {
      await page.goto(`${server.url}print/ckad/pod-design/`);
      await expect(page.locator('.sheet-cover h1')).toHaveText('Pod design');
      await expect(page.locator('[data-sheet-question]')).toHaveCount(1);
      await expect(page.locator('[data-sheet-question] .question-number')).toHaveText('3.1');
      await page.getByRole('link', { name: 'Print study sheet' }).click();
      await expect(page).toHaveURL(`${server.url}print/`);
      await expect(page.locator('[data-sheet-question]')).toHaveCount(4);
    } finally {
      await server.close();
    }
  });

  test('npm run pdf finds the base path itself; links between domains jump inside the PDF and name the question', async () => {
    const out = join(outDir, 'sheet.pdf');
    const result = await writeStudySheetPdf({ distDir: outDir, out });
    expect(result.url).toMatch(/\/cks\/print\/$/);
    const text = pdfText(out);
    expect(squash(text)).toContain(squash('Back to core concepts (see “List every namespace.”)'));
    expect(squash(text)).toContain(squash('See the pod design exercises (see “Labels”) for labels.'));
    const { destinations } = linkAnnotations(out);
    expect(destinations).toEqual(expect.arrayContaining(['q-1-1', 't-3-1', 'd-1', 'd-2', 'd-3']));
    const bookmarks = outlineTitles(out).map(squash);
    expect(bookmarks).toEqual(expect.arrayContaining(['1.CoreConcepts13%', '2.Services', '3.Poddesign20%', '3.1Showthelabelsofallpods.']));
    // Three domains, each from a new page, after the cover.
    expect(result.pages).toBe(4);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
