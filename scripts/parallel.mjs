#!/usr/bin/env node
// Runs npm scripts side by side: `node scripts/parallel.mjs check lint format:check`.
// The static checks are each single-threaded, so on two cores they take the time of the
// longest instead of their sum. Each one's output is printed whole when it ends, in the order
// given, so that lines of different tools never interleave; the exit code is the first failure's.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node scripts/parallel.mjs <npm script>...');
  process.exit(2);
}

function run(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ script, code: 1, output: `${error.message}\n`, seconds: 0 }));
    child.on('close', (code) => resolve({ script, code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }));
  });
}

const results = await Promise.all(scripts.map(run));
for (const { script, code, output, seconds } of results) {
  process.stdout.write(`\n> npm run ${script} (${seconds.toFixed(1)} s${code === 0 ? '' : `, exit code ${code}`})\n${output}`);
}
const failed = results.filter((result) => result.code !== 0);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.map((result) => result.script).join(', ')}`);
  process.exit(failed[0].code);
}
