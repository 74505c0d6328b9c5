// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// TypeScript and .astro files are type-checked by `astro check`; this catches the rest.
export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Plain JavaScript here runs in Node (the bin, the configs, scripts/, bench/); the
    // functions scripts pass to Playwright's page.evaluate run in the browser.
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          ...['process', 'console', 'URL', 'Buffer', 'performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
          ...['document', 'window', 'localStorage'],
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
);
