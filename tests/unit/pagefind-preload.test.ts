import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { languageFiles, languagePlan, pageLanguageKey, preloadFromEntry } from '../../src/lib/search/pagefind-preload';
import { readPagefindPreload } from '../../src/integrations/pagefind/read-pagefind-preload';

describe('preloadFromEntry', () => {
  test('names the metadata and the WebAssembly of a one-language index, not its filter chunks', () => {
    const entry = { languages: { en: { hash: 'en_4adb29a8c7', wasm: 'en', page_count: 168 } } };
    expect(preloadFromEntry(entry)).toEqual({
      tag: 'en_4adb29a8c7',
      files: ['pagefind.en_4adb29a8c7.pf_meta', 'wasm.en.pagefind'],
    });
  });

  test('leaves out the WebAssembly when the language has none of its own', () => {
    const entry = { languages: { xx: { hash: 'xx_1', wasm: null, page_count: 3 } } };
    expect(preloadFromEntry(entry)).toEqual({ tag: 'xx_1', files: ['pagefind.xx_1.pf_meta'] });
  });

  test('names nothing for several languages: the browser picks one by the page, so it must read the entry', () => {
    const entry = { languages: { en: { hash: 'en_1', wasm: 'en', page_count: 2 }, de: { hash: 'de_1', wasm: 'de', page_count: 1 } } };
    expect(preloadFromEntry(entry)).toBeUndefined();
  });

  test('names nothing for an entry without a usable hash', () => {
    expect(preloadFromEntry({})).toBeUndefined();
    expect(preloadFromEntry(JSON.parse('{"languages":{"en":{"hash":7,"wasm":"en"}}}'))).toBeUndefined();
  });
});

describe('languageFiles', () => {
  test('names what the browser reads for a language when the page named nothing', () => {
    expect(languageFiles({ hash: 'en_1', wasm: 'en' })).toEqual(['pagefind.en_1.pf_meta', 'wasm.en.pagefind']);
  });
});

describe('readPagefindPreload', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('reads the entry file of a written bundle', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-preload-'));
    mkdirSync(join(dir, 'filter'));
    writeFileSync(
      join(dir, 'pagefind-entry.json'),
      JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_9', wasm: 'en', page_count: 1 } } }),
    );
    writeFileSync(join(dir, 'filter', 'en_3.pf_filter'), '');
    expect(await readPagefindPreload(dir)).toEqual({
      tag: 'en_9',
      files: ['pagefind.en_9.pf_meta', 'wasm.en.pagefind'],
    });
  });

  test('gives nothing for a folder without an entry file, or with a broken one', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-preload-'));
    expect(await readPagefindPreload(dir)).toBeUndefined();
    writeFileSync(join(dir, 'pagefind-entry.json'), '{ not json');
    expect(await readPagefindPreload(dir)).toBeUndefined();
  });
});

describe('languagePlan', () => {
  const languages = {
    en: { hash: 'en_1', wasm: 'en', page_count: 4 },
    zh: { hash: 'zh_1', wasm: null, page_count: 1 },
    ja: { hash: 'ja_1', wasm: null, page_count: 1 },
  };

  test('loads the page language with its WebAssembly and merges the metadata of every other', () => {
    expect(languagePlan({ languages }, 'en')).toEqual({
      primary: languages.en,
      others: ['ja', 'zh'],
      files: ['pagefind.en_1.pf_meta', 'wasm.en.pagefind', 'pagefind.ja_1.pf_meta', 'pagefind.zh_1.pf_meta'],
    });
  });

  test('picks the language as Pagefind does: the lang lower-cased, then its first subtag, then the most pages', () => {
    expect(pageLanguageKey(languages, 'zh-CN')).toBe('zh');
    expect(pageLanguageKey(languages, 'JA')).toBe('ja');
    expect(pageLanguageKey(languages, 'de')).toBe('en');
    expect(languagePlan({ languages }, 'zh-CN')?.others).toEqual(['en', 'ja']);
  });

  test('has no plan for an entry of no language', () => {
    expect(languagePlan({}, 'en')).toBeUndefined();
  });
});
