import { describe, expect, it } from 'vitest';
import { stripPrompts } from '../../src/lib/site/strip-prompts';

describe('stripPrompts', () => {
  it('removes $ and root # prompts from shell commands', () => {
    expect(stripPrompts('$ kubectl get pods\n# sysdig proc.name=nano', 'bash')).toBe('kubectl get pods\nsysdig proc.name=nano');
  });

  it('keeps shell comments that are not prompts', () => {
    expect(stripPrompts('# list the pods of every namespace\nkubectl get pods -A', 'bash')).toBe(
      '# list the pods of every namespace\nkubectl get pods -A',
    );
  });

  it('copies only the commands of a console session, not their output', () => {
    expect(stripPrompts('$ whoami\nroot\n$ id -u\n0', 'shellsession')).toBe('whoami\nid -u');
  });

  it('leaves other languages untouched', () => {
    expect(stripPrompts('# a YAML comment\nkey: value', 'yaml')).toBe('# a YAML comment\nkey: value');
  });
});
