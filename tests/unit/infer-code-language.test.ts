import { describe, expect, it } from 'vitest';
import { inferLanguage, normaliseLanguage } from '../../src/lib/render/plugins/infer-code-language';

describe('normaliseLanguage', () => {
  it.each([
    ['YAML', 'yaml'],
    ['yml', 'yaml'],
    ['Dockerfile', 'dockerfile'],
    ['console', 'shellsession'],
    ['Shell', 'bash'],
    ['sh', 'bash'],
    ['JSON', 'json'],
    ['text', 'text'],
    ['Go', 'go'],
  ])('maps the tag %s to %s', (tag, expected) => {
    expect(normaliseLanguage(tag)).toBe(expected);
  });
});

describe('inferLanguage', () => {
  it.each([
    ['kubectl get pods -A', 'bash'],
    ['# sysdig proc.name=nano', 'bash'],
    ['$ strace -h', 'bash'],
    ['strace -f -p 1234', 'bash'],
    ['FOO=bar ./run.sh', 'bash'],
    ['apiVersion: v1\nkind: Pod', 'yaml'],
    ['rule: shell\ndesc: a shell\ncondition: spawned_process', 'yaml'],
    ['- item one\n- item two', 'yaml'],
    ['Tool to trace system calls and signals.', 'text'],
    ['8765', 'text'],
    ['', 'text'],
  ])('guesses %j is %s', (code, expected) => {
    expect(inferLanguage(code)).toBe(expected);
  });
});
