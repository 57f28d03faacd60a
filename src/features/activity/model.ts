/** The activity center's data: one Operation per mutating call made in this tab. Plain data, JSON-safe. */

export type ResourceKind = 'volume' | 'snapshot' | 'volumeType' | 'qosSpec' | 'quota' | 'service' | 'backup' | 'image' | 'transfer';

export type ActivityAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'metadata'
  | 'extend'
  | 'retype'
  | 'revert'
  | 'resetStatus'
  | 'migrate'
  | 'forceDelete'
  | 'setBootable'
  | 'uploadImage'
  | 'otherAction'
  | 'extraSpecs'
  | 'access'
  | 'specs'
  | 'associate'
  | 'disassociate'
  | 'quota'
  | 'transfer'
  | 'acceptTransfer'
  | 'cancelTransfer'
  | 'setReadonly'
  | 'encryption'
  | 'manage'
  | 'unmanage'
  | 'enable'
  | 'disable'
  | 'resetQuota'
  | 'defaultQuota'
  | 'attach'
  | 'detach'
  | 'forceDetach'
  | 'restore';

/** Actions whose success is the resource's disappearance (a 404 while following it). */
export const REMOVING_ACTIONS: ReadonlySet<ActivityAction> = new Set(['delete', 'forceDelete', 'unmanage']);

/** 'watch': the resource changes asynchronously (202) and is followed until it settles; 'instant': done when answered. */
export type Tracking = 'watch' | 'instant';

export type Phase = 'running' | 'succeeded' | 'failed';

/** Whether the outcome still has to be announced: pending (not settled / fetching the reason), ready, done, none (never). */
export type NotifyState = 'pending' | 'ready' | 'done' | 'none';

/** What a call was, derived from method + path + response. Never the request body itself (passwords, specs). */
export interface OperationInit {
  kind: ResourceKind;
  action: ActivityAction;
  tracking: Tracking;
  resourceId: string | null;
  resourceName?: string | null;
  /** The raw Cinder action or key, e.g. "os-unreserve", "read_iops_sec": shown beside the action. */
  detail?: string;
  /** What "done" looks like, when the final state differs from the start (extend: size, retype: type, migrate: host). */
  expect?: Expectation;
}

/** The effect an operation must show to be done (a settled status alone is not success). */
export interface Expectation {
  size?: number;
  /** The new type as sent: a name or an id. */
  type?: string;
  /** The new type's name when the call sent its id (from the types the page had loaded). */
  typeName?: string;
  /** The migration's destination (host@backend#pool, or host@backend). */
  host?: string;
}

export interface Transition {
  status: string;
  migrationStatus?: string | null;
  at: number;
}

export interface Operation extends OperationInit {
  id: string;
  resourceName: string | null;
  user: string;
  projectId: string;
  projectName: string;
  startedAt: number;
  /** When the call was answered (202/200 or the refusal). */
  respondedAt: number;
  requestId: string | null;
  phase: Phase;
  endedAt?: number;
  transitions: Transition[];
  /** A transitional status was seen, so a later stable one is certainly the outcome. */
  sawTransitional: boolean;
  /** The server's refusal message (the call itself failed). */
  error?: string;
  /** Why a settled failure happened: Cinder's user message for the resource. */
  userMessage?: string;
  /** The resource disappeared while an action other than delete was running. */
  gone?: boolean;
  /** It settled without the effect (same type, size or host): failed, even with no error status. */
  unchanged?: boolean;
  /** What the resource looked like when the operation ended (status, migration status, host, type, size). */
  settledOn?: Observation;
  notify: NotifyState;
}

/** The few fields of a fetched volume / snapshot the tracker looks at. */
export interface Observation {
  status: string;
  migrationStatus?: string | null;
  name?: string | null;
  size?: number;
  volumeType?: string | null;
  volumeTypeId?: string | null;
  /** os-vol-host-attr:host (admins only). */
  host?: string | null;
}

export function durationMs(op: Operation, now: number): number {
  return (op.endedAt ?? now) - op.startedAt;
}
