import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

// Node strips types from .ts imports by itself since 22.18 / 23.6; older Node makes Astro
// load the config through Vite instead, which still works, only slower.
const nodeStripsTypes = Boolean((process.features as { typescript?: unknown }).typescript);

test.runIf(nodeStripsTypes)('astro.config.mjs and its imports load in plain Node, so Astro needs no Vite server to read it', () => {
  // An import without its .ts extension fails here; Astro would fall back silently (a few hundred ms per build).
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "const c = (await import('./astro.config.mjs')).default; console.log(c.integrations.length);"],
    {
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: '' },
    },
  );
  expect(run.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|ERR_UNSUPPORTED/);
  expect(run.status).toBe(0);
  expect(Number(run.stdout.trim())).toBeGreaterThanOrEqual(2);
});
