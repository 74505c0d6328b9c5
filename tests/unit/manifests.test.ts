import { describe, expect, it } from 'vitest';
import { apiLifecycle } from '../../src/lib/manifests/api-lifecycle';
import { checkManifestSource } from '../../src/lib/manifests/check-manifests';
import { findManifests, type ManifestSource } from '../../src/lib/manifests/find-manifests';
import { kubernetesSchemas } from '../../src/lib/manifests/kubernetes-schemas';
import { bundledVersion, compareVersions } from '../../src/lib/manifests/kubernetes-versions';
import { isElided, isPlaceholder } from '../../src/lib/manifests/placeholders';
import { closest } from '../../src/lib/manifests/suggest';

/** Markdown whose first line is line 1 of the file, at column 1. */
const at1 = (markdown: string) => markdown.split('\n').map((_, i) => ({ line: i + 1, column: 1 }));
const find = (markdown: string) => findManifests(markdown, at1(markdown));

/** A YAML text as a source whose lines are the file's lines 1, 2, 3... */
const source = (yaml: string): ManifestSource => ({ yaml, positions: at1(yaml), origin: 'fence', block: yaml, broken: false });
const check = (yaml: string, version: '1.34' | '1.36' = '1.36') => checkManifestSource(source(yaml), kubernetesSchemas(version));
const messages = (yaml: string, version?: '1.34' | '1.36') =>
  check(yaml, version).findings.map((f) => `${f.line}:${f.column} ${f.message} [${f.ruleId}]`);

const fence = (info: string, body: string) => `\`\`\`${info}\n${body}\n\`\`\``;
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx';

describe('finding manifests in an answer', () => {
  it('takes yaml, yml and YAML fences, and an untagged fence that reads as a manifest', () => {
    for (const info of ['yaml', 'yml', 'YAML', '']) expect(find(fence(info, POD)).map((s) => s.yaml)).toEqual([POD]);
  });

  it('leaves other languages alone', () => {
    expect(find(fence('json', '{"apiVersion": "v1"}'))).toEqual([]);
    expect(find('No code here, apiVersion: v1')).toEqual([]);
  });

  it('takes the heredocs that feed kubectl or write a .yaml file, with the line each body line is on', () => {
    const shell = [
      'cat <<EOF | kubectl apply -f -',
      'apiVersion: v1',
      'EOF',
      "kubectl apply -f - <<'EOF'",
      'kind: Namespace',
      'EOF',
      'cat > pod.yaml << "END"',
      'a: 1',
      'END',
      'cat > run.sh <<EOF',
      'echo hi',
      'EOF',
    ].join('\n');
    const found = find(fence('bash', shell));
    expect(found.map((s) => [s.origin, s.yaml, s.positions[0]?.line])).toEqual([
      ['heredoc', 'apiVersion: v1', 3],
      ['heredoc', 'kind: Namespace', 6],
      ['heredoc', 'a: 1', 9],
    ]);
    expect(found.every((s) => s.block === shell)).toBe(true);
  });

  it('ends a <<- heredoc at a tab-indented delimiter and strips the "> " prompt of a console transcript', () => {
    const [dashed] = find(fence('sh', 'kubectl apply -f - <<-EOF\nkind: Pod\n\tEOF\nkind: after'));
    expect(dashed?.yaml).toBe('kind: Pod');
    const [typed] = find(fence('console', '$ kubectl apply -f - <<EOF\n> kind: Pod\n> EOF'));
    expect(typed).toMatchObject({ yaml: 'kind: Pod', positions: [{ line: 3, column: 3 }] });
  });

  it('knows a fence marked broken, and a comment that says so', () => {
    expect(find(fence('yaml broken', POD))[0]?.broken).toBe(true);
    expect(find(fence('yaml', `# cks-study: broken-on-purpose\n${POD}`))[0]?.broken).toBe(true);
    expect(find(fence('yaml', POD))[0]?.broken).toBe(false);
  });

  it('places each line of a fence indented in a list item at its own column', () => {
    const markdown = '1. Task\n\n   ```yaml\n   kind: Pod\n   ```';
    expect(find(markdown)[0]?.positions).toEqual([{ line: 4, column: 4 }]);
  });
});

