import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/lib/build/build-site';
import { sortDomains } from '../../src/lib/site/domain-order';

describe('the reading order of domains', () => {
  it('lists a domain under the folder its frontmatter slug moves it to, in the build and on the pages alike', async () => {
    const answer = '<details><summary>show</summary>\n\nYes.\n\n</details>\n';
    const dir = mkdtempSync(join(tmpdir(), 'cks-order-'));
    mkdirSync(join(dir, 'ckad'));
    // In the root folder, but its slug puts it under zz/: it comes after ckad/, not before.
    writeFileSync(join(dir, 'a.moved.md'), `---\nslug: zz/moved\n---\n# Moved\n\n#### Q1\n${answer}`);
    writeFileSync(join(dir, 'b.root.md'), `# Root\n\n#### Q2\n${answer}`);
    writeFileSync(join(dir, 'ckad', 'a.pods.md'), `# Pods\n\n#### Q3\n${answer}`);
    const site = await buildSite({ contentDir: dir, base: '/' });
    const slugs = site.domains.map((d) => d.slug);
    expect(slugs).toEqual(['root', 'ckad/pods', 'zz/moved']);
    expect(sortDomains(site.domains).map((d) => d.slug)).toEqual(slugs);
    expect(site.searchRecords.map((r) => r.meta.domain)).toEqual(['Root', 'Pods', 'Moved']);
  });
});
