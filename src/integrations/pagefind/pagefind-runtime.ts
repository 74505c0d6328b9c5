/**
 * Two changes to Pagefind's browser script (`pagefind/pagefind.js`, as Pagefind 1.6 writes it)
 * that shorten the first query, whose time is main-thread work on a slow machine
 * (bench/README.md: median 364 -> 314 ms, p90 513 -> 403 ms, interleaved on 2 cores).
 *
 * - Unzip with the browser's zlib: every index file is gzip, which Pagefind inflates in
 *   JavaScript, cold and unoptimised on the first query (its WebAssembly alone took 15-25 ms
 *   here). Each response is unzipped by `DecompressionStream` as it is fetched; Pagefind then
 *   finds its file's signature at the start and skips its own inflate. A response that is not
 *   gzip (a host that already decoded it, or the entry JSON) is passed on as it came, and a
 *   browser without `DecompressionStream` gets Pagefind's own path.
 * - Wait 5 ms, not 50, between checks that the index is ready: a search asked for while
 *   Pagefind starts polls for it, and lost up to 50 ms (median 10-15) to that sleep.
 *
 * Each change replaces an exact piece of Pagefind's code. If a Pagefind release changes that
 * code, the change is left out (the build says so) and search works as Pagefind wrote it; the
 * unit test that patches the installed Pagefind's script fails, to have the patch looked at.
 */

export interface RuntimePatchResult {
  source: string;
  applied: string[];
  missed: string[];
}

const GUNZIP = `/* cks-study: unzip index files with the browser's zlib (src/lib/search/pagefind-runtime.ts). */
async function cksStudyGunzip(response) {
  if (!response.ok || typeof DecompressionStream !== "function") return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Response(bytes, init);
  try {
    const unzipped = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(await new Response(unzipped).arrayBuffer(), init);
  } catch {
    return new Response(bytes, init);
  }
}
`;

interface Patch {
  name: string;
  find: string;
  replace: string;
  /** Code put before the script when the patch applies. */
  prelude?: string;
}

const PATCHES: readonly Patch[] = [
  {
    name: 'unzip with the browser',
    find: 'const response=await fetch(queued.input);',
    replace: 'const response=await cksStudyGunzip(await fetch(queued.input));',
    prelude: GUNZIP,
  },
  {
    name: 'check readiness every 5 ms',
    find: 'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}',
    replace: 'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(5);}',
  },
];

/** Applies each change whose code is found exactly once; the others are reported as missed. */
export function patchPagefindRuntime(source: string): RuntimePatchResult {
  let patched = source;
  let prelude = '';
  const applied: string[] = [];
  const missed: string[] = [];
  for (const patch of PATCHES) {
    const at = patched.indexOf(patch.find);
    if (at === -1 || patched.indexOf(patch.find, at + 1) !== -1) {
      missed.push(patch.name);
      continue;
    }
    patched = patched.slice(0, at) + patch.replace + patched.slice(at + patch.find.length);
    prelude += patch.prelude ?? '';
    applied.push(patch.name);
  }
  return { source: prelude + patched, applied, missed };
}
