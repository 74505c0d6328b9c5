#!/usr/bin/env node
// Runs npm scripts side by side: `node scripts/parallel.mjs check lint test:unit`.
// Most of them are single-threaded, so on two cores they take about the time of the longest
// instead of their sum. Each one's output is printed whole as soon as it ends, so that lines of
// different tools never interleave and a long run still shows progress; the exit code is the
// first failure's, in the order given.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node scripts/parallel.mjs <npm script>...');
  process.exit(2);
}

function report({ script, code, output, seconds }) {
  process.stdout.write(`\n> npm run ${script} (${seconds.toFixed(1)} s${code === 0 ? '' : `, exit code ${code}`})\n${output}`);
}

function run(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const finish = (code, extra = '') => {
      const result = { script, code, output: output + extra, seconds: (Date.now() - started) / 1000 };
      report(result);
      resolve(result);
    };
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => finish(1, `${error.message}\n`));
    child.on('close', (code) => finish(code ?? 1));
  });
}

console.log(`Running side by side: ${scripts.join(', ')}`);
const results = await Promise.all(scripts.map(run));
const failed = results.filter((result) => result.code !== 0);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.map((result) => result.script).join(', ')}`);
  process.exit(failed[0].code);
}
