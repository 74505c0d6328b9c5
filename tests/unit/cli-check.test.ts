import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatHealthTable } from '../../src/cli/health-table';
import { main, type Io } from '../../src/cli/main';
import { unsafeOutDir } from '../../src/cli/out-dir';
import { buildSite } from '../../src/lib/build/build-site';
import { checkSite } from '../../src/lib/build/check-site';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
// A realistic domain (13 questions, 9 answered, 4 placeholders, 8 warnings) that every clone has.
const seedShaped = join(fixtures, 'site-seed-shaped/input/f.runtime_threat_detection.md');

function capture(cwd = packageRoot): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), cwd, env: {} };
}

describe('checkSite', () => {
  it('counts what buildSite counts, without rendering', { timeout: 60_000 }, async () => {
    for (const folder of [
      'site-with-readme-and-subfolders/input',
      'site-ckad-style/input',
      'site-with-settings/input',
      'site-with-slug-conflicts/input',
    ]) {
      const dir = join(fixtures, folder);
      const [checked, built] = await Promise.all([checkSite(dir), buildSite({ contentDir: dir, base: '/' })]);
      expect(checked.summary, folder).toEqual(built.summary);
      expect(checked.diagnostics, folder).toEqual(built.diagnostics);
    }
  });

  it('gives a row per domain file with its own warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cks-check-'));
    copyFileSync(seedShaped, join(dir, 'f.runtime.md'));
    const { domains, files } = await checkSite(dir);
    expect(files).toBe(1);
    expect(domains).toEqual([
      {
        file: 'f.runtime.md',
        title: 'Runtime Threat Detection',
        questions: 13,
        answerBlocks: 13,
        strayBlocks: 0,
        answered: 9,
        placeholders: 4,
        brokenLinks: 0,
        manifests: 0,
        manifestFindings: 0,
        warnings: 8,
        errors: 0,
      },
    ]);
  });

  it('counts links and images that lead nowhere, with their file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cks-check-links-'));
    writeFileSync(
      join(dir, 'a.core.md'),
      '# Core\n\n### List pods.\n\n<details><summary>show</summary>\n\nSee [pods](b.missing.md#x) and ![diagram](img/none.png).\n\n</details>\n',
    );
    const { domains, diagnostics } = await checkSite(dir);
    expect(domains[0]).toMatchObject({ file: 'a.core.md', brokenLinks: 2, warnings: 2 });
    expect(diagnostics.map((d) => [d.ruleId, d.line])).toEqual([
      ['broken-link', 7],
      ['missing-image', 7],
    ]);
  });
});

describe('manifests in cks-study check', () => {
  const withTypo = (dir: string) =>
    writeFileSync(
      join(dir, 'a.pods.md'),
      '# Pods\n\n### Make the root filesystem read-only.\n\n<details><summary>show</summary>\n\n```yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx\n    securityContext:\n      readOnlyRootFileSystem: true\n```\n\n</details>\n',
    );

  it('prints each finding with its line, counts it in the table, and fails only with --strict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cks-check-manifests-'));
    withTypo(dir);
    const io = capture(dir);
    expect(await main(['check', '.'], packageRoot, io)).toBe(0);
    expect(io.stderr).toEqual([
      'a.pods.md:17:7: warning: unknown field spec.containers[0].securityContext.readOnlyRootFileSystem in v1 Pod (Kubernetes 1.36); did you mean readOnlyRootFilesystem? [k8s-schema]',
    ]);
    expect(io.stdout[0]).toMatch(/1 warning, 0 errors; manifests: 1 checked against Kubernetes 1\.36$/);
    expect(io.stdout.flatMap((l) => l.split('\n')).find((l) => l.startsWith('Pods'))).toMatch(
      /^Pods(\s+\d+){6}\s+1\s+1\s+1\s+a\.pods\.md$/,
    );
    const strict = capture(dir);
    expect(await main(['check', '.', '--strict'], packageRoot, strict)).toBe(1);
  });

  it('checks against the release --kubernetes-version names, and says it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cks-check-version-'));
    withTypo(dir);
    const io = capture(dir);
    await main(['check', '.', '--kubernetes-version', '1.34'], packageRoot, io);
    expect(io.stderr[0]).toContain('(Kubernetes 1.34)');
    expect(io.stdout[0]).toContain('manifests: 1 checked against Kubernetes 1.34');
  });

  it('names the bundled Kubernetes releases in --version', async () => {
    const io = capture();
    expect(await main(['--version'], packageRoot, io)).toBe(0);
    expect(io.stdout).toEqual([expect.stringMatching(/^cks-study \d+\.\d+\.\d+$/), 'Kubernetes API schemas: 1.34, 1.36 (default 1.36)']);
  });
});

