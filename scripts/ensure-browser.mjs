// Browser tasks (e2e tests, PDF, benchmarks) need a Chromium, and the print tests read the PDF
// with poppler's pdftotext. Found in this order: CHROMIUM_PATH, a system Chromium, Playwright's
// own (downloaded here when the download works). What is still missing is installed with apt
// when that is possible (root on Debian or Ubuntu, as CI is); otherwise this stops with the
// exact command to run, before any test starts.
//   node scripts/ensure-browser.mjs [--pdftotext]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './lib/browser.mjs';

const say = (line) => console.log(`browser: ${line}`);
const needPdftotext = process.argv.includes('--pdftotext');

if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
  console.error(`browser: CHROMIUM_PATH is ${process.env.CHROMIUM_PATH}, which does not exist. Unset it or point it at a Chromium.`);
  process.exit(1);
}

const missing = [];
if (!findBrowser() && !downloadPlaywrightChromium()) missing.push('chromium');
if (needPdftotext && !hasPdftotext()) missing.push('pdftotext');
if (missing.length > 0) provide(missing);

function findBrowser() {
  const found = systemChromium() ?? (existsSync(chromium.executablePath()) ? chromium.executablePath() : undefined);
  if (found) say(`using ${found}`);
  return Boolean(found);
}

function downloadPlaywrightChromium() {
  say("no Chromium found; trying Playwright's download of its own (once)");
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.status === 0 && existsSync(chromium.executablePath())) return true;
  // Its retries print a stack trace each; the network error, else the first error line, says why.
  const lines = `${result.stdout}\n${result.stderr}`.split('\n');
  const network = lines.find((l) => /getaddrinfo|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|certificate/i.test(l));
  const reason = network?.trim() ?? lines.find((l) => /^Error: /.test(l)) ?? `exit ${result.status}`;
  say(`Playwright's download failed (${reason.replace(/^Error: /, '')})`);
  return false;
}

function hasPdftotext() {
  return !spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error;
}

/** Install what is missing with apt when this user may, else stop with the command to run. */
function provide(tools) {
  const os = osRelease();
  const family = os.id === 'ubuntu' ? 'ubuntu' : /\bdebian\b/.test(`${os.id} ${os.idLike}`) ? 'debian' : undefined;
  const packages = tools.map((tool) => (tool === 'pdftotext' ? 'poppler-utils' : family === 'ubuntu' ? 'chromium-browser' : 'chromium'));
  const canApt = family && process.getuid?.() === 0 && !spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).error;
  if (canApt) {
    say(`installing ${packages.join(' and ')} with apt-get (root on ${os.name || family})`);
    // apt's progress is kept back and shown only when it fails.
    const quiet = { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    const update = spawnSync('apt-get', ['update', '-qq'], quiet);
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', ...packages], quiet) : update;
    if (install.status === 0 && (!tools.includes('chromium') || systemChromium())) {
      say(`installed ${packages.join(' and ')}`);
      return;
    }
    process.stderr.write(`${install.stdout ?? ''}${install.stderr ?? ''}`);
    console.error(`browser: apt-get could not install ${packages.join(' ')}; see its messages above.`);
    process.exit(1);
  }
  console.error(`browser: ${tools.join(' and ')} ${tools.length > 1 ? 'are' : 'is'} needed and not installed. Run:`);
  console.error(`  ${installCommand(family, tools, packages)}`);
  console.error('then run this command again (or set CHROMIUM_PATH to a Chromium or Chrome you have).');
  process.exit(1);
}

function installCommand(family, tools, packages) {
  if (family) return `sudo apt-get install ${packages.join(' ')}`;
  if (process.platform === 'darwin') {
    const brew = [tools.includes('pdftotext') && 'brew install poppler', tools.includes('chromium') && 'npx playwright install chromium'];
    return brew.filter(Boolean).join(' && ');
  }
  const parts = [
    tools.includes('chromium') && 'npx playwright install chromium',
    tools.includes('pdftotext') && 'install poppler (pdftotext)',
  ];
  return parts.filter(Boolean).join(', and ');
}

function osRelease() {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    const field = (name) => text.match(new RegExp(`^${name}="?([^"\\n]*)"?$`, 'm'))?.[1] ?? '';
    return { id: field('ID'), idLike: field('ID_LIKE'), name: field('PRETTY_NAME') };
  } catch {
    return { id: '', idLike: '', name: '' };
  }
}
