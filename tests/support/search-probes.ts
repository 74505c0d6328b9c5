/**
 * The search probe set: real queries, as candidates type them, each with the question that
 * must be among the first three results. Over `content/` and over a CKAD-style fixture
 * (tests/fixtures/site-for-kubernetes-search). tests/e2e/search-probes.spec.ts requires every
 * one to hold; bench/search.ts reports the share found first and in the top 3.
 */
import type { Page } from '@playwright/test';

export interface Probe {
  query: string;
  /** The title of the question that must come in the top 3. */
  question: string;
}

export const PROBE_FIXTURE = 'tests/fixtures/site-for-kubernetes-search/input';

/** Over content/, the CKS curriculum. */
export const CONTENT_PROBES: readonly Probe[] = [
  {
    query: 'netpol',
    question:
      'Create a NetworkPolicy default-deny-all that blocks all ingress and egress traffic of every pod in namespace team-a, and prove that it works',
  },
  { query: 'networkpolicy', question: 'How do NetworkPolicies work, and what must be true in the cluster for them to have any effect?' },
  { query: 'network policy', question: 'How do NetworkPolicies work, and what must be true in the cluster for them to have any effect?' },
  {
    query: 'sa',
    question:
      'Create the service account deployer in team-a that may manage Deployments only in team-a, reusing a ClusterRole deployment-manager',
  },
  {
    query: 'serviceaccount token',
    question:
      'Stop pods in namespace team-a from getting the token of the default service account automatically, and prove it for a new pod',
  },
  {
    query: 'automountServiceAccountToken',
    question:
      'Stop pods in namespace team-a from getting the token of the default service account automatically, and prove it for a new pod',
  },
  { query: 'cm', question: 'Make the ConfigMap web-config in namespace team-a immutable' },
  { query: 'configmap immutable', question: 'Make the ConfigMap web-config in namespace team-a immutable' },
  {
    query: 'readOnlyRootFilesystem',
    question:
      'Create a pod web-ro in namespace team-a running nginx:1.27 whose root filesystem cannot be written to, but which still serves pages',
  },
  {
    query: 'read only root filesystem',
    question: 'Enforce that every new pod in namespace team-a uses a read-only root filesystem, using a ValidatingAdmissionPolicy',
  },
  {
    query: 'allowPrivilegeEscalation',
    question: 'Create a pod app in namespace team-a whose processes run as a non-root user and can never gain more privileges',
  },
  {
    query: 'runAsNonRoot',
    question: 'Create a pod app in namespace team-a whose processes run as a non-root user and can never gain more privileges',
  },
  { query: '--as=jane', question: 'Allow user jane to get, list and watch pods and read their logs in namespace team-a, and nothing else' },
  { query: 'dry-run=server', question: 'Before enforcing restricted on every namespace, find out which running pods would violate it' },
  {
    query: 'enforce=restricted',
    question: 'Deployment api in namespace team-a (enforce=restricted) shows READY 0/2. Find out why and fix it',
  },
  {
    query: '--authorization-mode=AlwaysAllow',
    question:
      'Check the authentication, authorization and admission flags of kube-apiserver, and fix a control plane where --authorization-mode=AlwaysAllow was set',
  },
  {
    query: 'net.core.somaxconn=1024',
    question: 'Pod queue in team-a needs net.core.somaxconn=1024. Allow this unsafe sysctl on node01 only and run the pod there',
  },
  {
    query: 'csr',
    question:
      'Create the user jane with a client certificate signed by the cluster CA (group team-a-devs, valid 24 hours) and a kubeconfig context for her',
  },
  {
    query: 'ing tls',
    question:
      'Create an Ingress secure-web in namespace team-a (class nginx) that serves https://secure.example.com/ from Service web port 80 with the Secret secure-tls',
  },
  {
    query: 'crd',
    question:
      'Reject pods in namespace team-a whose images have no tag or the latest tag, with an OPA Gatekeeper ConstraintTemplate and Constraint',
  },
  { query: 'strace', question: 'What is strace, and how do you print its help page?' },
  {
    query: 'audit policy',
    question:
      'Write an audit policy that keeps Secret and ConfigMap contents out of the log, ignores health checks and node reads, records exec sessions, and logs full bodies for workload changes in team-a',
  },
  {
    query: 'seccomp RuntimeDefault',
    question: 'Make RuntimeDefault the seccomp profile for every container on node01 that does not set one',
  },
  {
    query: 'kube-bench',
    question: 'Run kube-bench against the control plane node, show only the failed checks, and read the remediation of one of them',
  },
  { query: 'etcd snapshot', question: 'Take an etcd snapshot and save the PKI of the control plane before upgrading' },
  {
    query: 'hostUsers: false',
    question:
      'Run pod userns in team-a in its own user namespace (hostUsers: false) and show that root in the container is not root on the node',
  },
  {
    query: 'k8saudit',
    question:
      "Send the API server's audit events to Falco with the k8saudit plugin and the webhook backend, and get an alert for kubectl exec",
  },
];

