/**
 * Run a command and measure it: wall time, and the peak resident memory of the whole
 * process tree (`npx` starts node, which may start workers), sampled from /proc because
 * `/usr/bin/time` reports only the largest single process, not the sum.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;

/** Map of pid -> parent pid for every process we can read. */
function parents() {
  const map = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name may contain spaces and parentheses: the fields start after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between readdir and read.
    }
  }
  return map;
}

/** Resident bytes of `root` and all its descendants right now. */
export function treeRss(root) {
  const map = parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of map) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let bytes = 0;
  for (const pid of tree) {
    try {
      const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      bytes += resident * PAGE;
    } catch {
      // Ended meanwhile.
    }
  }
  return bytes;
}

/**
 * GNU time reports the CPU time of all descendants once they are waited for. CPU time is
 * what to compare on a machine shared with other work, where wall time depends on the load.
 */
const GNU_TIME = '/usr/bin/time';
const CPU_MARK = 'cks-bench-cpu';

/**
 * Run `command args` with `env`, sampling memory every `intervalMs`. Resolves with
 * { code, wallMs, cpuMs, peakRss, output } (cpuMs is null without /usr/bin/time); rejects
 * only when the command cannot start.
 */
export function measure(command, args, { env = {}, cwd = process.cwd(), intervalMs = 100, timeoutMs = 30 * 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const [file, argv] = existsSync(GNU_TIME) ? [GNU_TIME, ['-f', `${CPU_MARK} %U %S`, command, ...args]] : [command, args];
    const child = spawn(file, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakRss = 0;
    const sample = () => {
      if (child.pid !== undefined) peakRss = Math.max(peakRss, treeRss(child.pid));
    };
    const timer = setInterval(sample, intervalMs);
    const killer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', (error) => {
      clearInterval(timer);
      clearTimeout(killer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      clearTimeout(killer);
      const cpu = new RegExp(`${CPU_MARK} ([\\d.]+) ([\\d.]+)`).exec(output);
      const cpuMs = cpu ? Math.round((Number(cpu[1]) + Number(cpu[2])) * 1000) : null;
      resolve({ code, wallMs: performance.now() - started, cpuMs, peakRss, output });
    });
  });
}

export const MB = 1024 * 1024;
