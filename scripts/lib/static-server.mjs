// A plain static file server for a built dist/, mounted under the site's base path as a
// real host would (GitHub Pages under /<repo>/), so the PDF, the benchmarks and the tests
// exercise exactly what gets deployed and nothing Astro-specific. The one implementation:
// tests/e2e/support/static-server.ts re-exports it with types.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

const isFile = (path) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/**
 * @param {string} root the built site folder
 * @param {string} [base] the base path the site was built for, e.g. `/` or `/cks/`
 * @param {number} [port] a fixed port; any free one by default
 * @param {{ gzip?: boolean }} [options] gzip text responses for clients that accept it, as
 *   every static host does (Lighthouse scores an uncompressed page down; the tests need not)
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root, base = '/', port = 0, options = {}) {
  const top = resolve(root);
  const server = createServer(async (request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end('bad request');
      return;
    }
    if (!path.startsWith(base)) {
      response.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(top, path.slice(base.length)));
    if (!file.startsWith(top)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const { size } = await stat(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (
        options.gzip &&
        /^(text|application\/(json|xml|wasm))|svg/.test(type) &&
        /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
      ) {
        response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
        if (request.method === 'HEAD') response.end();
        else createReadStream(file).pipe(createGzip()).pipe(response);
        return;
      }
      response.writeHead(200, { 'Content-Type': type, 'Content-Length': size });
    } catch {
      // As GitHub Pages, Netlify and Cloudflare Pages do: the site's own 404.html, status 404.
      const notFound = join(top, '404.html');
      if (await isFile(notFound)) {
        response.writeHead(404, { 'Content-Type': TYPES['.html'] });
        createReadStream(notFound).pipe(response);
      } else response.writeHead(404).end('not found');
      return;
    }
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise((done, fail) => server.once('error', fail).listen(port, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const actual = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${actual}${base}`,
    // A browser still holding keep-alive or unfinished connections must not keep close() waiting.
    close: () =>
      new Promise((done) => {
        server.close(() => done(undefined));
        server.closeAllConnections();
      }),
  };
}
