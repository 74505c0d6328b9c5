/**
 * Synthetic curricula in the exercises convention, for build benchmarks.
 *
 * Deterministic (seeded), so two runs build the same bytes. The mix follows the public
 * exercise repositories: mostly bash and YAML answers with a sentence or two of prose,
 * some prose-only answers, console sessions, untagged and upper-case fences, answers whose
 * `<details><summary>show</summary><p>` is glued to the fence, multi-part answers, prompt
 * URLs, sibling links, the odd placeholder and empty answer.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The CKS domains and exam weights; question counts are spread by weight. */
const DOMAINS = [
  { file: 'a.cluster_setup.md', title: 'Cluster Setup', weight: 10 },
  { file: 'b.cluster_hardening.md', title: 'Cluster Hardening', weight: 15 },
  { file: 'c.system_hardening.md', title: 'System Hardening', weight: 15 },
  { file: 'd.minimize_microservice_vulnerabilities.md', title: 'Minimize Microservice Vulnerabilities', weight: 20 },
  { file: 'e.supply_chain_security.md', title: 'Supply Chain Security', weight: 20 },
  { file: 'f.monitoring_logging_runtime_security.md', title: 'Monitoring, Logging and Runtime Security', weight: 20 },
];

const VERBS = ['Create', 'Restrict', 'Audit', 'Harden', 'Inspect', 'Verify', 'Configure', 'Find', 'Scan', 'Lock down', 'Rotate', 'Enforce'];
const THINGS = [
  'a NetworkPolicy that denies all ingress',
  'a Role that can only list pods',
  'the kubelet anonymous access',
  'a pod with a read-only root filesystem',
  'an AppArmor profile for nginx',
  'a seccomp profile in the default location',
  'the audit policy of the API server',
  'the image digest of a deployment',
  'a ServiceAccount without token automount',
  'the etcd encryption at rest',
  'a RuntimeClass for gVisor',
  'the Falco rule for shells in containers',
  'a Pod Security admission label',
  'the Trivy scan of an image',
  'an OPA Gatekeeper constraint',
  'the TLS secret of an ingress',
];
const PLACES = [
  'namespace team-a',
  'namespace prod',
  'namespace dev',
  'the default namespace',
  'node01',
  'the control plane',
  'namespace payments',
  'namespace ci',
];
const NAMES = ['web', 'api', 'db', 'cache', 'frontend', 'worker', 'auth', 'metrics'];
const IMAGES = ['nginx:1.27', 'redis:7.4', 'busybox:1.36', 'postgres:16', 'httpd:2.4', 'alpine:3.20'];
const SENTENCES = [
  'The API server checks every request against the configured authorizers in order.',
  'Verify the result before moving on; the exam grader only looks at the final state.',
  'A container that runs as root can change files that belong to the node if a hostPath is mounted.',
  'Labels select the pods; an empty podSelector selects every pod of the namespace.',
  'Keep the original manifest so that the change can be rolled back quickly.',
  'The kubelet reloads static pod manifests when the file changes, so no restart is needed.',
  'Use the documentation pages allowed in the exam; the reference pages have complete examples.',
  'An admission controller can mutate or reject an object before it is stored in etcd.',
];