describe('checking a manifest', () => {
  it('accepts nulls, numeric quantities and named target ports', () => {
    const service =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  creationTimestamp: null\nspec:\n  ports:\n  - port: 80\n    targetPort: http';
    expect(messages(service)).toEqual([]);
    expect(messages(`${POD}\n    resources:\n      limits: {cpu: 2, memory: 1Gi}\n      requests: {cpu: 0.5}`)).toEqual([]);
  });

  it('asks for required fields, at the key of the mapping that lacks them', () => {
    expect(messages('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - image: nginx')).toEqual([
      '7:5 missing required field spec.containers[0].name in v1 Pod (Kubernetes 1.36) [k8s-schema]',
    ]);
  });

  it('checks enum values', () => {
    expect(messages(`${POD}\n    imagePullPolicy: always`)).toEqual([
      '9:22 spec.containers[0].imagePullPolicy should be one of Always, IfNotPresent, Never; found the string "always" in v1 Pod (Kubernetes 1.36) [k8s-schema]',
    ]);
  });

  it('names what a release serves when a kind or apiVersion is not one of its APIs', () => {
    expect(messages('apiVersion: apps/v1\nkind: Deploymnet')).toEqual([
      '2:7 Kubernetes 1.36 has no kind Deploymnet in apps/v1; did you mean Deployment? [k8s-schema]',
    ]);
    expect(messages('apiVersion: apps/v2\nkind: Deployment')).toEqual([
      '2:7 Kubernetes 1.36 serves Deployment as apps/v1, not apps/v2 [k8s-schema]',
    ]);
  });

  it('checks against the release it is given', () => {
    const policy = 'apiVersion: admissionregistration.k8s.io/v1\nkind: MutatingAdmissionPolicy\nmetadata:\n  name: m';
    expect(check(policy, '1.36').findings).toEqual([]);
    expect(messages(policy, '1.34')[0]).toMatch(
      /^2:7 Kubernetes 1\.34 serves MutatingAdmissionPolicy as .*, not admissionregistration\.k8s\.io\/v1 \[k8s-schema\]$/,
    );
  });

  it('names the release that removed an API and its replacement, and checks nothing more in it', () => {
    expect(messages('apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nspec:\n  privileged: "no"')).toEqual([
      '1:13 policy/v1beta1 PodSecurityPolicy was removed in 1.25: use Pod Security Admission (namespace labels pod-security.kubernetes.io/enforce) [k8s-removed-api]',
    ]);
  });

  it('leaves custom resources, component configuration and kubeconfig unchecked', () => {
    for (const yaml of [
      'apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nspec: {anything: 1}',
      'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 0',
      'apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources: []',
      'apiVersion: v1\nkind: Config\nclusters: []',
    ]) {
      expect(check(yaml)).toEqual({ findings: [], outcomes: ['other-kind'] });
    }
  });

  it('counts YAML without apiVersion and kind as a fragment, and an empty document as nothing', () => {
    expect(check('securityContext:\n  runAsNonRoot: true\n---\n')).toEqual({ findings: [], outcomes: ['fragment'] });
  });

  it('reports YAML that does not parse when it is a manifest, and not when it holds template syntax', () => {
    expect(messages('apiVersion: v1\nkind: Pod\nmetadata:\n  name: [p')[0]).toMatch(/^4:\d+ not valid YAML: .* \[k8s-schema\]$/);
    expect(check('apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\n  labels: [x')).toEqual({
      findings: [],
      outcomes: ['fragment'],
    });
  });

  it('sums up a manifest with many findings in its last one', () => {
    const wrong = Array.from({ length: 12 }, (_, i) => `  bogus${i}: 1`).join('\n');
    const findings = check(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n${wrong}`).findings;
    expect(findings).toHaveLength(8);
    expect(findings.at(-1)?.message).toMatch(/; 4 more in this ConfigMap$/);
  });
});

describe('exam text in manifests', () => {
  it('takes <name>, $(...), ${VAR}, $VAR, {{ }} and ... for placeholders', () => {
    for (const value of ['<pod-name>', '$(cat token)', '${IMAGE}', '$IMAGE', '{{ .Values.x }}', '...', '…'])
      expect(isPlaceholder(value)).toBe(true);
    for (const value of ['nginx', 'a < b', '$', 8080, null]) expect(isPlaceholder(value)).toBe(false);
  });

  it('sees a manifest shortened with ... lines or comments', () => {
    expect(isElided('spec:\n  ...\n')).toBe(true);
    expect(isElided('spec:\n  # ... as before\n')).toBe(true);
    expect(isElided('spec:\n  # see the docs...\n')).toBe(false);
  });
});

describe('the lifecycle of APIs', () => {
  it('is served until the release that removes it, deprecated from the one that warns', () => {
    expect(apiLifecycle('batch/v1beta1', 'CronJob', '1.24').state).toBe('served');
    expect(apiLifecycle('batch/v1beta1', 'CronJob', '1.25').state).toBe('removed');
    expect(apiLifecycle('v1', 'Endpoints', '1.32').state).toBe('served');
    expect(apiLifecycle('v1', 'Endpoints', '1.33').state).toBe('deprecated');
  });

  it('knows kinds that are only ever read, such as ComponentStatus, and that it is deprecated', () => {
    expect(
      messages('apiVersion: v1\nkind: ComponentStatus\nmetadata: {name: etcd-0}\nconditions:\n- {type: Healthy, status: "True"}'),
    ).toEqual([
      '1:13 v1 ComponentStatus is deprecated since 1.19 (Kubernetes 1.36 still serves it): use the /livez and /readyz endpoints of each component [k8s-deprecated-api]',
    ]);
  });

  it('compares versions as numbers and reads the ways authors write them', () => {
    expect(compareVersions('1.9', '1.22')).toBeLessThan(0);
    expect(['1.36', 'v1.36', '1.36.2', ' 1.36 '].map(bundledVersion)).toEqual(['1.36', '1.36', '1.36', '1.36']);
    expect(['1.20', '1.3', 'latest'].map(bundledVersion)).toEqual([null, null, null]);
  });

  it('suggests the nearest field name, and none when nothing is near', () => {
    expect(closest('readOnlyRootFileSystem', ['readOnlyRootFilesystem', 'runAsUser'])).toBe('readOnlyRootFilesystem');
    expect(closest('replica', ['replicas', 'selector'])).toBe('replicas');
    expect(closest('colour', ['replicas', 'selector'])).toBeUndefined();
  });
});

describe('manifests that could hang or break the check', () => {
  it('keeps an alias bomb small and says so at its line', () => {
    const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: x}', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i += 1)
      lines.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
      );
    const started = performance.now();
    const { findings } = check(lines.join('\n'));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(findings[0]).toMatchObject({ line: 1, ruleId: 'k8s-schema', message: expect.stringMatching(/^could not read this YAML: /) });
  });

  it('still reads ordinary aliases', () => {
    const yaml = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: &l {app: x}\n  annotations: *l';
    expect(check(yaml)).toEqual({ findings: [], outcomes: ['checked'] });
  });
});
