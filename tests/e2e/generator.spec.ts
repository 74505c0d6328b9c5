import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { crawl } from './support/crawl';
import { serveStatic } from './support/static-server';
import type { QuestionRecord } from '../../src/lib/site/pages';

const BIN = resolve('bin/cks-study.mjs');
const CKAD = resolve('tests/fixtures/site-ckad-style/input');
const SETTINGS = resolve('tests/fixtures/site-with-settings/input');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the command as an author would, from a folder of their own. */
function cksStudy(args: string[], cwd = tmpdir()): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, BASE_PATH: '', SITE_URL: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** HTML files a build wrote, outside the search index. */
function htmlFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).length;
}

test.describe('cks-study build on a repository shaped like CKAD exercises', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  let run: Run;
  let outDir: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  test.beforeAll(async () => {
    outDir = join(mkdtempSync(join(tmpdir(), 'cks-study-gen-')), 'site');
    run = cksStudy(['build', CKAD, '--out', outDir, '--base', '/ckad/']);
    if (run.status !== 0) throw new Error(`build failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    server = await serveStatic(outDir, '/ckad/');
  });
  test.afterAll(async () => server?.close());

  test('prints what it parsed, the diagnostics, what it wrote and how long it took', () => {
    expect(run.stdout).toMatch(
      /^Parsed 4 markdown files in \d+ ms: 3 domains, 8 questions, 8 answered, 1 placeholder, 1 warning, 0 errors; manifests: 1 checked against Kubernetes \d+\.\d+$/m,
    );
    expect(run.stderr).toMatch(/site-ckad-style\/input\/c\.pod_design\.md:43:1: warning: .*\[placeholder-question\]/);
    expect(run.stdout).toMatch(/^Building the site into .* \(base \/ckad\/\)\.\.\.$/m);
    // Pages other features add (search, print...) count too: the line must say what is on disk.
    expect(run.stdout).toMatch(
      new RegExp(
        `^Wrote ${htmlFiles(outDir)} pages, questions\\.json \\(8 questions\\)(, search index \\(\\d+ files\\))? in \\d+\\.\\d s\\.$`,
        'm',
      ),
    );
    expect(htmlFiles(outDir)).toBeGreaterThanOrEqual(5);
    expect(run.stdout).toMatch(/^Done in \d+\.\d s\.$/m);
    // Astro's own log stays out of the way unless --verbose.
    expect(run.stdout).not.toMatch(/\[build\]/);
  });

  test('the README is the home page, titled by its heading, with its Contents links rewritten', async ({ page }) => {
    await page.goto(server.url);
    await expect(page).toHaveTitle('CKAD Exercises');
    await expect(page.locator('.site-title')).toHaveText('CKAD Exercises');
    const contents = page.locator('.intro ul').first().getByRole('link');
    await expect(contents).toHaveCount(4);
    expect(await contents.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/ckad/core-concepts/',
      '/ckad/multi-container-pods/',
      '/ckad/pod-design/',
      '/ckad/pod-design/#labels-and-annotations',
    ]);
    await page.getByRole('link', { name: 'Multi-container Pods' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Multi-container Pods');
  });

  test('domains without weights are listed without one, and CONTRIBUTING.md is not a domain', async ({ page }) => {
    await page.goto(server.url);
    await expect(page.locator('[data-domain]')).toHaveCount(3);
    await expect(page.locator('.domain-list')).not.toContainText('% of the exam');
    await expect(page.locator('[data-domain="core-concepts"] [data-count="questions"]')).toHaveText('3 questions');
  });

  test('h3 questions with no topic sections become questions with answers', async ({ page }) => {
    await page.goto(`${server.url}core-concepts/`);
    await expect(page.locator('article[data-question]')).toHaveCount(3);
    await expect(page.locator('nav.toc')).toHaveCount(0);
    const article = page.locator('#create-the-pod-that-was-just-described-using-yaml');
    await article.getByText('Show answer').click();
    await expect(article.locator('pre.shiki')).toHaveCount(2);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', '3 questions, 3 answered.');
  });

  test('a link from a question to another domain file goes to that topic', async ({ page }) => {
    await page.goto(`${server.url}core-concepts/`);
    await page.getByRole('link', { name: 'labels and annotations', exact: true }).click();
    await expect(page).toHaveURL(`${server.url}pod-design/#labels-and-annotations`);
    await expect(page.locator('#labels-and-annotations')).toBeInViewport();
  });

  test('questions.json lists every question, with URLs that open it', async ({ page }) => {
    const records = JSON.parse(readFileSync(join(outDir, 'questions.json'), 'utf8')) as QuestionRecord[];
    expect(records.map((r) => r.id)).toEqual([
      'core-concepts#create-a-namespace-called-mynamespace-and-a-pod-with-image-nginx-called-nginx-on-this-namespace',
      'core-concepts#create-the-pod-that-was-just-described-using-yaml',
      'core-concepts#get-the-pods-labels-see-labels-and-annotations',
      'multi-container-pods#create-a-pod-with-two-containers-both-with-image-busybox-and-command-echo-hello-sleep-3600-connect-to-the-second-container-and-run-ls',
      'multi-container-pods#create-a-pod-with-an-nginx-container-exposed-on-port-80-add-a-busybox-init-container-which-downloads-a-page',
      'pod-design#create-3-pods-with-names-nginx1nginx2nginx3-all-of-them-should-have-the-label-appv1',
      'pod-design#show-all-labels-of-the-pods',
      'pod-design#create-a-deployment-with-image-nginx1180-called-nginx-having-2-replicas-defining-port-80-as-the-port-that-this-container-exposes',
    ]);
    expect(records.filter((r) => r.domain === 'pod-design').map((r) => r.topic)).toEqual([
      'Labels and Annotations',
      'Labels and Annotations',
      'Deployments',
    ]);
    for (const record of records) expect(record.url).toBe(`/ckad/${record.id.replace('#', '/#')}`);
    const glued = records[3]!;
    await page.goto(new URL(glued.url, server.url).href);
    const article = page.locator(`[id="${glued.url.split('#')[1]}"]`);
    await expect(article.locator('details[data-answer]')).toHaveAttribute('open', '');
    await expect(article.locator('pre')).toHaveCount(2);
  });

  test('every internal link and asset resolves under the base', async () => {
    const result = await crawl(server.url, '/ckad/');
    expect(result.outsideBase).toEqual([]);
    expect(result.broken).toEqual([]);
    expect(
      [...result.visited.keys()]
        .filter((url) => url.endsWith('/'))
        .map((url) => new URL(url).pathname)
        .sort(),
    ).toEqual(expect.arrayContaining(['/ckad/', '/ckad/core-concepts/', '/ckad/multi-container-pods/', '/ckad/pod-design/']));
  });
});

