/** The per-domain health table of `cks-study check`, as aligned plain text. */
import type { DomainHealth } from '../lib/build/check-site';
import { plural } from '../lib/site/labels';

const NUMBERS = [
  ['Questions', 'questions'],
  ['Answered', 'answered'],
  ['Placeholders', 'placeholders'],
  ['Broken links', 'brokenLinks'],
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
  return [line(rows[0]!), rule, ...rows.slice(1, -1).map(line), rule, line(rows.at(-1)!)].join('\n');
}
