/**
 * Bytes of a content file -> text. Invalid UTF-8 (a file saved as Latin-1, a truncated
 * download) must not stop the build: bad bytes become U+FFFD, as browsers do, and each line
 * that had them is reported so the author can fix the file.
 */
import type { Diagnostic } from './types';

const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeContent(bytes: Uint8Array, file: string): { text: string; diagnostics: Diagnostic[] } {
  const text = lenient.decode(bytes);
  try {
    strict.decode(bytes);
    return { text, diagnostics: [] };
  } catch {
    // Some bytes are invalid; find the lines they are on.
  }
  const diagnostics: Diagnostic[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    const lineBytes = bytes.subarray(start, end);
    try {
      strict.decode(lineBytes);
    } catch {
      const decoded = lenient.decode(lineBytes);
      diagnostics.push({
        file,
        line,
        column: decoded.indexOf('\uFFFD') + 1 || 1,
        severity: 'warning',
        ruleId: 'invalid-utf8',
        message: 'bytes that are not valid UTF-8 were replaced with "\uFFFD". Hint: save the file as UTF-8.',
      });
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return { text, diagnostics };
}
