/**
 * `npm run bench:large-input`: how long a 5 MB domain file takes to parse, and a 0.5 MB one
 * to parse and render (Shiki included). Prints the numbers; asserts only that the work was done.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseDomain } from '../src/lib/curriculum/parse-domain';
import { buildSite } from '../src/lib/build/build-site';
import { largeDomain } from '../tests/support/large-domain';

async function timed<T>(label: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.log(`${label}: ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return result;
}

it('parses 5 MB', async () => {
  const source = largeDomain(11_000);
  const { domain } = await timed(`parse ${(source.length / 1e6).toFixed(1)} MB, 11,000 questions`, () => parseDomain(source, 'a.large.md'));
  expect(domain.topics.flatMap((t) => t.questions)).toHaveLength(11_000);
});

it('parses and renders 0.5 MB', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cks-bench-'));
  writeFileSync(join(dir, 'a.large.md'), largeDomain(1_100));
  const site = await timed('parse and render 0.5 MB, 1,100 questions, 2,200 highlighted blocks', () =>
    buildSite({ contentDir: dir, base: '/' }),
  );
  expect(site.summary.questions).toBe(1_100);
});
