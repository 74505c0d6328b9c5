import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CSP_DIRECTIVES, headersFile, policyOfPage, SCRIPT_SOURCES, STYLE_SOURCES } from '../../lib/security/content-security-policy.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * A Content-Security-Policy with no `unsafe-inline` script: Astro's `security.csp` hashes
 * every script and style it emits into a `<meta>` per page. The theme script must run
 * before first paint, so it is injected as a `head-inline` script, which Astro hashes too
 * (an `is:inline` script in a component is not hashed). After the build, the pages'
 * policies are written to `dist/_headers` for hosts that read one.
 */
/** The script is inlined in every page unminified: its comments are for readers of the source, not for every download. */
function withoutLineComments(source: string): string {
  return source
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .map((line) => line.replace(/\s+\/\/ .*$/, ''))
    .join('\n')
    .trim();
}

export function securityPolicy(): AstroIntegration {
  return {
    name: 'cks-study:security',
    hooks: {
      'astro:config:setup': ({ updateConfig, injectScript }) => {
        injectScript('head-inline', withoutLineComments(readFileSync(new URL('../../scripts/theme-init.js', import.meta.url), 'utf8')));
        updateConfig({
          security: {
            csp: {
              // updateConfig skips the schema's defaults, so the algorithm is spelled out.
              algorithm: 'SHA-256',
              directives: [...CSP_DIRECTIVES],
              scriptDirective: { resources: [...SCRIPT_SOURCES] },
              styleDirective: { resources: STYLE_SOURCES.map((s) => ({ ...s })) },
            },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of await htmlFiles(root)) {
          const policy = policyOfPage(await readFile(file, 'utf8'));
          if (policy === undefined)
            throw new Error(`${file} has no Content-Security-Policy <meta>; every page must be rendered through BaseLayout`);
          policies.push(policy);
        }
        await writeFile(join(root, '_headers'), headersFile(policies));
        logger.info(`_headers: one Content-Security-Policy for ${policies.length} pages`);
      },
    },
  };
}
