#!/usr/bin/env node
// Lists the functions in src/lib longer than a number of lines (60 by default), longest
// first, and exits 1 when there are any: `node scripts/function-length.mjs [max]`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const max = Number(process.argv[2] ?? 60);
const files = execFileSync('git', ['ls-files', 'src/lib/*.ts'], { encoding: 'utf8' }).split('\n').filter(Boolean);
const long = [];
for (const file of files) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const line = (position) => source.getLineAndCharacterOfPosition(position).line + 1;
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const lines = line(node.end) - line(node.getStart()) + 1;
      const name = node.name?.getText(source) ?? '(anonymous)';
      if (lines > max) long.push({ lines, where: `${file}:${line(node.getStart())}`, name });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
long.sort((a, b) => b.lines - a.lines);
for (const { lines, where, name } of long) console.log(`${lines}\t${where}\t${name}`);
console.log(
  long.length === 0 ? `no function in src/lib is longer than ${max} lines` : `${long.length} function(s) longer than ${max} lines`,
);
process.exitCode = long.length === 0 ? 0 : 1;
