import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patchPagefindRuntime } from '../../src/integrations/pagefind/pagefind-runtime';

/** The browser script the installed Pagefind writes, from a one-record index. */
async function installedRuntime(): Promise<string> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind did not start');
  await index.addCustomRecord({ url: '/a/', content: 'strace follows system calls', language: 'en' });
  const { files } = await index.getFiles();
  const script = files.find((file) => file.path === 'pagefind.js');
  if (!script) throw new Error('Pagefind wrote no pagefind.js');
  return new TextDecoder().decode(script.content);
}

describe("Pagefind's browser script", () => {
  let runtime = '';
  let dir = '';
  beforeAll(async () => {
    runtime = await installedRuntime();
    dir = await mkdtemp(join(tmpdir(), 'pagefind-runtime-'));
  });
  afterAll(async () => {
    await pagefind.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("takes both changes as the installed Pagefind writes it (a failure here means Pagefind's code moved: look again)", () => {
    const { applied, missed } = patchPagefindRuntime(runtime);
    expect(missed).toEqual([]);
    expect(applied).toEqual(['unzip with the browser', 'check readiness every 5 ms']);
  });

  it('stays a module with the same exports', async () => {
    const file = join(dir, 'pagefind.js');
    await writeFile(file, patchPagefindRuntime(runtime).source);
    const original = join(dir, 'original.js');
    await writeFile(original, runtime);
    const patched = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const unpatched = (await import(pathToFileURL(original).href)) as Record<string, unknown>;
    expect(Object.keys(patched).sort()).toEqual(Object.keys(unpatched).sort());
    expect(typeof patched['search']).toBe('function');
  });

  it('unzips each fetched file with the browser, and polls for readiness every 5 ms', () => {
    const { source } = patchPagefindRuntime(runtime);
    expect(source).toContain('await cksStudyGunzip(await fetch(queued.input))');
    expect(source).toContain('new DecompressionStream("gzip")');
    expect(source).toContain('async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(5);}');
  });

  it('leaves a script it does not recognise as it is, and names what it left out', () => {
    const other = 'export const search = () => [];';
    expect(patchPagefindRuntime(other)).toEqual({
      source: other,
      applied: [],
      missed: ['unzip with the browser', 'check readiness every 5 ms'],
    });
  });

  it('leaves out a change whose code appears twice, rather than guess which to change', () => {
    const twice = `${runtime};const response=await fetch(queued.input);`;
    expect(patchPagefindRuntime(twice).missed).toEqual(['unzip with the browser']);
  });
});
