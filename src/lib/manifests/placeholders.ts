/**
 * Exam-style text in manifests: values the reader fills in (`<pod-name>`, `$(cat token)`,
 * `${IMAGE}`, `{{ .Values.image }}`) and elisions (`...`). They stand for a valid value, so a
 * check must not call them wrong types or unknown fields.
 */

const PLACEHOLDER = /<[^<>\n]*[A-Za-z][^<>\n]*>|\$\([^)\n]*\)|\$\{[^}\n]+\}|\$[A-Z_][A-Z0-9_]*|\{\{[^}\n]*\}\}|\.\.\.|…/;

/** A value, or a field name, that a reader replaces before applying the manifest. */
export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && PLACEHOLDER.test(value);
}

/**
 * A manifest shortened on purpose: a line that is only `...`, or a comment that starts with
 * one (`# ... the rest as before`). Its required fields may be the part left out, so they are
 * not asked for.
 */
export function isElided(yaml: string): boolean {
  return /^\s*(?:-\s*)?(?:\.\.\.|…)\s*$|^\s*#\s*(?:\.\.\.|…)/m.test(yaml);
}

/** `yaml broken` on the fence, or a `# cks-study: broken-on-purpose` comment: a "fix this manifest" exercise. */
export const BROKEN_MARK = /#\s*cks-study:\s*broken-on-purpose\b/;
