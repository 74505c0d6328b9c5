import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

/**
 * Images and other files the content links to, copied from the content folder as they are,
 * to `/_content/<path in the content folder>` (see contentFileUrl). The folder is a route
 * parameter because Astro does not route a `src/pages/_content/` folder: `_` hides it.
 */
export const getStaticPaths = (async () =>
  (await getCollection('files')).map((entry) => ({
    params: { files: '_content', path: entry.data.path },
    props: { source: entry.data.source },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await readFile((props as { source: string }).source));
