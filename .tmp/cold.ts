import { chromium } from '@playwright/test';
import { serveStatic } from '/work/main/tests/e2e/support/static-server.ts';
const server = await serveStatic('/work/main/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => document.addEventListener('input', () => ((window as any).lastInput = performance.now()), true));
  await page.goto(server.url.replace(/\/$/, '') + '/monitoring-logging-runtime-security/');
  await page.locator('[data-search-input]').fill('strace');
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“strace”'));
  const t = await page.evaluate(() => {
    const s = (window as any).lastInput;
    return { total: performance.now() - s, res: performance.getEntriesByType('resource').filter((e) => e.startTime > s - 50).map((e: any) => `${Math.round(e.startTime - s)}-${Math.round(e.responseEnd - s)} ${e.encodedBodySize} ${e.name.replace(/^.*\/\/[^/]+/, '')}`) };
  });
  console.log(Math.round(t.total), '\n  ' + t.res.join('\n  '));
  await context.close();
}
await browser.close(); await server.close();
