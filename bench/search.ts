/**
 * Search speed in a real browser against the built site (`npm run build` first):
 * - first query, cold: a fresh browser context puts a whole query into the header field at
 *   once; the time runs from that input event to the results being painted, so it includes
 *   loading pagefind.js, its WebAssembly and the index (several runs, each with an empty cache);
 * - first query, typed: a fresh context presses `/` and types the query key by key, as a reader
 *   does; focusing starts the download, and the time runs from the last keystroke;
 * - then, with the index loaded, real terms from the content typed key by key; the time runs
 *   from the last keystroke to the results being painted.
 * Goals (issue 3): first query <= 400 ms, later queries <= 100 ms, on localhost.
 * Then the probe set (tests/support/search-probes.ts): the share of its queries whose question
 * comes first and in the top 3, over `dist/` and over the CKAD-style fixture, built here into a
 * temporary folder; and the size of the search index in `dist/`, with the share of its text
 * that is the synonyms indexed after each question (src/lib/search/synonyms.ts).
 * Writes bench/results/search.json. Run: `npm run bench:search`.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { launchBrowser } from '../scripts/lib/browser.mjs';
import { SYNONYM_MARKER } from '../src/lib/search/synonyms.ts';
import { CONTENT_PROBES, FIXTURE_PROBES, PROBE_FIXTURE, rankOf, searchTitles, type Probe } from '../tests/support/search-probes.ts';
import { astroBuild } from './lib/astro-build.mjs';
import { serveInChild } from './lib/child-server.mjs';

const DIST = resolve(process.env['DIST'] ?? 'dist');
// SEARCH_RESULTS lets bench/speed-patches.mjs keep each variant's run apart.
const OUT = resolve(process.env['SEARCH_RESULTS'] ?? 'bench/results/search.json');
const FIRST_RUNS = 20;
const QUERY_COUNT = 24;
const KEY_DELAY_MS = 60;
const GOAL_FIRST_MS = 400;
const GOAL_LOADED_MS = 100;

const STOPWORDS = new Set(
  'about after and are but can does each every for from has have how into its many more not one only other over that the them then there these they this through what when where which while who why with without your'.split(
    ' ',
  ),
);

interface QuestionRecord {
  title: string;
  url: string;
}

/** Real terms: words of the question titles, spread from the most to the least common. */
function termsFrom(questions: QuestionRecord[]): string[] {
  const counts = new Map<string, number>();
  for (const q of questions) {
    for (const word of new Set(q.title.toLowerCase().match(/[a-z][a-z0-9-]{3,}/g) ?? [])) {
      if (!STOPWORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
  const step = Math.max(1, Math.floor(ranked.length / QUERY_COUNT));
  const picked = ranked.filter((_, i) => i % step === 0).slice(0, QUERY_COUNT - 2);
  return [...new Set(['strace', 'audit policy', ...picked])];
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? (sorted[Math.floor(mid)] ?? NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return {
    count: values.length,
    median: round(median),
    p90: round(at(0.9)),
    max: round(sorted.at(-1) ?? NaN),
    min: round(sorted[0] ?? NaN),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Records the time of every input event in the page, before the site's own listeners run. */
const RECORD_INPUT = () => {
  document.addEventListener('input', () => ((window as unknown as { lastInput: number }).lastInput = performance.now()), true);
};

/** Resolves with ms from the last input to the paint after the status names `query`. */
function waitForResults(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (q) =>
      new Promise<number>((done, fail) => {
        const status = document.querySelector('[data-search-status]')!;
        const shown = () => status.textContent?.includes(`“${q}”`);
        const finish = () => {
          observer.disconnect();
          // Two frames: the results are painted, not only in the DOM.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => done(performance.now() - (window as unknown as { lastInput: number }).lastInput)),
          );
        };
        const observer = new MutationObserver(() => shown() && finish());
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        if (shown()) finish();
        setTimeout(() => fail(new Error(`no results shown for "${q}" within 10 s`)), 10_000);
      }),
    query,
  );
}

/** Probe results over a built site: each query's rank (null: not listed) and the shares in the top 1 and top 3. */
async function runProbes(browser: Browser, dist: string, probes: readonly Probe[]) {
  const server = (await serveInChild(dist)) as { url: string; close: () => Promise<void> };
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    const ranks: { query: string; rank: number | null }[] = [];
    for (const probe of probes) ranks.push({ query: probe.query, rank: rankOf(probe, await searchTitles(page, probe.query)) });
    const share = (n: number) => round((100 * ranks.filter((r) => r.rank !== null && r.rank <= n).length) / ranks.length);
    return {
      probes: ranks.length,
      top1Percent: share(1),
      top3Percent: share(3),
      missed: ranks.filter((r) => r.rank === null || r.rank > 3),
      ranks,
    };
  } finally {
    await context.close();
    await server.close();
  }
}

/**
 * The index as the browser downloads it, without Pagefind's scripts and WebAssembly: word
 * index, fragments (each question's text), filters, metadata. The synonyms' share is of the
 * fragments' text, read back from their gzipped JSON (after Pagefind's signature).
 */
function indexSize(dist: string) {
  const root = join(dist, 'pagefind');
  let bytes = 0;
  let files = 0;
  let text = 0;
  let synonyms = 0;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || /\.(js|css)$|^wasm\./.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    bytes += statSync(path).size;
    files++;
    if (!entry.parentPath.endsWith('fragment')) continue;
    const json = gunzipSync(readFileSync(path)).toString('utf8');
    // A fragment file holds one question's data, or several by id when Pagefind bundles them.
    const data = JSON.parse(json.slice(json.indexOf('{'))) as { content?: string } | Record<string, { content: string }>;
    const contents =
      typeof data.content === 'string' ? [data.content] : Object.values(data as Record<string, { content: string }>).map((d) => d.content);
    for (const content of contents) {
      text += content.length;
      const at = content.lastIndexOf(SYNONYM_MARKER);
      if (at !== -1) synonyms += content.length - at;
    }
  }
  return { bytes, files, synonymTextPercent: round((100 * synonyms) / Math.max(1, text)) };
}

async function main() {
  if (!existsSync(resolve(DIST, 'pagefind/pagefind.js'))) {
    console.error(`bench:search: no search index in ${DIST}/pagefind/. Run \`npm run build\` first.`);
    process.exit(1);
  }
  const questions = JSON.parse(readFileSync(resolve(DIST, 'questions.json'), 'utf8')) as QuestionRecord[];
  const page0 = questions[0]?.url.split('#')[0] ?? '/';
  const terms = termsFrom(questions);
  const server = (await serveInChild(DIST)) as { url: string; close: () => Promise<void> };
  const origin = server.url.replace(/\/$/, '');
  const browser = await launchBrowser();
  const load = loadavg();

  try {
    const first: { ms: number; bytes: number; files: number; lastFileMs: number }[] = [];
    for (let run = 0; run < FIRST_RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(RECORD_INPUT);
      await page.goto(origin + page0);
      const query = terms[run % terms.length]!;
      const done = waitForResults(page, query);
      await page.locator('[data-search-input]').fill(query); // one input event: nothing loaded before it
      const ms = round(await done);
      // What the network part was: the Pagefind files, their size, and when the last one arrived.
      const files = await page.evaluate(() => {
        const start = (window as unknown as { lastInput: number }).lastInput;
        return performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.includes('/pagefind/'))
          .map((entry) => {
            const resource = entry as PerformanceResourceTiming;
            return { bytes: resource.encodedBodySize, doneMs: resource.responseEnd - start };
          });
      });
      first.push({
        ms,
        bytes: files.reduce((sum, f) => sum + f.bytes, 0),
        files: files.length,
        lastFileMs: round(Math.max(0, ...files.map((f) => f.doneMs))),
      });
      await context.close();
    }

    // As a reader does it: `/` focuses the field (the download starts), then the query is typed.
    const typedFirst: { query: string; ms: number }[] = [];
    for (let run = 0; run < FIRST_RUNS; run++) {
      const fresh = await browser.newContext();
      const page = await fresh.newPage();
      await page.addInitScript(RECORD_INPUT);
      await page.goto(origin + page0);
      const query = terms[(run + FIRST_RUNS) % terms.length]!;
      const done = waitForResults(page, query);
      await page.keyboard.press('/');
      await page.keyboard.type(query, { delay: KEY_DELAY_MS });
      typedFirst.push({ query, ms: round(await done) });
      await fresh.close();
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(RECORD_INPUT);
    await page.goto(origin + page0);
    const field = page.locator('[data-search-input]');
    await field.fill('kubernetes');
    await waitForResults(page, 'kubernetes'); // index loaded
    const loaded: { query: string; ms: number; results: number }[] = [];
    for (const query of terms) {
      await field.fill('');
      await field.focus();
      const done = waitForResults(page, query);
      await page.keyboard.type(query, { delay: KEY_DELAY_MS });
      const ms = await done;
      loaded.push({ query, ms: round(ms), results: await page.locator('[data-search-results] > li').count() });
    }
    await context.close();

    const fixtureDist = mkdtempSync(join(tmpdir(), 'cks-bench-probes-'));
    let probes;
    try {
      await astroBuild({ root: resolve('.'), outDir: fixtureDist, env: { CONTENT_DIR: resolve(PROBE_FIXTURE) }, timeoutMs: 300_000 });
      probes = {
        content: await runProbes(browser, DIST, CONTENT_PROBES),
        fixture: await runProbes(browser, fixtureDist, FIXTURE_PROBES),
      };
    } finally {
      rmSync(fixtureDist, { recursive: true, force: true });
    }
    const index = indexSize(DIST);

    const firstStats = stats(first.map((f) => f.ms));
    const loadedStats = stats(loaded.map((l) => l.ms));
    const typedStats = stats(typedFirst.map((t) => t.ms));
    const result = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        model: cpus()[0]?.model ?? 'unknown',
        loadavgAtStart: load.map(round),
        node: process.version,
        browser: browser.version(),
      },
      site: { dist: DIST, questions: questions.length },
      goals: { firstQueryMs: GOAL_FIRST_MS, loadedQueryMs: GOAL_LOADED_MS },
      firstQuery: { ...firstStats, runs: first, met: firstStats.max <= GOAL_FIRST_MS },
      firstQueryTyped: { ...typedStats, keyDelayMs: KEY_DELAY_MS, runs: typedFirst, met: typedStats.max <= GOAL_FIRST_MS },
      loadedQuery: { ...loadedStats, keyDelayMs: KEY_DELAY_MS, queries: loaded, met: loadedStats.max <= GOAL_LOADED_MS },
      probes,
      index,
    };
    mkdirSync(resolve('bench/results'), { recursive: true });
    writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);

    const line = (name: string, s: typeof firstStats, goal: number) =>
      `${name}: median ${s.median} ms, p90 ${s.p90} ms, max ${s.max} ms over ${s.count} (goal <= ${goal} ms: ${s.max <= goal ? 'met' : 'missed'})`;
    console.log(`machine: ${cpus().length} cores, load average ${load.map(round).join(' ')}`);
    console.log(line('first query, index download included', firstStats, GOAL_FIRST_MS));
    console.log(
      `  downloads ${Math.round((first[0]?.bytes ?? 0) / 1024)} KiB in ${first[0]?.files ?? 0} Pagefind files; last file in after ${stats(first.map((f) => f.lastFileMs)).median} ms (median)`,
    );
    console.log(line('first query typed after `/`, from the last keystroke', typedStats, GOAL_FIRST_MS));
    console.log(line('last keystroke to results, index loaded', loadedStats, GOAL_LOADED_MS));
    for (const [name, set] of Object.entries(probes)) {
      console.log(
        `probes over ${name}: ${set.top3Percent}% in the top 3, ${set.top1Percent}% first, of ${set.probes}${set.missed.length ? `; missed: ${set.missed.map((m) => m.query).join(', ')}` : ''}`,
      );
    }
    console.log(
      `search index: ${Math.round(index.bytes / 1024)} KiB in ${index.files} files (without scripts and WebAssembly); synonyms are ${index.synonymTextPercent}% of its text`,
    );
    console.log(`wrote ${OUT}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
