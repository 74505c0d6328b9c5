import { describe, expect, it } from 'vitest';
import { normalizeBase, normalizeSite, parseCommandLine, UsageError } from '../../src/cli/args';
import { BUNDLED_KUBERNETES_VERSIONS, DEFAULT_KUBERNETES_VERSION } from '../../src/lib/manifests/kubernetes-versions';

function usageError(argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

describe('cks-study build', () => {
  it('takes the folder and every option', () => {
    expect(
      parseCommandLine([
        'build',
        'exercises',
        '--out',
        'site',
        '--base',
        '/ckad/',
        '--site',
        'https://me.github.io',
        '--title',
        ' CKAD Exercises ',
        '--kubernetes-version',
        'v1.34',
        '--strict',
        '--verbose',
      ]),
    ).toEqual({
      command: 'build',
      folder: 'exercises',
      out: 'site',
      base: '/ckad/',
      site: 'https://me.github.io/',
      title: 'CKAD Exercises',
      kubernetesVersion: '1.34',
      strict: true,
      verbose: true,
    });
  });

  it('leaves unset options undefined so the defaults and the environment apply', () => {
    expect(parseCommandLine(['build', '.'])).toEqual({
      command: 'build',
      folder: '.',
      out: undefined,
      base: undefined,
      site: undefined,
      title: undefined,
      kubernetesVersion: undefined,
      strict: false,
      verbose: false,
    });
  });

  it('accepts --option=value and options before the folder', () => {
    expect(parseCommandLine(['build', '--base=ckad', '--out=o', 'x'])).toMatchObject({ folder: 'x', base: '/ckad/', out: 'o' });
  });

  it('names an unknown option', () => {
    expect(usageError(['build', 'x', '--outdir', 'y'])).toBe('unknown option --outdir');
  });

  it('asks for the folder when it is missing', () => {
    expect(usageError(['build', '--strict'])).toMatch(/^build: which folder\?/);
  });

  it('takes one folder only', () => {
    expect(usageError(['build', 'a', 'b'])).toBe('build: one folder at a time; unexpected argument "b"');
  });

  it('says which option lacks its value', () => {
    expect(usageError(['build', 'x', '--out'])).toBe('option --out needs a value');
    expect(usageError(['build', 'x', '--title', ''])).toBe('option --title needs a value');
  });

  it('says when a switch is given a value', () => {
    expect(usageError(['build', 'x', '--strict=yes'])).toBe('option --strict does not take a value');
  });

  it('rejects a base that is a URL and a site that is not one', () => {
    expect(usageError(['build', 'x', '--base', 'https://me.github.io/ckad/'])).toMatch(/--base should be a path such as \/my-repo\//);
    expect(usageError(['build', 'x', '--site', 'me.github.io'])).toMatch(/--site should be an absolute URL/);
    expect(usageError(['build', 'x', '--site', 'ftp://me.github.io'])).toMatch(/--site should start with https:\/\//);
  });
});

describe('cks-study check', () => {
  it('takes the folder and --strict', () => {
    expect(parseCommandLine(['check', 'ex', '--strict'])).toEqual({
      command: 'check',
      folder: 'ex',
      kubernetesVersion: undefined,
      strict: true,
    });
    expect(parseCommandLine(['check', 'ex', '--kubernetes-version=1.36'])).toMatchObject({ kubernetesVersion: '1.36' });
  });

  it('takes only a Kubernetes release whose schemas are bundled, and names those', () => {
    expect(usageError(['check', 'ex', '--kubernetes-version', '1.20'])).toBe(
      `--kubernetes-version should be a bundled Kubernetes release, found "1.20"; bundled: ${BUNDLED_KUBERNETES_VERSIONS.join(', ')} (default ${DEFAULT_KUBERNETES_VERSION})`,
    );
    expect(usageError(['build', 'ex', '--kubernetes-version'])).toBe('option --kubernetes-version needs a value');
  });

  it('has no build options', () => {
    expect(usageError(['check', 'ex', '--out', 'x'])).toBe('unknown option --out');
  });
});

describe('commands', () => {
  it('shows help with no arguments, help, --help or -h, also after a command', () => {
    for (const argv of [[], ['help'], ['--help'], ['-h'], ['build', '--help'], ['check', '-h']]) {
      expect(parseCommandLine(argv)).toEqual({ command: 'help' });
    }
  });

  it('gives the version', () => {
    expect(parseCommandLine(['--version'])).toEqual({ command: 'version' });
  });

  it('names an unknown command and a missing one', () => {
    expect(usageError(['serve', 'x'])).toBe('unknown command "serve"; expected build or check');
    expect(usageError(['--out', 'x'])).toBe('a command comes first (build or check), found --out');
  });
});

describe('normalizeBase and normalizeSite', () => {
  it('adds the slashes a base path needs, once', () => {
    expect(normalizeBase('cks')).toBe('/cks/');
    expect(normalizeBase('/cks')).toBe('/cks/');
    expect(normalizeBase('//a//b/')).toBe('/a/b/');
    expect(normalizeBase('/')).toBe('/');
  });

  it('keeps a site URL as a URL', () => {
    expect(normalizeSite('https://example.org/docs')).toBe('https://example.org/docs');
  });
});
