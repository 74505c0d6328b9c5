/**
 * One folder per way real files vary: `tests/fixtures/<case>/input.md` is parsed and the
 * result must contain `expected.json` (a hand-checked subset of the model, and every
 * diagnostic's ruleId and line).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeContent } from '../../src/lib/curriculum/decode';
import { parseDomain } from '../../src/lib/curriculum/parse-domain';

const root = new URL('../fixtures/', import.meta.url);
const cases = readdirSync(root, { withFileTypes: true })
  // Other suites keep whole sites under tests/fixtures/ too; a parser case has both files.
  .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/expected.json`, root)))
  .map((d) => d.name)
  // Site fixtures (a whole content folder) live beside these and are run by build-site.test.ts.
  .filter((name) => existsSync(new URL(`${name}/input.md`, root)))
  .sort();

interface Expected {
  behaviour?: string;
  /** File name given to the parser, for cases that depend on it; defaults to "input.md". */
  file?: string;
  /** Bytes the input must keep (CRLF, a BOM), so a checkout that normalises them fails loudly. */
  inputContains?: string;
  domain: Record<string, unknown>;
  diagnostics: Array<{ ruleId: string; line: number; column?: number; severity?: string }>;
}

describe('parseDomain fixtures', () => {
  it('has fixtures to run', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  for (const name of cases) {
    const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, root), 'utf8')) as Expected;
    it(expected.behaviour ?? name.replace(/-/g, ' '), () => {
      // Bytes decoded as the build decodes them, so invalid UTF-8 is reported here too.
      const file = expected.file ?? 'input.md';
      const decoded = decodeContent(readFileSync(new URL(`${name}/input.md`, root)), file);
      const source = decoded.text;
      if (expected.inputContains !== undefined) expect(source).toContain(expected.inputContains);
      const parsed = parseDomain(source, file);
      const { domain } = parsed;
      const diagnostics = [...decoded.diagnostics, ...parsed.diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
      expect({ domain, diagnostics }).toMatchObject({ domain: expected.domain, diagnostics: expected.diagnostics });
    });
  }
});
