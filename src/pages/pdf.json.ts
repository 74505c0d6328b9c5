import type { APIRoute } from 'astro';

/**
 * Whether the study sheet PDF exists. The build cannot know (`npm run pdf` runs after it),
 * so it writes "no file"; `npm run pdf` rewrites this with the file's name and size. The
 * home page reads it instead of probing the PDF, which would log a 404 where there is none.
 */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify({ file: null, bytes: 0 })}\n`, { headers: { 'Content-Type': 'application/json' } });
