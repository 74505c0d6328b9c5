import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { LinkChecker } from 'linkinator';
import { basePath, builtPages } from './support/built-pages';
import { serveStatic } from './support/static-server';

// Not a browser test: linkinator crawls the built site as a static host serves it, under
// BASE_PATH, following every internal link, image, script and stylesheet (and #fragments).
test('no broken internal link, image, script, stylesheet or #fragment in the built site', async () => {
  test.setTimeout(180_000);
  const server = await serveStatic(resolve('dist'), basePath());
  try {
    const origin = new URL(server.url).origin;
    const checker = new LinkChecker();
    const result = await checker.check({
      path: server.url,
      recurse: true,
      checkCss: true,
      checkFragments: true,
      concurrency: 10,
      // No network in tests, and other sites' health is not ours to test.
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (${l.status}) on ${l.parent}`);
    expect(broken).toEqual([]);
    // The crawl reached every page of the build through links alone.
    const reached = new Set(result.links.filter((l) => l.state === 'OK').map((l) => l.url.split('#')[0]));
    for (const page of builtPages()) expect(reached, `${page || 'home'} is linked`).toContain(`${server.url}${page}`);
  } finally {
    await server.close();
  }
});

test('every page carries a CSP <meta> with no unsafe-inline script, and dist/_headers allows what they allow', async () => {
  const { readFileSync } = await import('node:fs');
  const { parsePolicy, policyOfPage } = await import('../../src/lib/security/content-security-policy');
  const headers = parsePolicy(/Content-Security-Policy: (.*)/.exec(readFileSync('dist/_headers', 'utf8'))?.[1] ?? '');
  for (const page of builtPages()) {
    const policy = policyOfPage(readFileSync(`dist/${page}index.html`, 'utf8'));
    expect(policy, `${page || 'home'} has a CSP`).toBeDefined();
    const directives = parsePolicy(policy!);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(directives.get('object-src')).toEqual(["'none'"]);
    for (const [name, sources] of directives) for (const source of sources) expect(headers.get(name), name).toContain(source);
  }
  expect(headers.get('frame-ancestors')).toEqual(["'none'"]);
});
