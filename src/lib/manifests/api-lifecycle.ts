/**
 * Which apiVersions Kubernetes deprecated and removed, and what replaced them: the schemas
 * of a release know only what it serves, so a removed API would otherwise read as an unknown
 * kind. From the Kubernetes deprecated API migration guide, the removals that exercise
 * repositories still carry, and the deprecations of APIs the bundled releases serve.
 */
import { compareVersions } from './kubernetes-versions';

export interface ApiChange {
  apiVersion: string;
  kinds: readonly string[];
  /** The release that stopped serving it; undefined while it is still served. */
  removedIn?: string;
  /** The release that first warned about it. */
  deprecatedIn?: string;
  /** What to write instead: an apiVersion (the kind unchanged), or advice. */
  use: string;
}

const WORKLOADS = ['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet', 'ControllerRevision'];
const RBAC = ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'];
const FLOW_CONTROL = ['FlowSchema', 'PriorityLevelConfiguration'];
const POD_SECURITY = 'Pod Security Admission (namespace labels pod-security.kubernetes.io/enforce)';

export const API_CHANGES: readonly ApiChange[] = [
  { apiVersion: 'extensions/v1beta1', kinds: ['Deployment', 'DaemonSet', 'ReplicaSet'], removedIn: '1.16', use: 'apps/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['NetworkPolicy'], removedIn: '1.16', use: 'networking.k8s.io/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['PodSecurityPolicy'], removedIn: '1.16', use: POD_SECURITY },
  { apiVersion: 'extensions/v1beta1', kinds: ['Ingress'], removedIn: '1.22', use: 'networking.k8s.io/v1' },
  { apiVersion: 'apps/v1beta1', kinds: WORKLOADS, removedIn: '1.16', use: 'apps/v1' },
  { apiVersion: 'apps/v1beta2', kinds: WORKLOADS, removedIn: '1.16', use: 'apps/v1' },
  { apiVersion: 'networking.k8s.io/v1beta1', kinds: ['Ingress', 'IngressClass'], removedIn: '1.22', use: 'networking.k8s.io/v1' },
  { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kinds: RBAC, removedIn: '1.22', use: 'rbac.authorization.k8s.io/v1' },
  { apiVersion: 'rbac.authorization.k8s.io/v1alpha1', kinds: RBAC, removedIn: '1.22', use: 'rbac.authorization.k8s.io/v1' },
  {
    apiVersion: 'admissionregistration.k8s.io/v1beta1',
    kinds: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'],
    removedIn: '1.22',
    use: 'admissionregistration.k8s.io/v1',
  },
  { apiVersion: 'apiextensions.k8s.io/v1beta1', kinds: ['CustomResourceDefinition'], removedIn: '1.22', use: 'apiextensions.k8s.io/v1' },
  { apiVersion: 'apiregistration.k8s.io/v1beta1', kinds: ['APIService'], removedIn: '1.22', use: 'apiregistration.k8s.io/v1' },
  { apiVersion: 'authentication.k8s.io/v1beta1', kinds: ['TokenReview'], removedIn: '1.22', use: 'authentication.k8s.io/v1' },
  {
    apiVersion: 'authorization.k8s.io/v1beta1',
    kinds: ['SubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview'],
    removedIn: '1.22',
    use: 'authorization.k8s.io/v1',
  },
  { apiVersion: 'certificates.k8s.io/v1beta1', kinds: ['CertificateSigningRequest'], removedIn: '1.22', use: 'certificates.k8s.io/v1' },
  { apiVersion: 'coordination.k8s.io/v1beta1', kinds: ['Lease'], removedIn: '1.22', use: 'coordination.k8s.io/v1' },
  { apiVersion: 'scheduling.k8s.io/v1beta1', kinds: ['PriorityClass'], removedIn: '1.22', use: 'scheduling.k8s.io/v1' },
  {
    apiVersion: 'storage.k8s.io/v1beta1',
    kinds: ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'],
    removedIn: '1.22',
    use: 'storage.k8s.io/v1',
  },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIStorageCapacity'], removedIn: '1.27', use: 'storage.k8s.io/v1' },
  { apiVersion: 'batch/v1beta1', kinds: ['CronJob'], removedIn: '1.25', use: 'batch/v1' },
  { apiVersion: 'discovery.k8s.io/v1beta1', kinds: ['EndpointSlice'], removedIn: '1.25', use: 'discovery.k8s.io/v1' },
  { apiVersion: 'events.k8s.io/v1beta1', kinds: ['Event'], removedIn: '1.25', use: 'events.k8s.io/v1' },
  { apiVersion: 'autoscaling/v2beta1', kinds: ['HorizontalPodAutoscaler'], removedIn: '1.25', use: 'autoscaling/v2' },
  { apiVersion: 'autoscaling/v2beta2', kinds: ['HorizontalPodAutoscaler'], removedIn: '1.26', use: 'autoscaling/v2' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodDisruptionBudget'], removedIn: '1.25', use: 'policy/v1' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodSecurityPolicy'], removedIn: '1.25', use: POD_SECURITY },
  { apiVersion: 'node.k8s.io/v1beta1', kinds: ['RuntimeClass'], removedIn: '1.25', use: 'node.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', kinds: FLOW_CONTROL, removedIn: '1.26', use: 'flowcontrol.apiserver.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kinds: FLOW_CONTROL, removedIn: '1.29', use: 'flowcontrol.apiserver.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', kinds: FLOW_CONTROL, removedIn: '1.32', use: 'flowcontrol.apiserver.k8s.io/v1' },
  // Still served, with a warning on every request.
  { apiVersion: 'v1', kinds: ['Endpoints'], deprecatedIn: '1.33', use: 'discovery.k8s.io/v1 EndpointSlice' },
  { apiVersion: 'v1', kinds: ['ComponentStatus'], deprecatedIn: '1.19', use: 'the /livez and /readyz endpoints of each component' },
];

export type Lifecycle = { state: 'removed'; change: ApiChange } | { state: 'deprecated'; change: ApiChange } | { state: 'served' };

/** What the target release says about an apiVersion and kind. */
export function apiLifecycle(apiVersion: string, kind: string, target: string): Lifecycle {
  for (const change of API_CHANGES) {
    if (change.apiVersion !== apiVersion || !change.kinds.includes(kind)) continue;
    if (change.removedIn !== undefined && compareVersions(target, change.removedIn) >= 0) return { state: 'removed', change };
    if (change.deprecatedIn !== undefined && compareVersions(target, change.deprecatedIn) >= 0) return { state: 'deprecated', change };
  }
  return { state: 'served' };
}
