/** The curriculum parser's public API: pure TypeScript, no `astro:*`, safe to unit-test. */
export { formatDiagnostic } from './diagnostics';
export { parseDomain } from './parse-domain';
export { domainSlugFromPath, isReadme, titleFromPath } from './paths';
export type * from './types';
