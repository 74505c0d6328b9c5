import { describe, expect, it } from 'vitest';
import { countScripts, detectLanguage, languageFromPath, languageTag, proseOf } from '../../src/lib/curriculum/language';

describe('languageTag', () => {
  it('writes a tag in its canonical case', () => {
    expect(languageTag('zh-cn')).toBe('zh-CN');
    expect(languageTag('ZH-hant-tw')).toBe('zh-Hant-TW');
    expect(languageTag(' ja ')).toBe('ja');
  });

  it('refuses what is no language tag', () => {
    for (const value of ['chinese', 'zh_CN', '', 'x-klingon', 'en--us', 42, null, ['zh']]) expect(languageTag(value)).toBeNull();
  });
});

describe('languageFromPath', () => {
  it('reads the language translations are named with', () => {
    expect(languageFromPath('README_zh-CN.md')).toBe('zh');
    expect(languageFromPath('README.zh.md')).toBe('zh');
    expect(languageFromPath('topics/pods-ja.md')).toBe('ja');
    expect(languageFromPath('zh/c.pod_design.md')).toBe('zh');
    expect(languageFromPath('ko/README.md')).toBe('ko');
  });

  it('finds none in ordinary names', () => {
    for (const path of ['f.monitoring.md', 'a.cluster_setup.md', 'ckad/c.pod_design.md', 'README.md', '01-pods/README.md']) {
      expect(languageFromPath(path)).toBeNull();
    }
  });
});

describe('proseOf', () => {
  it('leaves out fences, inline code, tags, comments, URLs and link targets', () => {
    const prose = proseOf(
      '说明 `kubectl get po`\n\n```yaml\nkind: Pod\n```\n<details><summary>显示</summary>\n<!-- note -->\n[文档](https://k8s.io/docs) https://example.org/a\n',
    );
    expect(prose).not.toMatch(/kubectl|kind|details|summary|note|https|k8s/);
    expect(prose).toMatch(/说明[\s\S]*显示[\s\S]*文档/);
  });

  it('drops an unclosed fence to the end, as CommonMark reads it', () => {
    expect(proseOf('前言\n```\ncode that never ends\n')).not.toContain('code');
  });
});

describe('countScripts', () => {
  it('counts a CJK character as three letters and ignores digits and punctuation', () => {
    expect(countScripts('Pod 容器 123 !?')).toMatchObject({ latin: 3, han: 6 });
  });
});

describe('detectLanguage', () => {
  it.each([
    ['## 컨테이너를 읽기 전용으로 실행하는 방법은?', 'ko'],
    ['## Τι είναι ένα Pod;', 'el'],
    ['## ما هو Pod؟ شرح مختصر', 'ar'],
    ['## מה זה Pod? הסבר קצר', 'he'],
    ['## Pod คืออะไร', 'th'],
    ['## पॉड क्या है', 'hi'],
    ['## 什么是 Pod？如何用 kubectl 创建 Deployment？', 'zh'],
    ['## Podとは何ですか', 'ja'],
    ['## What is a Pod?', 'en'],
    ['', 'en'],
  ])('reads %j as %s', (markdown, lang) => {
    expect(detectLanguage(markdown, 'a.md')).toBe(lang);
  });

  it('falls back to the language it is given', () => {
    expect(detectLanguage('```\n代码\n```', 'a.md', 'de')).toBe('de');
  });

  it('lets a file name settle a mixed file, but not one its script does not support', () => {
    const mixed = 'Encrypt Secrets at rest with an EncryptionConfiguration. 启用静态加密后重新写入所有密钥。';
    expect(detectLanguage(mixed, 'a.md')).toBe('en');
    expect(detectLanguage(mixed, 'README.zh.md')).toBe('zh');
    expect(detectLanguage('Encrypt Secrets at rest with an EncryptionConfiguration.', 'README.zh.md')).toBe('en');
  });
});
