import { describe, expect, it } from 'vitest';
import { mergeResults, searchPlan } from '../../src/lib/search/query';
import { excerptStart, isQuestionHit, questionExcerpt, questionHit } from '../../src/lib/search/question-hit';
import { SYNONYM_MARKER, withSynonyms } from '../../src/lib/search/synonyms';

describe('searchPlan', () => {
  it('asks for a flag with a value joined, then split, with or without its dashes', () => {
    expect(searchPlan('dry-run=client')).toEqual({ ranked: ['dry-runclient', 'dry-run client'], exact: '"dry-runclient"' });
    expect(searchPlan('--image=nginx')).toEqual({ ranked: ['--imagenginx', '--image nginx'], exact: '"--imagenginx"' });
    expect(searchPlan('kubectl run -o=yaml').ranked).toEqual(['kubectl run -oyaml', 'kubectl run -o yaml']);
  });

  it('asks once for a query without symbols inside words, with its exact search', () => {
    expect(searchPlan('  k get po ')).toEqual({ ranked: ['k get po'], exact: '"k get po"' });
    expect(searchPlan('$HOME <none>')).toEqual({ ranked: ['HOME none'], exact: '"HOME none"' });
    expect(searchPlan('只读')).toEqual({ ranked: ['只读'], exact: '"只读"' });
  });

  it('leaves a query the reader put in quotes as typed, and one of symbols only', () => {
    expect(searchPlan('"audit policy"')).toEqual({ ranked: ['"audit policy"'], exact: null });
    expect(searchPlan('==')).toEqual({ ranked: ['=='], exact: null });
  });
});

describe('mergeResults', () => {
  const r = (id: string) => ({ id });
  it('lists each result once, where it first came, the exact ones first in their order', () => {
    expect(
      mergeResults([
        [r('a'), r('b')],
        [r('b'), r('c')],
      ]).map((x) => x.id),
    ).toEqual(['a', 'b', 'c']);
    expect(mergeResults([[r('a'), r('b'), r('c')], [r('d')]], new Set(['d', 'b'])).map((x) => x.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('questionHit', () => {
  const content = withSynonyms('Why does k get po show nothing? Check the labels');
  const words = content.split(' ');
  const at = (word: string) => words.lastIndexOf(word);

  it('counts a match on a synonym and marks the name the question wrote, never the synonym', () => {
    expect(isQuestionHit(['pods'], { content, locations: [at('Pod')] })).toBe(true);
    const hit = questionHit(['pods'], { content, locations: [at('Pod')] }, 26);
    expect(hit.words).toEqual(['po']);
    expect(hit.excerpt).toBe('Why does k get <mark>po</mark> show nothing? Check the labels');
    expect(hit.excerpt).not.toContain(SYNONYM_MARKER);
  });

  it('is no hit when the matched words are unrelated to the query (a trimmed nonsense word)', () => {
    expect(isQuestionHit(['xyzzy'], { content, locations: [1] })).toBe(false);
  });

  it('keeps the excerpt in the raw text Pagefind gives, entities and segmented words included', () => {
    const raw = '把\u200B密钥\u200B挂载\u200B到\u200B容器\u200B中';
    expect(questionExcerpt({ content: '把密钥挂载到容器中', raw_content: raw, locations: [4] }, [4], 26)).toBe(
      '把密钥挂载到<mark>容器</mark>中',
    );
    expect(questionExcerpt({ content: 'a < b', locations: [1] }, [1], 26)).toBe('a <mark>&lt;</mark> b');
  });

  it('centres the excerpt on the densest matches, within the question text', () => {
    expect(excerptStart([50, 52], 10, 100)).toBeGreaterThanOrEqual(43);
    expect(excerptStart([50, 52], 10, 100)).toBeLessThanOrEqual(50);
    expect(excerptStart([95], 10, 60)).toBe(0); // a location past the end is a synonym's
    expect(excerptStart([3], 30, 20)).toBe(0);
  });
});
