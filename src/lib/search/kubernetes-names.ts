/**
 * The resource names Kubernetes readers write interchangeably: the built-in resources that
 * `kubectl api-resources` lists with a short name (Kubernetes 1.33), as it prints them:
 * NAME (the plural), SHORTNAMES, KIND (the singular, in the case manifests use). One is left
 * out: ipaddresses (`ip`), since "IP address" in prose would read as that resource. Search
 * indexes each question with the other forms of the names it uses (synonyms.ts), so `netpol`
 * finds a question that says NetworkPolicy and `pods` one that only says `kubectl get po`.
 *
 * One table for the build and the browser: the browser uses it to show where in a question's
 * own text a synonym matched.
 */
export interface ResourceNames {
  /** NAME: the plural, lower-case, as `kubectl get` accepts it. */
  plural: string;
  /** SHORTNAMES. */
  short: readonly string[];
  /** KIND: the singular, in its manifest case (`NetworkPolicy`). */
  kind: string;
}

const API_RESOURCES: readonly (readonly [plural: string, short: string, kind: string])[] = [
  ['componentstatuses', 'cs', 'ComponentStatus'],
  ['configmaps', 'cm', 'ConfigMap'],
  ['endpoints', 'ep', 'Endpoints'],
  ['events', 'ev', 'Event'],
  ['limitranges', 'limits', 'LimitRange'],
  ['namespaces', 'ns', 'Namespace'],
  ['nodes', 'no', 'Node'],
  ['persistentvolumeclaims', 'pvc', 'PersistentVolumeClaim'],
  ['persistentvolumes', 'pv', 'PersistentVolume'],
  ['pods', 'po', 'Pod'],
  ['replicationcontrollers', 'rc', 'ReplicationController'],
  ['resourcequotas', 'quota', 'ResourceQuota'],
  ['serviceaccounts', 'sa', 'ServiceAccount'],
  ['services', 'svc', 'Service'],
  ['customresourcedefinitions', 'crd,crds', 'CustomResourceDefinition'],
  ['daemonsets', 'ds', 'DaemonSet'],
  ['deployments', 'deploy', 'Deployment'],
  ['replicasets', 'rs', 'ReplicaSet'],
  ['statefulsets', 'sts', 'StatefulSet'],
  ['horizontalpodautoscalers', 'hpa', 'HorizontalPodAutoscaler'],
  ['cronjobs', 'cj', 'CronJob'],
  ['certificatesigningrequests', 'csr', 'CertificateSigningRequest'],
  ['ingresses', 'ing', 'Ingress'],
  ['networkpolicies', 'netpol', 'NetworkPolicy'],
  ['poddisruptionbudgets', 'pdb', 'PodDisruptionBudget'],
  // Removed in 1.25, still in the exercises written before it.
  ['podsecuritypolicies', 'psp', 'PodSecurityPolicy'],
  ['priorityclasses', 'pc', 'PriorityClass'],
  ['storageclasses', 'sc', 'StorageClass'],
];

export const RESOURCE_NAMES: readonly ResourceNames[] = API_RESOURCES.map(([plural, short, kind]) => ({
  plural,
  short: short.split(','),
  kind,
}));

/** `alias k=kubectl`, as the exam's documentation and every course write it. */
export const KUBECTL_ALIAS = { command: 'kubectl', alias: 'k' } as const;

/**
 * Short names that are also everyday words (`no`, `deploy`, `limits`, `quota`) or common
 * abbreviations (`cs`, `pc`): they name a resource only where kubectl reads them, as a
 * command's resource (`kubectl get no`, `deploy/web`, `po,svc`), not in prose.
 */
export const AMBIGUOUS_SHORT_NAMES: ReadonlySet<string> = new Set(['no', 'deploy', 'limits', 'quota', 'cs', 'pc']);

/** kubectl's commands that take a resource type next: where an ambiguous short name is one. */
export const RESOURCE_VERBS: ReadonlySet<string> = new Set([
  'annotate',
  'autoscale',
  'create',
  'delete',
  'describe',
  'edit',
  'explain',
  'expose',
  'get',
  'label',
  'patch',
  'scale',
  'taint',
  'top',
  'wait',
]);

/** `kubectl rollout <command> <type>`: the resource type comes after these, behind `rollout`. */
export const ROLLOUT_COMMANDS: ReadonlySet<string> = new Set(['history', 'pause', 'restart', 'resume', 'status', 'undo']);
