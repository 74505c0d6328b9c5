#!/usr/bin/env node
// Thin entry: the command is TypeScript (src/cli/), loaded through tsx so it shares the
// site's own modules with no build step, whether run from a checkout or installed.
import { fileURLToPath } from 'node:url';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`cks-study: Node.js 22.12 or newer is needed (Astro 7); this is ${process.version}.\n`);
  process.exit(1);
}

const { tsImport } = await import('tsx/esm/api');
const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
const packageRoot = fileURLToPath(new URL('..', import.meta.url));
process.exitCode = await main(process.argv.slice(2), packageRoot);
