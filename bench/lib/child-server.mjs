/**
 * The static server of scripts/lib in a process of its own. In the process that drives the
 * browser, every response waits for Playwright's own work on the same event loop (10 to 170 ms
 * for tiny files on a busy 2-core machine), which a reader's server never does.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../../scripts/lib/static-server.mjs', import.meta.url));

/** Serves `root` from a child process; resolves with its URL and a close() that stops it. */
export function serveInChild(root) {
  const script = `import { serveStatic } from ${JSON.stringify(SERVER)}; const s = await serveStatic(${JSON.stringify(root)}); console.log(s.url);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the static server for ${root} exited (code ${code}) before it listened`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = out.match(/^(http\S+)\s*$/m)?.[1];
      if (url === undefined) return;
      child.removeAllListeners('exit');
      resolve({
        url,
        close: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill();
          }),
      });
    });
  });
}
