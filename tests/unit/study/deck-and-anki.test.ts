import { describe, expect, it } from 'vitest';
import type { RenderedDomain, RenderedPart, RenderedQuestion } from '../../../src/lib/site/types';
import { ankiField, ankiGuid, ankiTag, ankiTsv } from '../../../src/lib/study/anki';
import { inlineCodeColours } from '../../../src/lib/study/anki-code';
import { buildDeck, cardAnchors, cardTopics } from '../../../src/lib/study/deck';

const part = (html: string, promptHtml = ''): RenderedPart => ({
  promptHtml,
  label: 'Show answer',
  html,
  empty: html === '',
  markdown: '',
  prompt: '',
});

const question = (anchor: string, parts: RenderedPart[], afterwordHtml = ''): RenderedQuestion => ({
  anchor,
  title: anchor.replace(/-/g, ' '),
  titleHtml: anchor.replace(/-/g, ' '),
  line: 1,
  answered: parts.some((p) => !p.empty),
  parts,
  afterwordHtml,
  choices: null,
});

const domain: RenderedDomain = {
  slug: 'ckad/pod-design',
  sourcePath: 'ckad/c.pod_design.md',
  files: [],
  title: 'Pod Design',
  weight: 20,
  order: 3,
  lang: 'en',
  introHtml: '',
  competenciesHtml: [],
  referencesHtml: '',
  questionCount: 3,
  answeredCount: 2,
  placeholders: 0,
  manifests: { checked: 0, kubernetesVersion: '1.36' },
  topics: [
    {
      anchor: null,
      title: null,
      titleHtml: null,
      introHtml: '',
      referencesHtml: '',
      questions: [
        question('what-is-a-pod', [
          part('<p>See <a href="#labels">labels</a> and <a href="/cks/ckad/">CKAD</a>.</p>', '<p>In one line.</p>'),
        ]),
        question('no-answer-here', [part('')]),
        {
          ...question('which-objects-are-namespaced', [part('<p>B and D.</p>', '<p>Which? (Choose TWO)</p><ul><li>A. Node</li></ul>')]),
          choices: {
            options: [
              { key: 'A', markdown: 'Node', html: 'Node' },
              { key: 'B', markdown: 'ConfigMap', html: '<a href="#configmaps">ConfigMap</a>' },
            ],
            correct: ['B'],
            pick: 1,
            promptHtml: '<p>Which? (Choose TWO)</p>',
          },
        },
        question(
          'two-parts',
          [
            part('<pre class="shiki"><code>kubectl\tget pods\nkubectl describe "pod"</code></pre>', '<p>Part one</p>'),
            part('<p>second</p>', '<p>Part two</p>'),
          ],
          '<p>Afterword</p>',
        ),
      ],
    },
  ],
};

/** Reads a line-oriented TSV as Anki does: quoted fields may hold tabs, line breaks and "" quotes. */
function readAnki(text: string): { headers: string[]; rows: string[][] } {
  const headers: string[] = [];
  const rows: string[][] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '#') {
      const end = text.indexOf('\n', i);
      headers.push(text.slice(i, end));
      i = end + 1;
      continue;
    }
    const row: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (text[i] === '"' && text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else if (text[i] === '"') break;
          else field += text[i++];
        }
        i++;
      } else {
        while (text[i] !== '\t' && text[i] !== '\n') field += text[i++];
      }
      row.push(field);
      if (text[i++] === '\n') break;
    }
    rows.push(row);
  }
  return { headers, rows };
}

