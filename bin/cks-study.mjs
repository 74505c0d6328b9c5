#!/usr/bin/env node
// Thin entry: the command is TypeScript (src/cli/), loaded through tsx so it shares the
// site's own modules with no build step, whether run from a checkout or installed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MINIMUM, fetchedNode, isSupported } from '../scripts/lib/node-runtime.mjs';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

if (!isSupported(process.versions.node)) {
  // An older Node (the machine's own) re-runs this file on the Node that `npm install` fetched.
  const node = fetchedNode(packageRoot);
  if (!node) {
    process.stderr.write(
      `cks-study: Node.js ${MINIMUM.major}.${MINIMUM.minor} or newer is needed (Astro 7); this is ${process.version}. ` +
        'Run `npm install` in the cks-study package (it fetches Node 24 from the npm registry) or install a newer Node.js.\n',
    );
    process.exit(1);
  }
  const child = spawnSync(node, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (child.signal) process.kill(process.pid, child.signal);
  process.exit(child.status ?? 1);
}

const { tsImport } = await import('tsx/esm/api');
const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2), packageRoot);
