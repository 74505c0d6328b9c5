/**
 * Follow every same-origin link and asset reference of a built site, from its home page,
 * as a plain HTTP client: what a visitor's browser would request, without running scripts.
 */

export interface CrawlResult {
  /** Every same-origin URL requested (without its fragment), with its HTTP status. */
  visited: Map<string, number>;
  /** Same-origin references that did not answer 200, with the page that made them. */
  broken: { url: string; status: number; from: string }[];
  /** Same-origin references outside the base path: they would miss on a sub-path host. */
  outsideBase: { url: string; from: string }[];
}

const REFERENCE = /\s(?:href|src)="([^"]*)"/g;

function decode(value: string): string {
  return value.replace(/&#x26;|&amp;/g, '&');
}

export async function crawl(start: string, base: string): Promise<CrawlResult> {
  const origin = new URL(start).origin;
  const visited = new Map<string, number>();
  const broken: CrawlResult['broken'] = [];
  const outsideBase: CrawlResult['outsideBase'] = [];
  const queue: { url: string; from: string }[] = [{ url: start, from: '(start)' }];
  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    if (visited.has(url)) continue;
    const response = await fetch(url);
    visited.set(url, response.status);
    if (response.status !== 200) {
      broken.push({ url, status: response.status, from });
      continue;
    }
    if (!(response.headers.get('content-type') ?? '').includes('text/html')) continue;
    const html = await response.text();
    for (const match of html.matchAll(REFERENCE)) {
      const target = new URL(decode(match[1]!), url);
      if (target.origin !== origin) continue;
      target.hash = '';
      if (!target.pathname.startsWith(base)) outsideBase.push({ url: target.href, from: url });
      else if (!visited.has(target.href)) queue.push({ url: target.href, from: url });
    }
  }
  return { visited, broken, outsideBase };
}
