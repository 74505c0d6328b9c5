import { describe, expect, it } from 'vitest';
import { domainBytes, planDomainPages, questionBytes } from '../../src/lib/site/domain-pages';
import type { RenderedDomain, RenderedQuestion, RenderedTopic } from '../../src/lib/site/types';

function question(anchor: string, answerBytes: number): RenderedQuestion {
  return {
    anchor,
    title: anchor,
    titleHtml: anchor,
    line: 1,
    answered: true,
    parts: [{ promptHtml: '', label: 'Show answer', html: 'x'.repeat(answerBytes), empty: false, markdown: '', prompt: '' }],
    afterwordHtml: '',
    choices: null,
  };
}

function topic(anchor: string | null, questions: RenderedQuestion[]): RenderedTopic {
  return { anchor, title: anchor, titleHtml: anchor, introHtml: '', referencesHtml: '', questions };
}

function domain(topics: RenderedTopic[], slug = 'hardening'): RenderedDomain {
  const count = topics.reduce((sum, t) => sum + t.questions.length, 0);
  return {
    slug,
    sourcePath: `${slug}.md`,
    files: [],
    title: 'Hardening',
    weight: null,
    order: null,
    lang: 'en',
    introHtml: '',
    competenciesHtml: [],
    referencesHtml: '',
    topics,
    questionCount: count,
    answeredCount: count,
    placeholders: 0,
    manifests: { checked: 0, kubernetesVersion: '1.36' },
  };
}

const many = (prefix: string, count: number, bytes: number) =>
  Array.from({ length: count }, (_, i) => question(`${prefix}-${i + 1}`, bytes));

describe('splitting large domains into topic pages', () => {
  it('keeps a domain that fits the budget on one page', () => {
    const plan = planDomainPages(domain([topic('rbac', many('q', 10, 1000))]), { budget: 100_000 });
    expect(plan.split).toBe(false);
    expect(plan.pages).toEqual([]);
  });

  it('estimates a page from its rendered fragments', () => {
    const q = question('a', 5000);
    expect(questionBytes(q)).toBeGreaterThan(5000);
    expect(domainBytes(domain([topic('t', [q, q])]))).toBeGreaterThan(2 * questionBytes(q));
  });

  it('gives each topic its own page when the domain is over budget', () => {
    const plan = planDomainPages(domain([topic('rbac', many('r', 30, 1000)), topic('audit', many('a', 30, 1000))]), {
      budget: 50_000,
    });
    expect(plan.split).toBe(true);
    expect(plan.pages.map((p) => p.path)).toEqual(['rbac', 'audit']);
    expect(plan.pageOf.get('r-7')).toBe('rbac');
    expect(plan.pageOf.get('a-30')).toBe('audit');
  });

  it('paginates a topic that alone is over budget, keeping every question once and in order', () => {
    const questions = many('q', 100, 2000);
    const plan = planDomainPages(domain([topic('huge', questions)]), { budget: 50_000 });
    expect(plan.pages[0]!.path).toBe('huge');
    expect(plan.pages[1]!.path).toBe('huge/2');
    expect(plan.pages.every((p) => p.parts === plan.pages.length)).toBe(true);
    expect(plan.pages.flatMap((p) => p.questions)).toEqual(questions);
    for (const page of plan.pages) {
      expect(page.questions.reduce((sum, q) => sum + questionBytes(q), 0)).toBeLessThanOrEqual(50_000);
    }
  });

  it('puts questions outside any titled topic on a "questions" page', () => {
    const plan = planDomainPages(domain([topic(null, many('q', 40, 2000))]), { budget: 50_000 });
    expect(plan.pages[0]!.path).toBe('questions');
  });

  it('does not take a path that another page of the site already uses', () => {
    const plan = planDomainPages(domain([topic('pod-design', many('q', 40, 2000))], 'ckad'), {
      budget: 50_000,
      reserved: new Set(['ckad/pod-design']),
    });
    expect(plan.pages[0]!.path).toBe('pod-design-1');
  });
});