describe('study deck', () => {
  const deck = buildDeck([domain], (slug) => `/cks/${slug}/`);

  it('makes a card of every answered question and none of "No answer yet"', () => {
    expect(deck.cards.map((c) => c.anchor)).toEqual(['what-is-a-pod', 'which-objects-are-namespaced', 'two-parts']);
    expect(cardAnchors(domain)).toEqual(['what-is-a-pod', 'which-objects-are-namespaced', 'two-parts']);
    expect(deck.domains).toEqual([{ slug: 'ckad/pod-design', title: 'Pod Design', weight: 20, lang: 'en', url: '/cks/ckad/pod-design/' }]);
  });

  it('puts the first task text on the front, and every part and the afterword on the back', () => {
    const [, , twoParts] = deck.cards;
    expect(twoParts!.promptHtml).toBe('<p>Part one</p>');
    expect(twoParts!.answerHtml).toMatch(
      /^<div class="answer"><pre[\s\S]*<p>Part two<\/p><div class="answer"><p>second<\/p><\/div><p>Afterword<\/p>$/,
    );
  });

  it('gives a multiple-choice card its options, the right keys and the pick count, and a front without the options', () => {
    const card = deck.cards[1]!;
    expect(card.promptHtml).toBe('<p>Which? (Choose TWO)</p>');
    expect(card.choices).toEqual({
      options: [
        { key: 'A', html: 'Node' },
        { key: 'B', html: '<a href="/cks/ckad/pod-design/#configmaps">ConfigMap</a>' },
      ],
      correct: ['B'],
      pick: 1,
    });
    expect(deck.cards[0]!.choices).toBeUndefined();
  });

  it('points in-page links at the domain page so they work outside it', () => {
    expect(deck.cards[0]!.answerHtml).toContain('href="/cks/ckad/pod-design/#labels"');
    expect(deck.cards[0]!.answerHtml).toContain('href="/cks/ckad/"');
  });
});

/** The domain with one more titled topic, and the text of a question in it changed by `edit`. */
function withTopic(edit = (html: string) => html): RenderedDomain {
  const highlighted =
    '<pre class="shiki shiki-themes github-light-default github-dark-default" style="--shiki-light:#1f2328;--shiki-dark:#e6edf3;--shiki-light-bg:#ffffff;--shiki-dark-bg:#0d1117" tabindex="0" data-lang="bash"><code><span class="line"><span class="t-f">kubectl</span><span style="--shiki-light:#8250DF;--shiki-dark:#D2A8FF;--shiki-light-font-style:italic;--shiki-dark-font-style:italic"> get</span></span></code></pre>';
  const topic = {
    anchor: 'labels-and-selectors',
    title: 'Labels and selectors',
    titleHtml: 'Labels and selectors',
    introHtml: '',
    referencesHtml: '',
    questions: [question('select-by-label', [part(edit(`<p>With -l.</p>${highlighted}`))])],
  };
  return { ...domain, topics: [...domain.topics, topic] };
}