describe('the health table', () => {
  const core = {
    file: 'a.core.md',
    title: 'Core Concepts',
    questions: 12,
    answered: 10,
    placeholders: 1,
    brokenLinks: 2,
    manifests: 4,
    manifestFindings: 1,
    warnings: 3,
    errors: 0,
  };
  const pods = {
    file: 'b.pods.md',
    title: 'Pods',
    questions: 3,
    answered: 3,
    placeholders: 0,
    brokenLinks: 0,
    manifests: 0,
    manifestFindings: 0,
    warnings: 0,
    errors: 0,
  };

  it('aligns counts to the right and totals them', () => {
    const table = formatHealthTable([
      { ...core, answerBlocks: 14, strayBlocks: 0 },
      { ...pods, answerBlocks: 3, strayBlocks: 0 },
    ]);
    expect(table.split('\n')).toEqual([
      'Domain             Questions  Answer blocks  Stray blocks  Answered  Placeholders  Broken links  Manifests  Manifest warnings  Warnings  File',
      '-----------------  ---------  -------------  ------------  --------  ------------  ------------  ---------  -----------------  --------  ---------',
      'Core Concepts             12             14             0        10             1             2          4                  1         3  a.core.md',
      'Pods                       3              3             0         3             0             0          0                  0         0  b.pods.md',
      '-----------------  ---------  -------------  ------------  --------  ------------  ------------  ---------  -----------------  --------  ---------',
      'Total (2 domains)         15             17             0        13             1             2          4                  1         3',
    ]);
  });

  it('says where stray blocks went when there are any', () => {
    const table = formatHealthTable([{ ...pods, answerBlocks: 3, strayBlocks: 2, warnings: 2 }]).split('\n');
    expect(table.at(-1)).toBe(
      "Stray blocks are answer blocks with no question before them: kept in the domain's introduction, each named above with its line [answer-without-question].",
    );
  });

  it('counts, per file, the blocks that became answer parts and the stray ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cks-check-blocks-'));
    const block = (text: string) => `<details><summary>show</summary>\n\n${text}\n\n</details>\n`;
    writeFileSync(
      join(dir, 'a.core.md'),
      `Read this first.\n${block('Before any heading.')}\n# Core\n\n### List pods.\n\n${block('`kubectl get po`')}\n${block('Or with -A.')}\n### Describe one.\n\n${block('`kubectl describe po x`')}`,
    );
    const { domains, diagnostics } = await checkSite(dir);
    expect(domains[0]).toMatchObject({ questions: 2, answerBlocks: 3, strayBlocks: 1 });
    expect(diagnostics.filter((d) => d.ruleId === 'answer-without-question').map((d) => d.line)).toEqual([2]);
  });
});

describe('the output folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'cks-out-'));
  const dirs = { contentDir: join(root, 'exercises'), packageRoot: join(root, 'pkg'), cwd: root };

  it('may be new, empty, or a previous build', () => {
    expect(unsafeOutDir(join(root, 'dist'), dirs)).toBeNull();
    mkdirSync(join(root, 'old'));
    writeFileSync(join(root, 'old', 'index.html'), '');
    expect(unsafeOutDir(join(root, 'old'), dirs)).toBeNull();
  });

  it('may not hold the content, the package or the working folder, nor be someone else’s files', () => {
    expect(unsafeOutDir(root, dirs)).toMatch(/holds the content folder/);
    expect(unsafeOutDir(join(root, 'exercises'), dirs)).toMatch(/holds the content folder/);
    expect(unsafeOutDir(join(root, 'pkg'), dirs)).toMatch(/holds the cks-study package/);
    expect(unsafeOutDir(root, { ...dirs, contentDir: '/elsewhere', packageRoot: '/elsewhere2' })).toMatch(/holds the current folder/);
    mkdirSync(join(root, 'photos'));
    writeFileSync(join(root, 'photos', 'cat.jpg'), '');
    expect(unsafeOutDir(join(root, 'photos'), dirs)).toMatch(/not empty and holds no built site/);
  });
});

describe('cks-study check (in process)', () => {
  it('prints the diagnostics, the summary and the table, and exits 0 on warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cks-check-'));
    copyFileSync(seedShaped, join(dir, 'f.runtime.md'));
    const io = capture(dir);
    expect(await main(['check', '.'], packageRoot, io)).toBe(0);
    expect(io.stderr[0]).toMatch(/^f\.runtime\.md:\d+:1: warning: .*\[empty-answer\]$/);
    expect(io.stdout[0]).toMatch(
      /^Parsed 1 markdown file in \d+ ms: 1 domain, 13 questions, 9 answered, 4 placeholders, 8 warnings, 0 errors$/,
    );
    expect(io.stdout.join('\n')).toContain('Total (1 domain)');
  });

  it('exits 1 on warnings with --strict, and on errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cks-check-'));
    copyFileSync(seedShaped, join(dir, 'f.runtime.md'));
    const strict = capture(dir);
    expect(await main(['check', '.', '--strict'], packageRoot, strict)).toBe(1);
    expect(strict.stderr.at(-1)).toBe('cks-study: --strict: 8 warning(s) in the content; see the messages above');
    writeFileSync(join(dir, 'cks-study.json'), '{ broken');
    const errors = capture(dir);
    expect(await main(['check', '.'], packageRoot, errors)).toBe(1);
    expect(errors.stderr).toContainEqual(expect.stringMatching(/^cks-study\.json:1:3: error: cks-study\.json is not valid JSON/));
  });

  it('exits 2 with the message and the usage on a folder that does not exist', async () => {
    const io = capture();
    expect(await main(['check', 'no/such/folder'], packageRoot, io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/^cks-study: folder not found: no\/such\/folder \(looked for .*\)\n\nUsage:\n {2}cks-study build/);
    expect(io.stderr.join('\n')).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('refuses to build into the content folder, before building', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cks-check-'));
    copyFileSync(seedShaped, join(dir, 'f.runtime.md'));
    const io = capture(dir);
    expect(await main(['build', '.', '--out', '.'], packageRoot, io)).toBe(2);
    expect(io.stderr[0]).toMatch(/holds the content folder/);
    expect(io.stdout).toEqual([]);
  });
});
