import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { writeStudySheetPdf } from '../../scripts/lib/study-sheet-pdf.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { buildInto } from './support/build-site';
import { linkAnnotations, outlineTitles, pdfText, squash } from './support/pdf';

const FIXTURE = resolve('tests/fixtures/site-with-readme-and-subfolders/input');

/** A third root domain (before the sub-folder's) with external links: a bare URL as the task, a named link in the answer. */
const LINKS = `# Links

#### Where is the Falco documentation?
https://falco.org/docs/
<details><summary>show</summary>

Read [the rules page](https://falco.org/docs/concepts/rules/) and the [core concepts](a.core_concepts.md).

</details>
`;

test.describe('the study sheet of a site under a base path, with a domain in a sub-folder', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  let outDir = '';
  const content = mkdtempSync(join(tmpdir(), 'cks-print-content-'));

  test.beforeAll(() => {
    cpSync(FIXTURE, content, { recursive: true });
    writeFileSync(join(content, 'd.links.md'), LINKS);
    outDir = buildInto({ CONTENT_DIR: content, BASE_PATH: '/cks/' }).outDir;
  });
  test.afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
  });

  test('a domain whose slug holds a slash gets its own sheet', async ({ page }) => {
    const server = await serveStatic(outDir, '/cks/');
    try {
      await page.goto(`${server.url}print/ckad/pod-design/`);
      await expect(page.locator('.sheet-cover h1')).toHaveText('Pod design');
      await expect(page.locator('[data-sheet-question]')).toHaveCount(1);
      await expect(page.locator('[data-sheet-question] .question-number')).toHaveText('4.1');
      await page.getByRole('link', { name: 'Print study sheet' }).click();
      await expect(page).toHaveURL(`${server.url}print/`);
      await expect(page.locator('[data-sheet-question]')).toHaveCount(5);
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
    expect(destinations).toEqual(expect.arrayContaining(['q-1-1', 't-4-1', 'd-1', 'd-2', 'd-3', 'd-4']));
    const bookmarks = outlineTitles(out).map(squash);
    expect(bookmarks).toEqual(
      expect.arrayContaining(['1.CoreConcepts13%', '2.Services', '3.Links', '4.Poddesign20%', '4.1Showthelabelsofallpods.']),
    );
    // Four domains, each from a new page, after the cover.
    expect(result.pages).toBe(5);
  });

  test('external links stay clickable and print their URL once', async () => {
    const out = join(outDir, 'sheet.pdf');
    const text = squash(pdfText(out));
    expect(text).toContain(
      squash('Read the rules page <https://falco.org/docs/concepts/rules/> and the core concepts (see “Core Concepts”).'),
    );
    // The bare URL is its own text: printed once, not followed by itself.
    expect(text.split('https://falco.org/docs/').length - 1).toBe(2);
    expect(text).not.toContain('<https://falco.org/docs/>');
    const { uris, destinations } = linkAnnotations(out);
    expect(uris).toEqual(expect.arrayContaining(['https://falco.org/docs/', 'https://falco.org/docs/concepts/rules/']));
    expect(destinations).toContain('d-1');
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