/** mulberry32: a small, fast, seeded PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function prose(random, sentences) {
  return Array.from({ length: sentences }, () => pick(random, SENTENCES)).join(' ');
}

function bashFence(random, lang = 'bash') {
  const name = pick(random, NAMES);
  const ns = `team-${Math.floor(random() * 20)}`;
  const lines = [
    `kubectl -n ${ns} get pod ${name} -o yaml > ${name}.yaml`,
    `kubectl -n ${ns} run ${name} --image=${pick(random, IMAGES)} --dry-run=client -o yaml > pod.yaml`,
    `kubectl auth can-i list pods --as=system:serviceaccount:${ns}:${name}`,
    `crictl ps --name ${name} -q | xargs crictl inspect | jq .info.pid`,
    `grep -n -- '--authorization-mode' /etc/kubernetes/manifests/kube-apiserver.yaml`,
    `trivy image --severity HIGH,CRITICAL ${pick(random, IMAGES)}`,
    `systemctl restart kubelet && journalctl -u kubelet -n 20 --no-pager`,
    `kubectl -n ${ns} exec ${name} -- id   # verify: uid is not 0`,
  ];
  const count = 2 + Math.floor(random() * 5);
  return ['```' + lang, ...Array.from({ length: count }, () => pick(random, lines)), '```'].join('\n');
}

function yamlFence(random, lang = 'yaml') {
  const name = pick(random, NAMES);
  const kind = pick(random, ['pod', 'netpol', 'role']);
  const body = {
    pod: [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      `  name: ${name}`,
      `  namespace: team-${Math.floor(random() * 20)}`,
      'spec:',
      '  securityContext:',
      '    runAsNonRoot: true',
      '    seccompProfile:',
      '      type: RuntimeDefault',
      '  containers:',
      `  - name: ${name}`,
      `    image: ${pick(random, IMAGES)}`,
      '    securityContext:',
      '      readOnlyRootFilesystem: true',
      '      allowPrivilegeEscalation: false',
      '      capabilities:',
      '        drop: ["ALL"]',
    ],
    netpol: [
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata:',
      `  name: deny-${name}`,
      'spec:',
      '  podSelector:',
      '    matchLabels:',
      `      app: ${name}`,
      '  policyTypes:',
      '  - Ingress',
      '  - Egress',
      '  ingress:',
      '  - from:',
      '    - namespaceSelector:',
      '        matchLabels:',
      '          kubernetes.io/metadata.name: monitoring',
    ],
    role: [
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: Role',
      'metadata:',
      `  name: ${name}-reader`,
      'rules:',
      '- apiGroups: [""]',
      '  resources: ["pods", "pods/log"]',
      '  verbs: ["get", "list", "watch"]',
    ],
  }[kind];
  return ['```' + lang, ...body, '```'].join('\n');
}

function consoleFence(random) {
  const name = pick(random, NAMES);
  return [
    '```console',
    `$ kubectl get pods -l app=${name}`,
    'NAME                   READY   STATUS    RESTARTS   AGE',
    `${name}-7d9c5b6f4-x2k8q   1/1     Running   0          3m`,
    '```',
  ].join('\n');
}

/** One answer body, as markdown; `kind` picks the mix. */
function answerBody(random) {
  const roll = random();
  if (roll < 0.35) return `${prose(random, 1)}\n\n${bashFence(random)}`;
  if (roll < 0.6) return `${prose(random, 1)}\n\n${yamlFence(random)}\n\n${bashFence(random)}`;
  if (roll < 0.72)
    return `${prose(random, 3)}\n\n* ${prose(random, 1)}\n* ${prose(random, 1)}\n* \`kubectl explain pod.spec.securityContext\``;
  if (roll < 0.8) return `${consoleFence(random)}\n\n${prose(random, 1)}`;
  if (roll < 0.88) return bashFence(random, '');
  if (roll < 0.94) return `${yamlFence(random, 'YAML')}`;
  return `${prose(random, 2)} See [the hardening domain](b.cluster_hardening.md#${pick(random, ['rbac', 'service-accounts', 'upgrade'])}).\n\n${bashFence(random, 'sh')}`;
}

/** A bash fence of 1 to `max` lines: the short commands most real answers are. */
function shortBash(random, max = 3, lang = 'bash') {
  const fence = bashFence(random, lang).split('\n');
  const lines = fence.slice(1, -1).slice(0, max === 1 ? 1 : 1 + Math.ceil(random() * (max - 1)));
  return ['```' + lang, ...lines, '```'].join('\n');
}

const SHORT_SENTENCES = ['Check it with:', 'Then apply it:', 'On the node:', 'Verify:', 'For example:'];

/**
 * An answer shaped like those of public CKS/CKAD/CKA repositories (316 answer blocks of three
 * of them: median 154 characters, 1.5 fences each, median fence 2 lines): mostly one or two
 * short bash fences, some YAML manifests with their apply, some untagged, a few in prose.
 */
function realAnswerBody(random) {
  const roll = random();
  const lead = () => (random() < 0.3 ? `${pick(random, SHORT_SENTENCES)}\n\n` : '');
  if (roll < 0.1) return prose(random, 1);
  if (roll < 0.5) return `${lead()}${shortBash(random)}`;
  if (roll < 0.75) return `${shortBash(random, 2)}\n\n${pick(random, SHORT_SENTENCES)}\n\n${shortBash(random, 2)}`;
  if (roll < 0.88) return `${yamlFence(random)}\n\n${shortBash(random, 1)}`;
  if (roll < 0.92) return shortBash(random, 2, '');
  return `${shortBash(random, 1)}\n\n${yamlFence(random)}\n\n${shortBash(random, 1)}`;
}

