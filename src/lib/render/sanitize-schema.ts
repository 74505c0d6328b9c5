/**
 * What raw HTML in content may keep: GitHub's README rules (hast-util-sanitize's default
 * schema), spelled out where this site depends on them.
 *
 * - `details`/`summary` (answers, hints) and `kbd` (key presses) are kept, `open` only on
 *   `details`, so an author's `<details open>` stays open.
 * - Elements outside the list are unwrapped: their children stay as text. That is how the
 *   fallback text of `<iframe>`, `<object>`, `<form>` and `<noscript>` survives.
 * - `<script>`, `<style>` and `<template>` are removed with their content: it is code a browser
 *   would never show as text, and shown as text it would be noise. The build reports each one
 *   (rule `unsafe-html`), so nothing disappears without a word.
 * - `on*` attributes, `style`, and URLs other than http(s)/mailto (no `javascript:`,
 *   `data:`, `vbscript:`) are dropped; `id`/`name` get a `user-content-` prefix so content
 *   cannot shadow the page's own ids or globals (DOM clobbering).
 */
import { defaultSchema } from 'rehype-sanitize';
import type { Options as Schema } from 'rehype-sanitize';

const KEPT_TAGS = ['details', 'summary', 'kbd'];

/** Removed together with their children. */
export const STRIPPED_TAGS = ['script', 'style', 'template'];

const globalAttributes = (defaultSchema.attributes?.['*'] ?? []).filter((a) => a !== 'open');

export const contentSchema: Schema = {
  ...defaultSchema,
  tagNames: [...new Set([...(defaultSchema.tagNames ?? []), ...KEPT_TAGS])],
  strip: STRIPPED_TAGS,
  attributes: {
    ...defaultSchema.attributes,
    '*': globalAttributes,
    details: ['open'],
    summary: [...(defaultSchema.attributes?.['summary'] ?? [])],
    kbd: [],
  },
};

/** Tags whose removal is worth telling the author about (they are not just formatting). */
export const REPORTED_TAGS = new Set([
  ...STRIPPED_TAGS,
  'iframe',
  'object',
  'embed',
  'form',
  'meta',
  'base',
  'link',
  'frame',
  'frameset',
  'applet',
  'svg',
  'math',
]);
