import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main';
import { checkSite } from '../../src/lib/build/check-site';
import { findMarkdownFiles } from '../../src/lib/build/markdown-files';
import { formatUnpublished } from '../../src/lib/build/report';

const fixture = fileURLToPath(new URL('../fixtures/site-with-unpublished-files/input/', import.meta.url));
const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
const UNPUBLISHED = ['.github/PULL_REQUEST_TEMPLATE.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'labs/.drafts/c.volumes.md'];

/** The fixture, plus what git cannot hold: a .git and a node_modules folder with markdown in them. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cks-unpublished-'));
  cpSync(fixture, dir, { recursive: true });
  for (const folder of ['.git', 'node_modules/some-package']) {
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, folder, 'README.md'), '# Not ours\n');
  }
  return dir;
}

describe('markdown that is no page of the site', () => {
  it('is found and named: contributor files and files in hidden folders; .git and node_modules are not walked', async () => {
    expect(await findMarkdownFiles(repository())).toEqual({ published: ['a.pods.md', 'labs/b.services.md'], unpublished: UNPUBLISHED });
  });

  it('is listed in one info line, and there is none when every file is published', () => {
    expect(formatUnpublished(UNPUBLISHED)).toBe(
      'Not published: .github/PULL_REQUEST_TEMPLATE.md, CHANGELOG.md, CONTRIBUTING.md, labs/.drafts/c.volumes.md (files about the repository, such as CONTRIBUTING.md, and files in hidden folders are no pages of the site)',
    );
    expect(formatUnpublished([])).toBeUndefined();
  });

  it('is what a link to it says, not "does not exist"', async () => {
    const { diagnostics, unpublished } = await checkSite(repository());
    expect(unpublished).toEqual(UNPUBLISHED);
    expect(diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([
      expect.stringMatching(/^a\.pods\.md:3: .*CONTRIBUTING\.md.* is not published/),
    ]);
  });

  it('is printed by cks-study check under the counts', async () => {
    const stdout: string[] = [];
    const io: Io = { out: (line) => stdout.push(line), err: () => undefined, cwd: packageRoot, env: {} };
    expect(await main(['check', repository()], packageRoot, io)).toBe(0);
    const counts = stdout.findIndex((line) => line.startsWith('Parsed 2 markdown files'));
    expect(counts).toBeGreaterThanOrEqual(0);
    expect(stdout[counts + 1]).toMatch(
      /^Not published: \.github\/PULL_REQUEST_TEMPLATE\.md, CHANGELOG\.md, CONTRIBUTING\.md, labs\/\.drafts\/c\.volumes\.md /,
    );
  });
});
