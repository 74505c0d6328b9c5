/** Where a field of a parsed YAML document is written: the offset of its key or its value. */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

function keyName(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/**
 * The offset in the YAML text of the field at `path` (`['spec', 'containers', '0']`): its key
 * when `part` is 'key', else its value. A path that leaves the document ends at the deepest
 * node found, which is where the reader should look.
 */
export function offsetOf(doc: Document, path: readonly string[], part: 'key' | 'value'): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => keyName(item.key) === segment);
      if (!pair) return offset;
      const keyStart = (pair.key as Node | null)?.range?.[0];
      if (keyStart !== undefined) offset = keyStart;
      if (last && part === 'key') return offset;
      node = pair.value;
      const valueStart = (node as Node | null)?.range?.[0];
      if (last && valueStart !== undefined) return valueStart;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
      const start = (node as Node | null)?.range?.[0];
      if (start === undefined) return offset;
      offset = start;
    } else return offset;
  }
  return offset;
}
