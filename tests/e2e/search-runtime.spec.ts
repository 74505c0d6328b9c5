import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { headerSearch, resultTitles, typeSearch } from './support/search';

/**
 * The build changes Pagefind's browser script so the browser unzips the index files
 * (src/integrations/pagefind/pagefind-runtime.ts). Search must work through that path and around it.
 */

async function searchStrace(page: Page): Promise<string[]> {
  await page.goto('/');
  await typeSearch(page, 'strace');
  return resultTitles(page, headerSearch(page).titles, 'strace');
}

test("the browser unzips Pagefind's index files, not Pagefind's JavaScript", async ({ page }) => {
  await page.addInitScript(() => {
    const counted = window as unknown as { unzips: number };
    counted.unzips = 0;
    const Original = DecompressionStream;
    window.DecompressionStream = class extends Original {
      constructor(format: CompressionFormat) {
        super(format);
        counted.unzips++;
      }
    };
  });
  const titles = await searchStrace(page);
  expect(titles[0]).toMatch(/strace/i);
  // Metadata, WebAssembly, an index chunk and at least one fragment file (an unfiltered search
  // reads no filter chunk; how many fragments depends on how many keystrokes were searched).
  expect(await page.evaluate(() => (window as unknown as { unzips: number }).unzips)).toBeGreaterThanOrEqual(4);
});

test('search works where the host has already decoded the index files', async ({ page }) => {
  // As a server that sends them with Content-Encoding: gzip does: the script gets plain bytes.
  let decoded = 0;
  await page.route(/\/pagefind\/.*\.(pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/, async (route) => {
    const response = await route.fetch();
    decoded++;
    await route.fulfill({ response, body: gunzipSync(await response.body()) });
  });
  const titles = await searchStrace(page);
  expect(titles[0]).toMatch(/strace/i);
  // The same four kinds of file as above, each decoded by the route before the script saw it.
  expect(decoded).toBeGreaterThanOrEqual(4);
});

test('search works in a browser without DecompressionStream, through Pagefind’s own unzip', async ({ page }) => {
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'DecompressionStream');
  });
  const titles = await searchStrace(page);
  expect(titles[0]).toMatch(/strace/i);
  expect(await page.evaluate(() => typeof window.DecompressionStream)).toBe('undefined');
});
