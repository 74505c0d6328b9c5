import type { AstroIntegration } from 'astro';
import { buildTime, contentDirFromEnv, strictFromEnv } from '../lib/build/environment.ts';
import { searchIndexDir } from './pagefind/index-dir.ts';

/** What a build needs from its environment, read once in astro.config.mjs. */
export interface BuildSettings {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Warnings fail the build too (`STRICT=1`). */
  strict: boolean;
  /** The `cks-study` command has printed the diagnostics already: the loader stays quiet. */
  reported: boolean;
  /** `SITE_TITLE` (or `cks-study build --title`): overrides the content folder's title. */
  siteTitle: string | undefined;
  /** `KUBERNETES_VERSION` (or `cks-study build --kubernetes-version`): the release manifests are checked against. */
  kubernetesVersion: string | undefined;
  /** When the site was built (ISO 8601): `SOURCE_DATE_EPOCH`, else now. */
  builtAt: string;
  /**
   * In `astro build`, the folder the content loader writes the search index to (the Pagefind
   * integration moves it into the site); none in `astro dev`, which has no index.
   */
  searchIndexDir?: string;
}

export function settingsFromEnv(env: NodeJS.ProcessEnv, cwd: string): BuildSettings {
  return {
    contentDir: contentDirFromEnv(env, cwd),
    strict: strictFromEnv(env),
    reported: env['CKS_STUDY_REPORTED'] === '1',
    siteTitle: env['SITE_TITLE'],
    kubernetesVersion: env['KUBERNETES_VERSION'],
    builtAt: buildTime(env).toISOString(),
  };
}

const MODULE = 'virtual:cks-study/settings';

/**
 * Hands the settings to the code Vite loads (content.config.ts, the pages) as the module
 * `virtual:cks-study/settings`, as Starlight hands on its user config: astro.config.mjs runs
 * in Node, the rest in Vite's module runner, so a module-level variable would not carry over.
 */
export function buildSettings(settings: BuildSettings): AstroIntegration {
  const resolved = `\0${MODULE}`;
  let command = '';
  // Complete once the config is: the module is loaded later, by the content sync.
  let complete = settings;
  return {
    name: 'cks-study:settings',
    hooks: {
      'astro:config:setup': ({ updateConfig, command: running }) => {
        command = running;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'cks-study:settings',
                resolveId: (id: string) => (id === MODULE ? resolved : undefined),
                load: (id: string) => (id === resolved ? `export default ${JSON.stringify(complete)};` : undefined),
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        if (command === 'build') complete = { ...settings, searchIndexDir: searchIndexDir(config.cacheDir) };
      },
    },
  };
}
