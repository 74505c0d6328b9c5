/** The per-domain health table of `cks-study check`, as aligned plain text. */
import type { DomainHealth } from '../lib/build/check-site';
import { STRAY_BLOCK_RULE } from '../lib/curriculum/parse-domain';
import { plural } from '../lib/site/labels';

const NUMBERS = [
  ['Questions', 'questions'],
  ['Answer blocks', 'answerBlocks'],
  ['Stray blocks', 'strayBlocks'],
  ['Answered', 'answered'],
  ['Placeholders', 'placeholders'],
  ['Broken links', 'brokenLinks'],
  ['Manifests', 'manifests'],
  ['Manifest warnings', 'manifestFindings'],
  ['Warnings', 'warnings'],
] as const;

export function formatHealthTable(domains: readonly DomainHealth[]): string {
  const total = (key: (typeof NUMBERS)[number][1]) => domains.reduce((sum, d) => sum + d[key], 0);
  const rows: string[][] = [
    ['Domain', ...NUMBERS.map(([label]) => label), 'File'],
    ...domains.map((d) => [d.title, ...NUMBERS.map(([, key]) => String(d[key])), d.file]),
    [`Total (${plural(domains.length, 'domain')})`, ...NUMBERS.map(([, key]) => String(total(key))), ''],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  // Text columns align left, counts right, so the digits line up.
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 || column === row.length - 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const table = [line(rows[0]!), rule, ...rows.slice(1, -1).map(line), rule, line(rows.at(-1)!)];
  // Where the blocks that are no part of a question went, and where to find each.
  if (total('strayBlocks') > 0) {
    table.push(
      '',
      `Stray blocks are answer blocks with no question before them: kept in the domain's introduction, each named above with its line [${STRAY_BLOCK_RULE}].`,
    );
  }
  return table.join('\n');
}
