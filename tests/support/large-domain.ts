/** Generated curriculum for size tests and benchmarks; nothing this big is committed. */

/** A domain of `count` questions, each with a prompt, a bash fence and YAML, about 600 bytes each. */
export function largeDomain(count: number): string {
  const out = ['# Large domain (20%)', '', '* A competency', ''];
  for (let i = 0; i < count; i++) {
    if (i % 50 === 0) out.push(`## Topic ${i / 50}`, '### Questions', '');
    out.push(
      `#### Question number ${i}: create pod-${i} with a read-only root filesystem.`,
      `https://kubernetes.io/docs/tasks/${i}/`,
      '<details><summary>show</summary>',
      '<p>',
      '',
      '```bash',
      `kubectl run pod-${i} --image=nginx:1.27 --dry-run=client -o yaml > pod-${i}.yaml`,
      '```',
      '',
      '```yaml',
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      `  name: pod-${i}`,
      'spec:',
      '  containers:',
      `    - name: c${i}`,
      '      securityContext:',
      '        readOnlyRootFilesystem: true',
      '```',
      '',
      `Word${i} closes the answer.`,
      '',
      '</p>',
      '</details>',
      '',
    );
  }
  return out.join('\n');
}
