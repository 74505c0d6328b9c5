import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contentSchema, REPORTED_TAGS } from '../sanitize-schema';

export interface UnsafeHtmlOptions {
  /**
   * Called once per element or attribute the sanitizer is about to remove. Gets the file
   * being processed, so one frozen processor can serve every content file.
   */
  report: (message: string, file: VFile) => void;
}

const URL_ATTRIBUTES = Object.keys(contentSchema.protocols ?? {});
const allowedProtocols = (attribute: string): string[] => contentSchema.protocols?.[attribute] ?? [];

/** The scheme of a URL the way browsers read it (control characters and spaces ignored). */
function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers skip control characters in a URL's scheme, so we must too.
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
}

/**
 * Say what rehype-sanitize is about to remove, so the build can report it: it runs just
 * before the sanitizer, on the same tree.
 *
 * `<p onclick="x()">Hi</p>` -> report("removed the event handler onclick on <p>")
 */
export function rehypeReportUnsafeHtml(options: UnsafeHtmlOptions) {
  return (tree: Root, file: VFile) => {
    const report = (message: string) => options.report(message, file);
    visit(tree, 'element', (node: Element) => {
      if (REPORTED_TAGS.has(node.tagName)) {
        report(`removed <${node.tagName}>: raw HTML that can run code, load other pages or change the page is not allowed`);
        return;
      }
      for (const [name, value] of Object.entries(node.properties)) {
        if (/^on/i.test(name)) report(`removed the event handler ${name.toLowerCase()} on <${node.tagName}>`);
        if (URL_ATTRIBUTES.includes(name) && typeof value === 'string') {
          const scheme = schemeOf(value);
          if (scheme !== undefined && !allowedProtocols(name).includes(scheme)) {
            report(`removed a ${scheme}: URL from <${node.tagName}>; only ${allowedProtocols(name).join(', ')} URLs are kept`);
          }
        }
      }
    });
  };
}
