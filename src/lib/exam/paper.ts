/**
 * The exam as a printed paper: numbered tasks with their points, then the answer key after
 * a page break. One HTML string, so the static /exam/paper/ page and the drawn exam's
 * "Print paper" show the same thing. The fragments are the site's own sanitized HTML.
 */
import { escapeHtml } from '../search/highlight';

export interface PaperTask {
  titleHtml: string;
  promptHtml: string;
  answerHtml: string;
  points: number;
  domainTitle: string;
}

const pts = (points: number) => `${Math.round(points * 10) / 10} ${points === 1 ? 'point' : 'points'}`;

export function paperHtml(tasks: readonly PaperTask[], heading: string): string {
  const total = tasks.reduce((sum, t) => sum + t.points, 0);
  const items = tasks
    .map(
      (t, i) =>
        `<li class="paper-task"><h3><span class="paper-number">Task ${i + 1}</span> ${t.titleHtml}</h3>` +
        `<p class="paper-meta">${escapeHtml(t.domainTitle)} · ${pts(t.points)}</p>${t.promptHtml}</li>`,
    )
    .join('');
  const key = tasks
    .map((t, i) => `<li class="paper-key-item"><h3><span class="paper-number">Task ${i + 1}</span> ${t.titleHtml}</h3>${t.answerHtml}</li>`)
    .join('');
  return (
    `<h2 class="paper-title">${escapeHtml(heading)}</h2>` +
    `<p class="paper-meta">${tasks.length} tasks · ${pts(total)}</p>` +
    `<ol class="paper-tasks">${items}</ol>` +
    `<section class="paper-key"><h2>Answer key</h2><ol class="paper-keys">${key}</ol></section>`
  );
}