/** A `<details>` block in one of the spellings authors use, some of them glued. */
function answerBlock(random, body) {
  const roll = random();
  if (roll < 0.55) return `<details><summary>show</summary>\n<p>\n\n${body}\n\n</p>\n</details>`;
  // Glued: the tag line runs straight into the fence or text, no blank line.
  if (roll < 0.8) return `<details><summary>show</summary><p>\n${body}\n</p></details>`;
  if (roll < 0.95) return `<details>\n<summary>show</summary>\n<p>\n\n${body}\n\n</p>\n</details>`;
  return `<details><summary>Solution</summary>\n\n${body}\n\n</details>`;
}

function question(random, index, body = answerBody) {
  const roll = random();
  const title = `${pick(random, VERBS)} ${pick(random, THINGS)} in ${pick(random, PLACES)} (${index})`;
  if (roll < 0.01) return '#### Question\n\n<details><summary>show</summary>\n<p>\n\nAnswer\n\n</p>\n</details>';
  if (roll < 0.02) return `#### ${title}\n\n<details><summary>show</summary>\n<p>\n\n</p>\n</details>`;
  const prompt = random() < 0.15 ? `https://kubernetes.io/docs/concepts/security/\n` : '';
  if (roll < 0.08) {
    return `#### ${title}\n${prompt}\n${answerBlock(random, body(random))}\n\nThen check it from another namespace.\n\n${answerBlock(random, body(random))}`;
  }
  return `#### ${title}\n${prompt}\n${answerBlock(random, body(random))}`;
}

function domainFile(random, domain, count, startIndex, body) {
  const out = [`# ${domain.title} (${domain.weight}%)`, ''];
  const topics = [];
  let left = count;
  for (let t = 0; left > 0; t++) {
    const size = Math.min(left, 8 + Math.floor(random() * 18));
    topics.push({ title: `${pick(random, VERBS)} ${pick(random, THINGS)} (topic ${t + 1})`, size });
    left -= size;
  }
  for (const topic of topics.slice(0, 6)) out.push(`* ${topic.title}`);
  out.push('', '## References', 'kubernetes.io > Documentation > Concepts > [Security](https://kubernetes.io/docs/concepts/security/)', '');
  let index = startIndex;
  for (const topic of topics) {
    out.push(
      `## ${topic.title}`,
      '### References',
      `kubernetes.io > Documentation > [Tasks](https://kubernetes.io/docs/tasks/)`,
      '',
      '### Questions',
    );
    for (let q = 0; q < topic.size; q++) out.push(question(random, ++index, body), '');
  }
  return { text: `${out.join('\n')}\n`, next: index };
}

/**
 * Write a curriculum of about `questions` questions (placeholders included) into `dir`:
 * the six CKS domains (or the first `domains` of them) weighted like the exam, topics of
 * 8 to 25 questions, and a README. `shape: 'real'` writes answers shaped like public
 * repositories' (realAnswerBody) instead of the long generated ones.
 */
export function writeCurriculum(dir, questions, { seed = 1, domains = DOMAINS.length, files = null, shape = 'long' } = {}) {
  const body = shape === 'real' ? realAnswerBody : answerBody;
  const random = rng(seed);
  const chosen = DOMAINS.slice(0, domains);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'README.md'), `# Synthetic CKS curriculum\n\n${questions} generated questions for build benchmarks.\n`);
  const fileCount = files ?? chosen.length;
  let index = 0;
  const shares = spread(
    questions,
    chosen.map((d) => d.weight),
  );
  const fileShares = spread(
    fileCount,
    chosen.map((d) => d.weight),
  ).map((n) => Math.max(1, n));
  for (const [i, domain] of chosen.entries()) {
    // One file per domain, or (with `files`) a folder per domain of that many files, as
    // repositories with one topic per file are laid out.
    const parts = files === null ? [shares[i]] : spread(shares[i], Array(fileShares[i]).fill(1));
    for (const [k, share] of parts.entries()) {
      const name = files === null ? domain.title : `${domain.title}: part ${k + 1}`;
      const { text, next } = domainFile(random, { ...domain, title: name }, share, index, body);
      const path = files === null ? domain.file : join(domain.file.replace(/\.md$/, ''), `${String(k + 1).padStart(3, '0')}.part.md`);
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
      index = next;
    }
  }
  return { questions, domains: chosen.length, files: fileShares.reduce((a, b) => a + b, 0) };
}

/** `total` split by `weights` into whole numbers that add up to it (the last takes the rounding). */
function spread(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.round((total * w) / sum));
  out[out.length - 1] += total - out.reduce((a, b) => a + b, 0);
  return out;
}