// One build covers the settings: the title precedence itself is unit-tested (site-config.test.ts),
// this checks that each setting reaches the built pages from the command line and the files.
test.describe('cks-study build with site settings', () => {
  test.describe.configure({ timeout: 300_000 });

  test('takes the certification from cks-study.json and the description from the README; --title wins over the settings', () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'cks-study-gen-')), 'out');
    const run = cksStudy(['build', SETTINGS, '--out', outDir, '--site', 'https://drills.example.org', '--title', 'My CKA']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Wrote \d+ pages, questions\.json \(2 questions\), sitemap-index\.xml(, search index \(\d+ files\))? in/m);
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('<title>My CKA</title>');
    // The title of cks-study.json lost to --title, everywhere.
    expect(home).not.toContain('CKA Drills');
    expect(home).toContain('<meta name="description" content="Drills for the CKA exam, one domain per page.">');
    expect(home).toContain('<link rel="canonical" href="https://drills.example.org/">');
    expect(home).toContain('Questions for the Certified Kubernetes Administrator (CKA) exam.');
    // Frontmatter is settings, not text of the introduction.
    expect(home).not.toContain('Overridden by cks-study.json');
    expect(home).toContain('href="/cluster-architecture/"');
    const domain = readFileSync(join(outDir, 'troubleshooting', 'index.html'), 'utf8');
    expect(domain).toContain('<title>Troubleshooting · My CKA</title>');
    expect(domain).toContain('<meta property="og:description" content="30% of the exam. 1 question, 1 answered.">');
  });
});

test.describe('cks-study mistakes and checks', () => {
  test('check prints the health table and exits 0; --strict exits 1 on the warning', () => {
    const run = cksStudy(['check', CKAD]);
    expect(run.status).toBe(0);
    // Questions, answer blocks, stray blocks, answered, placeholders, broken links, manifests, manifest warnings, warnings.
    expect(run.stdout).toMatch(/^Pod design\s+3\s+3\s+0\s+3\s+1\s+0\s+0\s+0\s+1\s+c\.pod_design\.md$/m);
    expect(run.stdout).toMatch(/^Total \(3 domains\)\s+8\s+8\s+0\s+8\s+1\s+0\s+1\s+0\s+1$/m);
    const strict = cksStudy(['check', CKAD, '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('cks-study: --strict: 1 warning(s) in the content');
  });

  test('build --strict stops before building when there are warnings', () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'cks-study-gen-')), 'out');
    const run = cksStudy(['build', CKAD, '--out', outDir, '--strict']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the site was not built');
    expect(run.stdout).not.toContain('Building');
  });

  test('usage errors give a message and the usage, exit 2, and no stack trace', () => {
    for (const [args, message] of [
      [['build', CKAD, '--outdir', 'x'], 'cks-study: unknown option --outdir'],
      [['build'], 'cks-study: build: which folder?'],
      [['check', 'no-such-folder'], 'cks-study: folder not found: no-such-folder'],
      [['publish'], 'cks-study: unknown command "publish"'],
    ] as const) {
      const run = cksStudy([...args]);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain('Usage:\n  cks-study build <folder>');
      expect(run.stderr).not.toMatch(/^\s+at /m);
    }
  });
});
