/**
 * Arriving from a search result (`/monitoring/?highlight=strace#what-is-strace`): marks the
 * terms in that question, title and answers, and opens every answer part that holds one,
 * closed ones included. Without a question in the hash, the whole page is marked.
 */
import { splitByPattern, termPattern, termsFromSearch } from '../../lib/search/highlight';

const SKIP = new Set(['SCRIPT', 'STYLE', 'MARK', 'BUTTON', 'SUMMARY', 'TEXTAREA']);

function markIn(scope: Element, pattern: RegExp): HTMLElement[] {
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      for (let parent = node.parentElement; parent && parent !== scope; parent = parent.parentElement) {
        if (SKIP.has(parent.tagName)) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const segments = splitByPattern(text.data, pattern);
    if (!segments.some((s) => s.match)) continue;
    text.replaceWith(
      ...segments.map((segment) => {
        if (!segment.match) return segment.text;
        const mark = document.createElement('mark');
        mark.dataset['searchMark'] = '';
        mark.textContent = segment.text;
        marks.push(mark);
        return mark;
      }),
    );
  }
  return marks;
}

function highlight(): void {
  const pattern = termPattern(termsFromSearch(location.search));
  if (pattern === null) return;
  const id = decodeURIComponent(location.hash.slice(1));
  const question = id ? document.getElementById(id)?.closest('[data-question]') : null;
  const scope = question ?? document.querySelector('main');
  if (!scope) return;
  const marks = markIn(scope, pattern);
  for (const mark of marks) {
    const details = mark.closest<HTMLDetailsElement>('details[data-answer]');
    if (details) details.open = true;
  }
  if (question) question.scrollIntoView({ block: 'start' });
  else marks[0]?.scrollIntoView({ block: 'center' });
}

highlight();
