/**
 * The Content-Security-Policy of the built site, as pure data so it can be tested.
 *
 * Astro (`security.csp`) writes the policy into a `<meta http-equiv>` on every page, adding
 * the sha256 of each inline and bundled script and style it emits. The same policy, with the
 * directives a `<meta>` cannot carry, goes to `dist/_headers` for hosts that read one
 * (Netlify, Cloudflare Pages).
 */

/** Directives besides script-src/style-src, which Astro fills in with its hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // Authors' markdown may show images from other sites (badges, diagrams); only over https.
  "img-src 'self' https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // No worker-src: Pagefind runs on the main thread here (`noWorker` in search-pagefind.ts),
  // so nothing needs blob: workers; any worker falls under default-src 'self'.
] as const;

/** script-src sources; Astro adds the hashes. */
export const SCRIPT_SOURCES = [
  "'self'",
  // Pagefind compiles its WebAssembly search engine in the browser; this allows WebAssembly
  // compilation only, not JavaScript eval (pagefind.app/docs/hosting/#content-security-policy-csp).
  "'wasm-unsafe-eval'",
] as const;

/**
 * style-src sources. Shiki colours each code token with a `style="--shiki-light:…"`
 * attribute (Astro's CSP docs name Shiki as not hashable), so inline style *attributes* are
 * allowed, while `<style>` elements still need a hash. Content cannot add style attributes:
 * the sanitizer drops them.
 */
export const STYLE_SOURCES = [
  { resource: "'self'", kind: 'element' },
  { resource: "'unsafe-inline'", kind: 'attribute' },
] as const;

/** Only a response header can say these: browsers ignore them in a `<meta>`. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** Headers worth sending with every page of a static site. */
export const EXTRA_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};

/** `name value…; name value…` -> name -> sources, in first-seen order. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name === undefined || name === '') continue;
    const key = name.toLowerCase();
    const seen = directives.get(key) ?? [];
    for (const source of sources) if (!seen.includes(source)) seen.push(source);
    directives.set(key, seen);
  }
  return directives;
}

export function formatPolicy(directives: Map<string, string[]>): string {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows what every page's `<meta>` allows: the union of their sources.
 * A browser enforces both the header and the meta, so each page stays as strict as its meta.
 */
export function mergePolicies(policies: string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const seen = merged.get(name) ?? [];
      for (const source of sources) if (!seen.includes(source)) seen.push(source);
      merged.set(name, seen);
    }
  }
  return formatPolicy(merged);
}

/** The CSP `<meta>` of a built page, or undefined when it has none. */
export function policyOfPage(html: string): string | undefined {
  const meta = /<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
  if (meta === undefined) return undefined;
  const content = /\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(meta);
  return (content?.[1] ?? content?.[2])
    ?.replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** `_headers` in the Netlify / Cloudflare Pages format, for every path of the site. */
export function headersFile(pagePolicies: string[]): string {
  const policy = mergePolicies([...pagePolicies, HEADER_ONLY_DIRECTIVES.join('; ')]);
  const lines = ['/*', `  Content-Security-Policy: ${policy}`];
  for (const [name, value] of Object.entries(EXTRA_HEADERS)) lines.push(`  ${name}: ${value}`);
  return `${lines.join('\n')}\n`;
}
