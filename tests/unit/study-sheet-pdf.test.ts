import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPages, PDF_FILE_NAME as SCRIPT_PDF_FILE_NAME, siteBase } from '../../scripts/lib/study-sheet-pdf.mjs';

describe('npm run pdf helpers', () => {
  it('writes the PDF under the name the home page links to', () => {
    // The home page learns the name from pdf.json, which scripts/pdf.mjs writes with this name.
    expect(SCRIPT_PDF_FILE_NAME).toBe('cks-study-sheet.pdf');
  });

  it('finds the base path of a build in its questions.json, unless BASE_PATH says', () => {
    const dist = mkdtempSync(join(tmpdir(), 'cks-dist-'));
    mkdirSync(join(dist, 'print'));
    writeFileSync(join(dist, 'questions.json'), JSON.stringify([{ domain: 'ckad/pod-design', url: '/cks/ckad/pod-design/#labels' }]));
    expect(siteBase(dist, {})).toBe('/cks/');
    expect(siteBase(dist, { BASE_PATH: '/other' })).toBe('/other/');
    expect(siteBase(join(dist, 'missing'), {})).toBe('/');
  });

  it('counts the pages Chromium writes, not the /Pages tree', () => {
    const pdf = new TextEncoder().encode('<< /Type /Pages /Count 2 >> << /Type /Page /Parent 2 0 R >> << /Type/Page >>');
    expect(countPages(pdf)).toBe(2);
  });
});
