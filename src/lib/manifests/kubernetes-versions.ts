/**
 * The Kubernetes releases whose API schemas ship with this package (schemas/, written by
 * scripts/vendor-k8s-schemas.mjs), and how a version written by an author is read.
 */

/** Oldest first. Adding one: add it to RELEASES in scripts/vendor-k8s-schemas.mjs and here. */
export const BUNDLED_KUBERNETES_VERSIONS = ['1.34', '1.36'] as const;

export type KubernetesVersion = (typeof BUNDLED_KUBERNETES_VERSIONS)[number];

/** What a site is checked against when it names no version: the newest bundled. */
export const DEFAULT_KUBERNETES_VERSION: KubernetesVersion = BUNDLED_KUBERNETES_VERSIONS[BUNDLED_KUBERNETES_VERSIONS.length - 1]!;

/** `1.36`, `v1.36`, `1.36.2` -> `1.36`; null when it is not a version at all. */
export function minorVersion(value: string): string | null {
  const m = /^\s*v?(\d+)\.(\d+)(?:\.\d+)?\s*$/.exec(value);
  return m ? `${Number(m[1])}.${Number(m[2])}` : null;
}

/** The bundled release a written version names, or null. */
export function bundledVersion(value: string): KubernetesVersion | null {
  const minor = minorVersion(value);
  return (BUNDLED_KUBERNETES_VERSIONS as readonly string[]).includes(minor ?? '') ? (minor as KubernetesVersion) : null;
}

/** Compares two `major.minor` versions numerically (1.9 < 1.22). */
export function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

/** The sentence `--version` and the errors use: "1.34, 1.36 (default 1.36)". */
export function describeBundledVersions(): string {
  return `${BUNDLED_KUBERNETES_VERSIONS.join(', ')} (default ${DEFAULT_KUBERNETES_VERSION})`;
}
