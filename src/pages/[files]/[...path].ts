import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

/**
 * Images and other files the content links to, copied from the content folder as they are,
 * to `/_content/<path in the content folder>` (see contentFileUrl). The folder is a route
 * parameter because Astro does not route a `src/pages/_content/` folder: `_` hides it.
 */
export const getStaticPaths = (async () => {
  const owners = [...(await getCollection('domains')), ...(await getCollection('intros'))];
  const files = new Map(owners.flatMap((entry) => entry.data.files).map((file) => [file.path, file]));
  return [...files.values()].map((file) => ({ params: { files: '_content', path: file.path }, props: { source: file.source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await readFile((props as { source: string }).source));
