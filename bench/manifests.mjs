#!/usr/bin/env node
/**
 * `npm run bench:manifests`: what checking the manifests of a curriculum adds to its build.
 * Writes a curriculum of 1,000 manifests (ten domains of 100 questions: Deployments, Pods,
 * Services, NetworkPolicies, RBAC, Jobs, heredocs, --- streams) and, in a fresh process each
 * round, times the check of all of them as the read stage runs it: finding the manifests in
 * the answers, parsing the YAML, loading the schemas and compiling each kind on first use,
 * validating. The parse of the markdown, which the build does anyway, is not counted. A
 * second curriculum has a misspelt field in one manifest in ten. Rounds alternate the two.
 * Into bench/results/manifests.json. `--rounds=5` (default), `--manifests=1000`.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));

/** Manifests as exercise answers write them; `i` varies names, numbers and shapes. */
const TEMPLATES = [
  (i) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-${i}
  labels: {app: web-${i}}
spec:
  replicas: ${(i % 5) + 1}
  selector:
    matchLabels: {app: web-${i}}
  template:
    metadata:
      labels: {app: web-${i}}
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: ${1000 + i}
        seccompProfile: {type: RuntimeDefault}
      containers:
      - name: web
        image: nginx:1.${i % 30}
        ports:
        - containerPort: ${8000 + (i % 100)}
        resources:
          requests: {cpu: ${(i % 4) + 1}00m, memory: ${(i % 8) + 1}28Mi}
          limits: {cpu: ${(i % 2) + 1}, memory: 1Gi}
        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities: {drop: ["ALL"]}`,
  (i) => `apiVersion: v1
kind: Pod
metadata:
  name: probe-${i}
spec:
  automountServiceAccountToken: false
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "sleep ${i}"]
    livenessProbe:
      exec: {command: ["true"]}
      periodSeconds: ${(i % 10) + 5}
    volumeMounts:
    - {name: cache, mountPath: /cache}
  volumes:
  - name: cache
    emptyDir: {sizeLimit: ${(i % 9) + 1}00Mi}`,
  (i) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-${i}
  namespace: team-${i % 7}
spec:
  podSelector:
    matchLabels: {app: api-${i}}
  policyTypes: ["Ingress", "Egress"]
  ingress:
  - from:
    - namespaceSelector:
        matchLabels: {kubernetes.io/metadata.name: front}
    ports:
    - {protocol: TCP, port: ${80 + (i % 20)}}
  egress:
  - to:
    - ipBlock: {cidr: 10.${i % 250}.0.0/16}`,
  (i) => `apiVersion: v1
kind: Service
metadata:
  name: svc-${i}
spec:
  type: ${['ClusterIP', 'NodePort'][i % 2]}
  selector: {app: web-${i}}
  ports:
  - name: http
    port: 80
    targetPort: ${i % 2 ? 'http' : 8080}
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: sa-${i}
automountServiceAccountToken: false`,
  (i) => `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader-${i}
  namespace: dev-${i % 5}
rules:
- apiGroups: [""]
  resources: ["pods", "pods/log"]
  verbs: ["get", "list", "watch"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: reader-${i}
  namespace: dev-${i % 5}
subjects:
- {kind: ServiceAccount, name: sa-${i}, namespace: dev-${i % 5}}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader-${i}}`,
  (i) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: scan-${i}
spec:
  schedule: "${i % 60} 3 * * *"
  jobTemplate:
    spec:
      backoffLimit: ${i % 4}
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: scan
            image: aquasec/trivy:0.${50 + (i % 10)}.0
            args: ["image", "--severity", "HIGH,CRITICAL", "nginx:1.${i % 30}"]`,
];

/** With `typos`, one manifest in ten has a misspelt field, which the check then reads a second time to place. */
function question(i, typos) {
  const valid = TEMPLATES[i % TEMPLATES.length](i);
  const manifest = typos && i % 10 === 3 ? valid.replace('metadata:\n', 'metadata:\n  lables: {typo: "yes"}\n') : valid;
  // One answer in five applies its manifest from a heredoc, as exam answers often do.
  const body = i % 5 === 4 ? `\`\`\`bash\ncat <<EOF | kubectl apply -f -\n${manifest}\nEOF\n\`\`\`` : `\`\`\`yaml\n${manifest}\n\`\`\``;
  return `### Task ${i}: apply the manifest for case ${i}.\n\n<details><summary>show</summary>\n<p>\n\n${body}\n\n</p>\n</details>\n`;
}

