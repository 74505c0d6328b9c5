import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_KUBERNETES_VERSIONS, DEFAULT_KUBERNETES_VERSION } from '../../src/lib/manifests/kubernetes-versions';
import {
  DEFAULT_DESCRIPTION,
  DEFAULT_TITLE,
  parseConfigFile,
  readSiteConfig,
  readmeSettings,
  resolveSiteConfig,
} from '../../src/lib/build/site-config';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cks-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('cks-study.json', () => {
  it('reads title, description and certification', () => {
    const { input, diagnostics } = parseConfigFile('{"title": "CKAD Study", "description": "Practice.", "certification": "CKAD"}');
    expect(input).toEqual({ title: 'CKAD Study', description: 'Practice.', certification: 'CKAD' });
    expect(diagnostics).toEqual([]);
  });

  it('reads the pass mark as a number or a percentage, and names a value out of range', () => {
    expect(resolveSiteConfig({ file: parseConfigFile('{"passMark": 66}').input }).passMark).toBe(66);
    expect(resolveSiteConfig({ file: parseConfigFile('{"passMark": "75%"}').input }).passMark).toBe(75);
    const { input, diagnostics } = parseConfigFile('{\n  "passMark": 670\n}');
    expect(resolveSiteConfig({ file: input }).passMark).toBe(67);
    expect(diagnostics).toMatchObject([{ line: 2, column: 3, severity: 'warning', ruleId: 'invalid-config' }]);
    expect(diagnostics[0]!.message).toMatch(/"passMark" should be a percentage between 1 and 100 .* found 670; 67 is used/);
  });

  it('reports JSON it cannot parse as an error with its line and column', () => {
    const { input, diagnostics } = parseConfigFile('{\n  "title": "x",\n  certification: 1\n}');
    expect(input).toEqual({});
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'cks-study.json', line: 3, column: 3, severity: 'error', ruleId: 'invalid-config' });
    expect(diagnostics[0]!.message).toMatch(/not valid JSON/);
  });

  it('warns about unknown keys and values that are not strings, and keeps the rest', () => {
    const { input, diagnostics } = parseConfigFile('{\n  "title": "Mine",\n  "titel": "typo",\n  "certification": 3\n}');
    expect(input).toEqual({ title: 'Mine' });
    expect(diagnostics.map((d) => [d.line, d.severity, d.message])).toEqual([
      [3, 'warning', expect.stringContaining('unknown key "titel"; expected one of title, description, certification')],
      [4, 'warning', expect.stringContaining('"certification" should be a non-empty string, found 3')],
    ]);
  });

  it('rejects a file that is not an object', () => {
    expect(parseConfigFile('["CKAD"]').diagnostics[0]).toMatchObject({ severity: 'error', ruleId: 'invalid-config' });
  });
});

describe('README frontmatter', () => {
  it('reads the settings and the first heading as plain text', () => {
    const result = readmeSettings(
      '---\ndescription: Drills for CKA.\ncertification: Certified Kubernetes Administrator (CKA)\nslug: ignored\n---\n# The *CKA* exercises\n\ntext\n',
    );
    expect(result.input).toEqual({ description: 'Drills for CKA.', certification: 'Certified Kubernetes Administrator (CKA)' });
    expect(result.heading).toBe('The CKA exercises');
    expect(result.diagnostics).toEqual([]);
  });

  it('does not take a long first heading as the site name', () => {
    expect(readmeSettings(`# ${'A sentence that goes on and on '.repeat(3)}\n`).heading).toBeNull();
  });

  it('has no settings when there is no frontmatter', () => {
    expect(readmeSettings('# CKAD\n').input).toEqual({});
  });
});

