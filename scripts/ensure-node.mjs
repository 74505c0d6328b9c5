// postinstall: when the Node.js running `npm install` is older than Astro 7 needs, fetch Node 24
// from the npm registry into node_modules and put it first for this checkout's npm scripts
// (npm runs scripts with node_modules/.bin at the front of PATH, so `node`, `astro`, `vitest`
// and `playwright` all start on it). With a supported Node, nothing is fetched.
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FETCHED_MAJOR, MINIMUM, fetchNode, fetchedNode, isSupported } from './lib/node-runtime.mjs';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const say = (line) => console.log(`cks-study: ${line}`);

if (!isSupported(process.versions.node)) {
  say(`Node.js ${process.version} is older than ${MINIMUM.major}.${MINIMUM.minor}, which Astro 7 needs.`);
  let node = fetchedNode(packageRoot);
  if (!node) {
    say(
      `fetching Node ${FETCHED_MAJOR} from the npm registry into node_modules/.cache/cks-study-node (a download of about 50 MB, once)...`,
    );
    const status = fetchNode(packageRoot);
    node = fetchedNode(packageRoot);
    if (status !== 0 || !node) {
      console.error(
        `cks-study: could not fetch Node ${FETCHED_MAJOR} (npm exited ${status}). Install Node.js ${MINIMUM.major}.${MINIMUM.minor} or newer (https://nodejs.org/) and run npm install again.`,
      );
      process.exit(1);
    }
  }
  if (isRootProject()) {
    linkIntoBin(node);
    say(`npm scripts in this folder run on Node ${version(node)} (node_modules/.bin/node); your own node is not changed.`);
  } else {
    say(`the cks-study command runs on Node ${version(node)}.`);
  }
}

/** True in a checkout of this repository; false when installed as another project's dependency. */
function isRootProject() {
  const prefix = process.env.npm_config_local_prefix;
  return !prefix || realpathSync(prefix) === realpathSync(packageRoot);
}

function linkIntoBin(node) {
  const bin = join(packageRoot, 'node_modules', '.bin');
  const link = join(bin, process.platform === 'win32' ? 'node.exe' : 'node');
  mkdirSync(bin, { recursive: true });
  if (exists(link)) rmSync(link);
  symlinkSync(relative(dirname(link), node), link);
}

function exists(path) {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function version(node) {
  return spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
}
