/**
 * A Playwright `test` whose every page must stay healthy: no console error, no uncaught
 * exception, no failed request (a 404 included) and no Content-Security-Policy violation.
 * Use it instead of `@playwright/test`'s own: `import { test, expect } from './support/page-health'`.
 * A test that provokes a problem on purpose can read and clear `health.problems`.
 */
import { test as base, expect } from '@playwright/test';

export interface PageHealth {
  problems: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export const test = base.extend<{ health: PageHealth }>({
  health: [
    async ({ page }, use) => {
      const health: PageHealth = { problems: [] };
      // CSP violations also log a console error, but the event names the directive exactly.
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations?.push(
            `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error') health.problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => health.problems.push(`uncaught: ${error.message}`));
      page.on('requestfailed', (request) => {
        // A navigation cut short by the next one is not a broken resource.
        if (request.failure()?.errorText !== 'net::ERR_ABORTED')
          health.problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) health.problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await use(health);
      if (!page.isClosed()) {
        const violations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
        health.problems.push(...violations.map((v) => `CSP violation: ${v}`));
      }
      expect(health.problems, 'console errors, failed requests and CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
