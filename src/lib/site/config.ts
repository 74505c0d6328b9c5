/** Site-wide texts. `SITE_TITLE` lets an author of another curriculum name their site. */
export function siteTitle(env: NodeJS.ProcessEnv = process.env): string {
  return env['SITE_TITLE']?.trim() || 'CKS Study';
}

export const SITE_DESCRIPTION = 'Questions and answers for the Kubernetes certification exams, to browse, search and study.';