describe('Anki export', () => {
  const deck = buildDeck([domain], (slug) => `/cks/${slug}/`);
  const tsv = ankiTsv(deck, { deckName: 'CKS Study', absoluteUrl: (path) => `https://example.org${path}` });

  it('starts with the headers Anki reads: tab separator, HTML fields, the deck, GUIDs in column 1 and tags in column 4', () => {
    const { headers } = readAnki(tsv);
    expect(headers).toEqual(['#separator:tab', '#html:true', '#notetype:Basic', '#deck:CKS Study', '#guid column:1', '#tags column:4']);
  });

  it('gives each question a GUID from its domain and anchor that stays when its text is edited', () => {
    const before = readAnki(
      ankiTsv(
        buildDeck([withTopic()], (slug) => `/${slug}/`),
        { deckName: 'CKS Study' },
      ),
    ).rows;
    const edited = withTopic((html) => html.replace('With -l.', 'With kubectl get -l, or a selector in a manifest.'));
    const after = readAnki(
      ankiTsv(
        buildDeck([edited], (slug) => `/${slug}/`),
        { deckName: 'CKS Study' },
      ),
    ).rows;
    expect(after.map((row) => row[0])).toEqual(before.map((row) => row[0]));
    expect(after[3]![2]).not.toBe(before[3]![2]);
    expect(new Set(before.map((row) => row[0])).size).toBe(before.length);
    // Pinned: a different GUID for the same question would make Anki add a copy instead of updating it.
    expect(ankiGuid('ckad/pod-design', 'what-is-a-pod')).toBe(before[0]![0]);
    expect(ankiGuid('ckad/pod-design', 'what-is-a-pod')).toBe('cks0jeg1a859v92p');
    expect(ankiGuid('ckad/pod-design', 'what-is-a-pods')).not.toBe(ankiGuid('ckad/pod-design', 'what-is-a-pod'));
  });

  it('tags each note with its domain and, below it, its topic', () => {
    const rows = readAnki(
      ankiTsv(
        buildDeck([withTopic()], (slug) => `/${slug}/`),
        { deckName: 'D', topics: cardTopics([withTopic()]) },
      ),
    ).rows;
    expect(rows.map((row) => row[3])).toEqual([
      'ckad::pod-design',
      'ckad::pod-design',
      'ckad::pod-design',
      'ckad::pod-design ckad::pod-design::labels-and-selectors',
    ]);
  });

  it('colours code with inline styles of the light theme, as Anki has none of the site’s CSS', () => {
    const rows = readAnki(
      ankiTsv(
        buildDeck([withTopic()], (slug) => `/${slug}/`),
        { deckName: 'D' },
      ),
    ).rows;
    const back = rows[3]![2]!;
    expect(back).toContain(
      '<pre class="shiki shiki-themes github-light-default github-dark-default" style="color:#1f2328;background-color:#ffffff"',
    );
    expect(back).toContain('<span style="color:#953800">kubectl</span>');
    expect(back).toContain('<span style="color:#8250DF;font-style:italic"> get</span>');
    expect(back).not.toMatch(/--shiki|class="t-/);
    expect(back).toContain('<p>With -l.</p>');
  });

  it('leaves HTML without highlighted code as it is', () => {
    const html = '<p style="--shiki-light:#000">not code</p><span class="t-s">x</span>';
    expect(inlineCodeColours(html)).toBe(html);
  });

  it('writes one note per card whose fields read back exactly, tabs, line breaks and quotes included', () => {
    const { rows } = readAnki(tsv);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.length === 4)).toBe(true);
    const [, , second] = rows;
    expect(second![1]).toBe('<div class="question">two parts</div><p>Part one</p>');
    expect(second![2]).toBe(deck.cards[2]!.answerHtml);
    expect(second![2]).toContain('kubectl\tget pods\nkubectl describe "pod"');
    expect(second![3]).toBe('ckad::pod-design');
  });

  it('lists a multiple-choice card’s options under its task, as Anki has no picker', () => {
    const { rows } = readAnki(tsv);
    expect(rows[1]![1]).toBe(
      '<div class="question">which objects are namespaced</div><p>Which? (Choose TWO)</p>' +
        '<ul class="options"><li><b>A.</b> Node</li><li><b>B.</b> <a href="https://example.org/cks/ckad/pod-design/#configmaps">ConfigMap</a></li></ul>',
    );
  });

  it('makes site links absolute when the site URL is known', () => {
    const { rows } = readAnki(tsv);
    expect(rows[0]![2]).toContain('href="https://example.org/cks/ckad/pod-design/#labels"');
    expect(rows[0]![2]).toContain('href="https://example.org/cks/ckad/"');
  });

  it('quotes only fields that need it', () => {
    expect(ankiField('plain text')).toBe('plain text');
    expect(ankiField('a\tb')).toBe('"a\tb"');
    expect(ankiField('say "hi"')).toBe('"say ""hi"""');
    expect(ankiField('line\r\nbreak')).toBe('"line\nbreak"');
    expect(ankiField('# not a comment')).toBe('"# not a comment"');
    expect(ankiTag('ckad/pod design')).toBe('ckad::pod_design');
  });
});
