/**
 * Domain URLs. Each domain file gets the slug of its path (paths.ts) or of its frontmatter
 * `slug:`, unless the site itself or an earlier file already has that URL: then it gets the
 * first free `-1`, `-2` variant and a warning says where it went, so no domain is hidden
 * behind the study page or another file and no page is silently overwritten.
 */
import { domainSlugFromPath } from '../curriculum/paths';
import type { Diagnostic } from '../curriculum/types';

/** First URL segments the site's own pages and build output use (src/pages, pagefind, assets). */
export const SITE_ROUTES: ReadonlySet<string> = new Set([
  '404',
  '_astro',
  '_content',
  'anki.tsv',
  'exam',
  'pagefind',
  'pdf.json',
  'print',
  'questions.json',
  'robots.txt',
  'search',
  'study',
]);

export interface SlugSource {
  path: string;
  /** The frontmatter's `slug:`, if any. */
  override?: unknown;
}

export function assignSlugs(files: readonly SlugSource[]): { slugs: Map<string, string>; diagnostics: Diagnostic[] } {
  const slugs = new Map<string, string>();
  const owners = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const wantedOf = files.map(({ path, override }) =>
    typeof override === 'string' && override.trim() !== '' ? override.trim() : domainSlugFromPath(path).slug,
  );
  // `ckad/pod-design` makes /ckad/ a folder page: a domain cannot have that URL too.
  const folders = new Set(
    wantedOf.flatMap((slug) =>
      slug
        .split('/')
        .slice(0, -1)
        .map((_, i, segs) => segs.slice(0, i + 1).join('/')),
    ),
  );
  for (const [index, { path }] of files.entries()) {
    const wanted = wantedOf[index] ?? '';
    const first = wanted.split('/')[0] ?? wanted;
    const clash = SITE_ROUTES.has(first)
      ? `the site's own /${first}/`
      : folders.has(wanted)
        ? `the page of the folder ${wanted}/`
        : owners.get(wanted);
    let slug = wanted;
    if (clash !== undefined) {
      const taken = (candidate: string) =>
        SITE_ROUTES.has(candidate.split('/')[0] ?? candidate) || folders.has(candidate) || owners.has(candidate);
      // Number the first segment when the clash is with a route, the whole slug otherwise.
      const rest = wanted.slice(first.length);
      const numbered = (n: number) => (SITE_ROUTES.has(first) ? `${first}-${n}${rest}` : `${wanted}-${n}`);
      let n = 1;
      while (taken(numbered(n))) n++;
      slug = numbered(n);
      diagnostics.push({
        file: path,
        line: 1,
        column: 1,
        severity: 'warning',
        ruleId: 'slug-conflict',
        message: `the URL /${wanted}/ is taken by ${clash}, so this domain is published at /${slug}/; set \`slug:\` in its frontmatter to choose another`,
      });
    }
    owners.set(slug, path);
    slugs.set(path, slug);
  }
  return { slugs, diagnostics };
}
