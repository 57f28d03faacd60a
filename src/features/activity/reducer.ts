/**
 * Pure state changes of the activity center: start an operation, feed it observations of its resource
 * (from the pages' own queries or the tracker's GET), and settle it on a stable status or a 404.
 */
import { REMOVING_ACTIONS, type Observation, type Operation, type OperationInit } from './model';
import { CHANGING_BACKUP_STATUSES } from '../../domain/backups/status';
import { CHANGING_SNAPSHOT_STATUSES } from '../../domain/snapshots/status';
import { isErrorStatus } from '../../domain/status';
import { CHANGING_MIGRATION_STATUSES, CHANGING_VOLUME_STATUSES } from '../../domain/volumes/status';
import { imageStatusInfo, isImageTransitional } from '../../domain/images/status';

/** Operations kept (newest first); older finished ones are dropped first. */
export const MAX_OPERATIONS = 50;
/**
 * A stable status seen this long after the 202 is the outcome even without having seen a transitional one
 * (fast flows). Earlier, it may come from a list request that left before the action was accepted.
 */
export const SETTLE_GRACE_MS = 1500;

export interface ActivityState {
  operations: Operation[];
}

export const emptyState: ActivityState = { operations: [] };

export type ActivityEvent =
  | {
      type: 'started';
      id: string;
      init: OperationInit;
      who: { user: string; projectId: string; projectName: string };
      startedAt: number;
      respondedAt: number;
      requestId: string | null;
      error?: string;
    }
  | { type: 'observed'; resourceId: string; observation: Observation; at: number }
  | { type: 'gone'; resourceId: string; at: number }
  | { type: 'reasonFound'; id: string; userMessage?: string }
  | { type: 'notified'; id: string }
  | { type: 'clearFinished' };

export function isTransitionalFor(op: Pick<Operation, 'kind' | 'action'>, obs: Observation): boolean {
  if (op.kind === 'image') return isImageTransitional(obs.status);
  const set = op.kind === 'snapshot' ? CHANGING_SNAPSHOT_STATUSES : op.kind === 'backup' ? CHANGING_BACKUP_STATUSES : CHANGING_VOLUME_STATUSES;
  if (set.has(obs.status)) return true;
  return (op.action === 'migrate' || op.action === 'retype') && !!obs.migrationStatus && CHANGING_MIGRATION_STATUSES.has(obs.migrationStatus);
}

/** host@backend#pool → host@backend: Cinder may place a migrated volume in another pool of the backend asked for. */
const backendOf = (host: string) => host.split('#')[0]!;

/**
 * Whether the observation shows the action's effect (new size, new type, new host): true, false, or null
 * when it cannot tell (nothing to compare with, or a field this token does not see).
 */
export function effectShown(op: Pick<Operation, 'action' | 'expect'>, obs: Observation): boolean | null {
  const expect = op.expect;
  switch (op.action) {
    case 'extend':
      return expect?.size === undefined || obs.size === undefined ? null : obs.size >= expect.size;
    case 'retype': {
      if (!expect?.type) return null;
      const names = [expect.type, expect.typeName];
      if (obs.volumeTypeId === expect.type || (obs.volumeType && names.includes(obs.volumeType))) return true;
      // Not matching is proof only when both forms of the type are known (an id sent, a name read).
      return obs.volumeTypeId != null || (expect.typeName !== undefined && obs.volumeType != null) ? false : null;
    }
    case 'migrate':
      if (obs.migrationStatus === undefined) return null;
      if (obs.migrationStatus !== 'success') return false;
      if (!expect?.host || !obs.host) return true;
      return expect.host.includes('#') ? obs.host === expect.host : backendOf(obs.host) === backendOf(expect.host);
    default:
      return null;
  }
}

/** The observation shows the action's end state (so it cannot be a stale pre-action read). */
function showsDone(op: Operation, obs: Observation): boolean {
  if (op.action === 'create') return true; // a new resource has no "before"
  if (op.action === 'migrate' && obs.migrationStatus === 'error') return true;
  return effectShown(op, obs) === true;
}

function observe(op: Operation, obs: Observation, at: number): Operation {
  const last = op.transitions[op.transitions.length - 1];
  const migrationStatus = obs.migrationStatus === undefined ? undefined : obs.migrationStatus;
  let next: Operation = op;
  if (!last || last.status !== obs.status || (last.migrationStatus ?? null) !== (migrationStatus ?? null)) {
    const transition = migrationStatus === undefined ? { status: obs.status, at } : { status: obs.status, migrationStatus, at };
    next = { ...next, transitions: [...next.transitions, transition] };
  }
  if (obs.name && obs.name !== next.resourceName) next = { ...next, resourceName: obs.name };
  if (isTransitionalFor(op, obs)) return next.sawTransitional ? next : { ...next, sawTransitional: true };
  const certain = next.sawTransitional || showsDone(next, obs) || at - next.respondedAt >= SETTLE_GRACE_MS;
  if (!certain) return next;
  const isDelete = REMOVING_ACTIONS.has(op.action);
  const failed = (op.kind === 'image' && imageStatusInfo(obs.status).isError) || isErrorStatus(obs.status) || ((op.action === 'migrate' || op.action === 'retype') && obs.migrationStatus === 'error');
  // A delete succeeds only with the 404; a stable non-error status means the delete was given up (reset by an admin).
  if (isDelete && !failed && !next.sawTransitional) return next;
  next = { ...next, settledOn: obs };
  if (failed || isDelete) return settle(next, 'failed', at);
  // Settled is not done: Cinder puts a retype it could not do back to its old status, with the old type.
  if (effectShown(next, obs) === false) return settle({ ...next, unchanged: true }, 'failed', at);
  return settle(next, 'succeeded', at);
}

