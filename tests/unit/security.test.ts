import { describe, expect, it } from 'vitest';
import { headersFile, mergePolicies, parsePolicy, policyOfPage } from '../../src/lib/security/content-security-policy';
import { strictFromEnv } from '../../src/lib/build/environment';
import { buildFailure } from '../../src/lib/build/report';

describe('Content-Security-Policy', () => {
  it('reads the policy of a built page from its <meta>', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='"></head>`;
    expect(policyOfPage(html)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
    expect(policyOfPage('<head></head>')).toBeUndefined();
  });

  it("merges pages' policies into one that allows what each allows", () => {
    const merged = mergePolicies(["script-src 'self' 'sha256-a'; style-src 'self'", "script-src 'self' 'sha256-b';img-src 'self'"]);
    expect(parsePolicy(merged)).toEqual(
      new Map([
        ['script-src', ["'self'", "'sha256-a'", "'sha256-b'"]],
        ['style-src', ["'self'"]],
        ['img-src', ["'self'"]],
      ]),
    );
  });

  it('writes a _headers file with frame-ancestors, which a <meta> cannot carry, and no unsafe-inline script', () => {
    const file = headersFile(["default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-x'"]);
    expect(file.split('\n')[0]).toBe('/*');
    expect(file).toContain(
      "  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-x'; frame-ancestors 'none'\n",
    );
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
    expect(parsePolicy(file.split('Content-Security-Policy: ')[1]!.split('\n')[0]!).get('script-src')).not.toContain("'unsafe-inline'");
  });
});

describe('when the build fails', () => {
  const summary = { domains: 1, questions: 2, answered: 2, placeholders: 0, warnings: 0, errors: 0 };

  it('fails on errors, always', () => {
    expect(buildFailure({ ...summary, errors: 2 }, false)?.message).toBe('2 errors in the content; see the messages above.');
  });

  it('fails on warnings only with STRICT', () => {
    expect(buildFailure({ ...summary, warnings: 1 }, false)).toBeUndefined();
    expect(buildFailure({ ...summary, warnings: 1 }, true)?.message).toBe(
      '1 warning in the content, and STRICT is set; see the messages above.',
    );
    expect(buildFailure(summary, true)).toBeUndefined();
  });

  it('reads STRICT=1, true or yes', () => {
    expect(['1', 'true', 'YES', ' on '].map((v) => strictFromEnv({ STRICT: v }))).toEqual([true, true, true, true]);
    expect(['', '0', 'false', undefined].map((v) => strictFromEnv({ STRICT: v }))).toEqual([false, false, false, false]);
  });
});