describe('resolving the settings', () => {
  it('uses the defaults when nothing is set', () => {
    expect(resolveSiteConfig({})).toEqual({
      title: DEFAULT_TITLE,
      description: DEFAULT_DESCRIPTION,
      certification: null,
      kubernetesVersion: DEFAULT_KUBERNETES_VERSION,
      passMark: 67,
    });
  });

  it('checks manifests against the newest bundled release unless the flag, the file or the README names one', () => {
    expect(DEFAULT_KUBERNETES_VERSION).toBe(BUNDLED_KUBERNETES_VERSIONS.at(-1));
    const file = { kubernetesVersion: '1.34' };
    expect(resolveSiteConfig({ envKubernetesVersion: '1.36', file }).kubernetesVersion).toBe('1.36');
    expect(resolveSiteConfig({ file, readme: { kubernetesVersion: '1.36' } }).kubernetesVersion).toBe('1.34');
    expect(resolveSiteConfig({ readme: { kubernetesVersion: 'v1.34.2' } }).kubernetesVersion).toBe('1.34');
  });

  it('lets SITE_TITLE win over the file, the file over the README, the README over its heading', () => {
    const file = { title: 'From file' };
    const readme = { title: 'From frontmatter', certification: 'CKA' };
    expect(resolveSiteConfig({ envTitle: 'From flag', file, readme, heading: 'Heading' }).title).toBe('From flag');
    expect(resolveSiteConfig({ envTitle: ' ', file, readme, heading: 'Heading' }).title).toBe('From file');
    expect(resolveSiteConfig({ readme, heading: 'Heading' }).title).toBe('From frontmatter');
    expect(resolveSiteConfig({ heading: 'Heading' }).title).toBe('Heading');
  });

  it('describes the site by its certification when there is no description', () => {
    expect(resolveSiteConfig({ file: { certification: 'Certified Kubernetes Application Developer (CKAD)' } }).description).toBe(
      'Questions and answers for the Certified Kubernetes Application Developer (CKAD) exam, to browse, search and study.',
    );
  });
});

describe('reading a content folder', () => {
  it('merges cks-study.json over the README and reports problems of both', () => {
    const dir = folder({
      'cks-study.json': '{"title": "CKAD Exercises", "colour": "red"}',
      'README.md': '---\ncertification: CKAD\ndescription: 7\n---\n# Something else\n',
    });
    const { config, diagnostics } = readSiteConfig(dir, {});
    expect(config).toEqual({
      title: 'CKAD Exercises',
      description: 'Questions and answers for the CKAD exam, to browse, search and study.',
      certification: 'CKAD',
      passMark: 67,
      kubernetesVersion: DEFAULT_KUBERNETES_VERSION,
    });
    expect(diagnostics.map((d) => `${d.file}:${d.line}: ${d.ruleId}`)).toEqual([
      'cks-study.json:1: invalid-config',
      'README.md:1: invalid-config',
    ]);
  });

  it('reads kubernetesVersion from cks-study.json, and names the bundled releases when it is not one', () => {
    expect(readSiteConfig(folder({ 'cks-study.json': '{"kubernetesVersion": "1.34"}' }), {}).config.kubernetesVersion).toBe('1.34');
    const { config, diagnostics } = readSiteConfig(folder({ 'cks-study.json': '{\n  "kubernetesVersion": "1.20"\n}' }), {});
    expect(config.kubernetesVersion).toBe(DEFAULT_KUBERNETES_VERSION);
    expect(diagnostics).toMatchObject([{ file: 'cks-study.json', line: 2, column: 3, ruleId: 'invalid-config' }]);
    expect(diagnostics[0]?.message).toContain(`bundled: ${BUNDLED_KUBERNETES_VERSIONS.join(', ')}`);
  });

  it('says to quote a version that YAML read as a number', () => {
    const { diagnostics } = readSiteConfig(folder({ 'README.md': '---\nkubernetesVersion: 1.30\n---\n# Site\n' }), {});
    expect(diagnostics[0]?.message).toContain('found 1.3 (quote it: unquoted, 1.30 reads as the number 1.3)');
  });

  it('reads an unquoted kubernetesVersion in README frontmatter', () => {
    expect(readSiteConfig(folder({ 'README.md': '---\nkubernetesVersion: 1.34\n---\n# Site\n' }), {}).config.kubernetesVersion).toBe(
      '1.34',
    );
  });

  it('takes SITE_TITLE from the environment', () => {
    expect(readSiteConfig(folder({}), { SITE_TITLE: 'Mine' }).config.title).toBe('Mine');
  });

  it('works on a folder with neither file', () => {
    expect(readSiteConfig(folder({}), {})).toEqual({ config: resolveSiteConfig({}), diagnostics: [] });
  });
});
