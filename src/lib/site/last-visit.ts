/**
 * Where the reader last stopped: the page, its title and the question in view, as stored in
 * the browser by the page outline and read back by "Continue" on the home page (browser-safe).
 */
export interface LastVisit {
  /** Path of the page, with the site base. */
  path: string;
  pageTitle: string;
  anchor: string;
  questionTitle: string;
}

export const lastVisitKey = (base: string) => `cks-study:last-visit${base === '/' ? '' : `:${base}`}`;

/** A stored value read back, or null when it is missing, foreign or not for this site. */
export function parseLastVisit(text: string | null, base: string): LastVisit | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<LastVisit>;
    const fields = [value.path, value.pageTitle, value.anchor, value.questionTitle];
    if (!fields.every((f) => typeof f === 'string') || !value.path!.startsWith(base)) return null;
    return value as LastVisit;
  } catch {
    return null;
  }
}