function settle(op: Operation, phase: 'succeeded' | 'failed', at: number): Operation {
  // A failure waits for Cinder's user message before it is announced.
  return { ...op, phase, endedAt: at, notify: phase === 'failed' ? 'pending' : 'ready' };
}

function trim(operations: Operation[]): Operation[] {
  if (operations.length <= MAX_OPERATIONS) return operations;
  const running = operations.filter((op) => op.phase === 'running');
  const budget = Math.max(0, MAX_OPERATIONS - running.length);
  let kept = 0;
  return operations.filter((op) => op.phase === 'running' || kept++ < budget);
}

export function activityReducer(state: ActivityState, event: ActivityEvent): ActivityState {
  switch (event.type) {
    case 'started': {
      const { init } = event;
      const base: Operation = {
        ...init,
        id: event.id,
        resourceName: init.resourceName ?? null,
        user: event.who.user,
        projectId: event.who.projectId,
        projectName: event.who.projectName,
        startedAt: event.startedAt,
        respondedAt: event.respondedAt,
        requestId: event.requestId,
        phase: 'running',
        transitions: [],
        sawTransitional: false,
        notify: 'none',
      };
      let op: Operation;
      if (event.error !== undefined) op = { ...base, phase: 'failed', endedAt: event.respondedAt, error: event.error };
      else if (init.tracking === 'instant' || !init.resourceId) op = { ...base, phase: 'succeeded', endedAt: event.respondedAt };
      else op = { ...base, notify: 'pending' };
      return { operations: trim([op, ...state.operations]) };
    }
    case 'observed': {
      let changed = false;
      const operations = state.operations.map((op) => {
        if (op.phase !== 'running' || op.resourceId !== event.resourceId) return op;
        const next = observe(op, event.observation, event.at);
        if (next !== op) changed = true;
        return next;
      });
      return changed ? { operations } : state;
    }
    case 'gone': {
      let changed = false;
      const operations = state.operations.map((op) => {
        if (op.phase !== 'running' || op.resourceId !== event.resourceId) return op;
        changed = true;
        const withGone = { ...op, transitions: [...op.transitions, { status: 'deleted', at: event.at }] };
        if (REMOVING_ACTIONS.has(op.action)) return settle(withGone, 'succeeded', event.at);
        return { ...settle(withGone, 'failed', event.at), gone: true };
      });
      return changed ? { operations } : state;
    }
    case 'reasonFound':
      return {
        operations: state.operations.map((op) =>
          op.id === event.id ? { ...op, notify: 'ready', ...(event.userMessage ? { userMessage: event.userMessage } : {}) } : op,
        ),
      };
    case 'notified':
      return { operations: state.operations.map((op) => (op.id === event.id ? { ...op, notify: 'done' } : op)) };
    case 'clearFinished':
      return { operations: state.operations.filter((op) => op.phase === 'running') };
  }
}

/** Operations still followed in the given project (what the badge counts and the tracker polls). */
export function runningIn(state: ActivityState, projectId: string | undefined): Operation[] {
  return state.operations.filter((op) => op.phase === 'running' && op.projectId === projectId);
}

/** Reads the tracker-relevant fields of a volume or snapshot body. */
export function toObservation(raw: Record<string, unknown>): Observation | null {
  if (typeof raw.status !== 'string') return null;
  const obs: Observation = { status: raw.status };
  // null is a value here (no migration): only an absent field falls back to the other name.
  const migration = 'migration_status' in raw ? raw.migration_status : raw['os-vol-mig-status-attr:migstat'];
  if (typeof migration === 'string' || migration === null) obs.migrationStatus = migration;
  if (typeof raw.name === 'string' || raw.name === null) obs.name = raw.name;
  if (typeof raw.size === 'number') obs.size = raw.size;
  if (typeof raw.volume_type === 'string') obs.volumeType = raw.volume_type;
  if (typeof raw.volume_type_id === 'string') obs.volumeTypeId = raw.volume_type_id;
  const host = raw['os-vol-host-attr:host'];
  if (typeof host === 'string' || host === null) obs.host = host;
  return obs;
}
