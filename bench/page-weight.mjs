/**
 * What the browser loads before any interaction, per page type: HTML, CSS and JS bytes,
 * raw and gzipped (level 6, what static hosts commonly use). Styles and scripts inlined in
 * the HTML are counted both inside the HTML and, separately, as inline CSS/JS; JSON data
 * blocks count as HTML only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../scripts/lib/browser.mjs';
import { serveStatic } from '../scripts/lib/static-server.mjs';

const gz = (buffer) => gzipSync(buffer, { level: 6 }).length;

/** The pages to weigh: home, the largest domain page, and every other page type present. */
export function pageTypes(dist) {
  const pages = [{ type: 'home', path: '/' }];
  const questions = JSON.parse(readFileSync(join(dist, 'questions.json'), 'utf8'));
  const counts = new Map();
  for (const q of questions) counts.set(q.domain, (counts.get(q.domain) ?? 0) + 1);
  const [domain, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (domain) pages.push({ type: `domain (${count} questions)`, path: `/${domain}/` });
  for (const type of ['search', 'print', 'study']) {
    if (existsSync(join(dist, type, 'index.html'))) pages.push({ type, path: `/${type}/` });
  }
  return pages;
}

function inlineBytes(html, tag) {
  // Data blocks (`<script type="application/json">`) are HTML payload, not JavaScript: counted in the HTML only.
  const pattern =
    tag === 'script'
      ? /<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g
      : /<style[^>]*>([\s\S]*?)<\/style>/g;
  const text = [...html.matchAll(pattern)].map((m) => m[1]).join('');
  return { raw: Buffer.byteLength(text), gzip: text ? gz(Buffer.from(text)) : 0 };
}

async function weigh(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(url, { waitUntil: 'networkidle' });
  const totals = { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
  const files = [];
  let html = '';
  for (const response of responses) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const kind = { document: 'html', stylesheet: 'css', script: 'js' }[response.request().resourceType()] ?? 'other';
    if (kind === 'html') html += body.toString('utf8');
    totals[kind].raw += body.length;
    totals[kind].gzip += gz(body);
    files.push({ url: response.url().replace(/^https?:\/\/[^/]+/, ''), kind, raw: body.length, gzip: gz(body) });
  }
  await context.close();
  return { ...totals, inlineCss: inlineBytes(html, 'style'), inlineJs: inlineBytes(html, 'script'), files };
}

export async function measurePageWeight(dist, port) {
  const server = await serveStatic(dist, '/', port);
  const browser = await launchBrowser();
  try {
    const results = [];
    for (const { type, path } of pageTypes(dist)) results.push({ type, path, ...(await weigh(browser, new URL(path, server.url).href)) });
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}