/** Over the CKAD-style fixture, English and Chinese. */
export const FIXTURE_PROBES: readonly Probe[] = [
  {
    query: 'dry-run=client',
    question: 'Generate the manifest of a pod named web with image nginx without creating it, and save it to web.yaml',
  },
  {
    query: '--dry-run=client',
    question: 'Generate the manifest of a pod named web with image nginx without creating it, and save it to web.yaml',
  },
  { query: 'dry-run', question: 'Generate the manifest of a pod named web with image nginx without creating it, and save it to web.yaml' },
  {
    query: '--image=nginx',
    question: 'Generate the manifest of a pod named web with image nginx without creating it, and save it to web.yaml',
  },
  { query: '-o=yaml', question: 'Print the YAML of the running pod web, as the API server stores it' },
  { query: '--restart=Never', question: 'Start a one-off busybox pod that prints the date and is never restarted' },
  { query: 'restart=never', question: 'Start a one-off busybox pod that prints the date and is never restarted' },
  { query: 'k get po', question: 'List the pods of every namespace with the node each one runs on' },
  { query: 'pods labels', question: 'Show the labels of everything running in namespace shop' },
  { query: 'netpol', question: 'Check which policies select the pods of namespace shop' },
  { query: 'network policy deny', question: 'Deny all incoming traffic to the pods of namespace shop' },
  {
    query: 'readOnlyRootFilesystem',
    question: 'Run the container of pod locked with a read-only root filesystem and without privilege escalation',
  },
  {
    query: 'read only root filesystem',
    question: 'Run the container of pod locked with a read-only root filesystem and without privilege escalation',
  },
  {
    query: 'allowPrivilegeEscalation',
    question: 'Run the container of pod locked with a read-only root filesystem and without privilege escalation',
  },
  { query: 'runAsNonRoot', question: 'Make every container of pod nonroot run as user 1000, never as root' },
  { query: 'livenessProbe', question: 'Which fields does the container spec accept for health checks?' },
  { query: 'svc', question: 'Expose deployment web on port 80 as a ClusterIP service' },
  { query: 'endpoints', question: 'Find the endpoints behind service web, and why a service can have none' },
  { query: 'ingress host', question: 'Route the host shop.example.com to service web with an Ingress' },
  { query: 'cm', question: 'Create a ConfigMap app-config with the key mode=debug and load it into a pod as environment variables' },
  {
    query: 'mode=debug',
    question: 'Create a ConfigMap app-config with the key mode=debug and load it into a pod as environment variables',
  },
  { query: '--from-literal=password=s3cret', question: 'Store the password s3cret in a Secret and mount it as a file' },
  { query: 'sa', question: 'Make pod web run with the identity of a new service account named builder' },
  { query: 'pvc', question: 'Claim 1Gi of storage and mount it into a pod at /data' },
  { query: 'deploy', question: 'Create a deployment of three nginx replicas and scale it to five' },
  { query: 'hpa', question: 'Scale deployment web between 2 and 6 replicas at 70% CPU' },
  { query: 'cronjob', question: 'Run a job every five minutes that prints the time' },
  { query: 'daemonset', question: 'Run one log collector pod on every node' },
  { query: 'statefulset', question: 'Give each replica of a database its own stable name and volume' },
  { query: 'ns', question: 'Create the namespace shop and make it the default namespace of the current context' },
  { query: '只读', question: '让 Pod locked 的容器以只读的根文件系统运行，并且禁止提升权限。' },
  { query: '文件系统', question: '让 Pod locked 的容器以只读的根文件系统运行，并且禁止提升权限。' },
  { query: '用户', question: '让 Pod nonroot 的所有容器都以用户 1000 运行，绝不以 root 身份运行。' },
];

/**
 * Types `query` into the header search at once and returns the result titles, in order,
 * once the status names that query. The page must have the header search.
 */
export async function searchTitles(page: Page, query: string): Promise<string[]> {
  const field = page.locator('[data-site-search] [data-search-input]');
  await field.fill(query);
  await page.waitForFunction(
    (q) => document.querySelector('[data-site-search] [data-search-status]')?.textContent?.includes(`“${q}”`) === true,
    query,
  );
  return page.locator('[data-site-search] [data-search-results] .search-result-title').allTextContents();
}

/** The probe's question's place in `titles` (1 is first), or null when it is not listed. */
export function rankOf(probe: Probe, titles: readonly string[]): number | null {
  const at = titles.indexOf(probe.question);
  return at === -1 ? null : at + 1;
}