function writeCurriculum(dir, manifests, typos) {
  const perFile = 100;
  for (let file = 0; file * perFile < manifests; file += 1) {
    const questions = [];
    for (let i = file * perFile; i < Math.min(manifests, (file + 1) * perFile); i += 1) questions.push(question(i, typos));
    writeFileSync(
      join(dir, `${String(file).padStart(2, '0')}-domain_${file}.md`),
      `# Domain ${file} (10%)\n\n## Tasks\n\n${questions.join('\n')}`,
    );
  }
}

/** In a fresh process: the timed check (lib/time-manifest-check.ts), printed as JSON. */
async function child(dir) {
  const { tsImport } = await import('tsx/esm/api');
  const { timeManifestCheck } = await tsImport('./lib/time-manifest-check.ts', import.meta.url);
  process.stdout.write(JSON.stringify(timeManifestCheck(dir)));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function summarize(runs) {
  return {
    documentsChecked: runs[0].checked,
    findings: runs[0].findings,
    wallMs: {
      min: Math.round(Math.min(...runs.map((r) => r.ms))),
      median: Math.round(median(runs.map((r) => r.ms))),
      max: Math.round(Math.max(...runs.map((r) => r.ms))),
    },
    cpuMs: { min: Math.round(Math.min(...runs.map((r) => r.cpuMs))), median: Math.round(median(runs.map((r) => r.cpuMs))) },
  };
}

async function main() {
  const manifests = Number(args.manifests ?? 1000);
  const rounds = Number(args.rounds ?? 5);
  const work = mkdtempSync(join(tmpdir(), 'cks-bench-manifests-'));
  const scenarios = { valid: join(work, 'valid'), typos: join(work, 'typos') };
  try {
    for (const [name, dir] of Object.entries(scenarios)) {
      mkdirSync(dir);
      writeCurriculum(dir, manifests, name === 'typos');
    }
    const runs = { valid: [], typos: [] };
    for (let round = 0; round < rounds; round += 1) {
      for (const [name, dir] of Object.entries(scenarios)) {
        const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', dir], { cwd: root, encoding: 'utf8' });
        runs[name].push(JSON.parse(out));
        const run = runs[name].at(-1);
        console.log(`round ${round + 1}, ${name}: ${run.checked} documents checked, ${run.findings} findings, in ${run.ms.toFixed(0)} ms`);
      }
    }
    const result = {
      date: new Date().toISOString().slice(0, 10),
      commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim(),
      machine: `${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.versions.node}, load average ${loadavg()[0].toFixed(1)} at the end`,
      manifests,
      kubernetesVersion: runs.valid[0].version,
      rounds,
      budgetMs: 1000,
      valid: summarize(runs.valid),
      oneInTenWithATypo: summarize(runs.typos),
    };
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    writeFileSync(join(root, 'bench/results/manifests.json'), `${JSON.stringify(result, null, 2)}\n`);
    for (const [name, r] of [
      ['valid', result.valid],
      ['one in ten with a typo', result.oneInTenWithATypo],
    ]) {
      console.log(
        `${manifests} manifests, ${name} (${r.documentsChecked} documents): min ${r.wallMs.min} ms, median ${r.wallMs.median} ms, max ${r.wallMs.max} ms; CPU median ${r.cpuMs.median} ms (budget 1000 ms)`,
      );
    }
    console.log('-> bench/results/manifests.json');
  } finally {
    if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
    else console.log(`kept ${work}`);
  }
}

if (process.argv.includes('--child')) await child(process.argv[process.argv.indexOf('--child') + 1]);
else await main();
