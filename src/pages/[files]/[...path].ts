import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDomains, loadIntros } from '../../data/collections';

/**
 * Images and other files the content links to, copied from the content folder as they are,
 * to `/_content/<path in the content folder>` (see contentFileUrl). The folder is a route
 * parameter because Astro does not route a `src/pages/_content/` folder: `_` hides it.
 */
export const getStaticPaths = (async () => {
  const owners = [...(await loadDomains()), ...(await loadIntros())];
  const files = new Map(owners.flatMap((owner) => owner.files).map((file) => [file.path, file]));
  return [...files.values()].map((file) => ({ params: { files: '_content', path: file.path }, props: { source: file.source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await readFile((props as { source: string }).source));
