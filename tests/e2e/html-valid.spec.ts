import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

// form-dup-name lets checkboxes share a name (the study page's domain choices are one field).
// prefer-native-element is off in .htmlvalidate.json: the header search is an ARIA combobox
// whose popup is a listbox of links, which a native <select> cannot be.
// Not a browser test, but it checks the build output that the browser tests run against.
test('every built page is valid HTML: no blocks inside paragraphs, no empty paragraphs', async () => {
  // The file loader reads .htmlvalidate.json; a bare HtmlValidate() would use the defaults only.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles('dist');
  expect(files.length).toBeGreaterThan(1);
  const problems: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    if (/<p>\s*<\/p>/.test(html)) problems.push(`${file}: empty <p>`);
    const report = await validator.validateString(html, file);
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push(`${file}:${message.line}:${message.column}: ${message.message} [${message.ruleId}]`);
    }
  }
  expect(problems).toEqual([]);
});
