/**
 * Time-driven status flows without timers: a mutation schedules transitions with due times, and at
 * the start of every request all due transitions are applied in order (due time, then schedule
 * order). 'instant' delays make them due at once, so the next request sees the final state.
 */
import { randomUuid } from './util/ids';
import type { Message, MessageSpec, Pending, Stores, Transition } from './state';
import type { World } from './world';

const MESSAGE_TTL_MS = 2_592_000_000; // cinder.conf message_ttl default (30 days)

export function schedule(world: World, due: number, transition: Transition): void {
  const state = world.state;
  const entry: Pending = { seq: ++state.seq, due, transition };
  // Keep the list ordered; it is short (only in-flight operations), so insertion is cheap.
  let i = state.pending.length;
  while (i > 0) {
    const prev = state.pending[i - 1]!;
    if (prev.due < due || (prev.due === due && prev.seq < entry.seq)) break;
    i--;
  }
  state.pending.splice(i, 0, entry);
  world.changed();
}

/** Drop every scheduled transition of one record (used by reset-status, stuck scenarios, deletes). */
export function cancelTransitions(world: World, store: keyof Stores, id: string): void {
  const before = world.state.pending.length;
  world.state.pending = world.state.pending.filter((p) => !(p.transition.store === store && p.transition.id === id));
  if (world.state.pending.length !== before) world.changed();
}

export function applyDue(world: World): void {
  const now = world.now();
  const state = world.state;
  if (!state.pending.length || state.pending[0]!.due > now) return;
  let count = 0;
  while (state.pending.length && state.pending[0]!.due <= now) {
    const entry = state.pending.shift()!;
    applyTransition(world, entry.transition, entry.due);
    count++;
  }
  if (count) world.changed();
}

/** A record the stuck scenario holds keeps its status: its transitions are dropped when due. */
interface FlowRecord {
  updatedAt?: number | null;
  stuck?: boolean;
}

function applyTransition(world: World, t: Transition, at: number): void {
  const records = world.state[t.store] as Map<string, FlowRecord>;
  const record = records.get(t.id);
  if (!record || record.stuck) return;
  if ('remove' in t) {
    records.delete(t.id);
    return;
  }
  Object.assign(record, t.patch);
  record.updatedAt = at;
  if (t.message) addMessage(world, t.message, at);
}

export function addMessage(world: World, spec: MessageSpec, at: number): Message {
  const message: Message = {
    id: randomUuid(),
    projectId: spec.projectId,
    resourceType: spec.resourceType,
    resourceUuid: spec.resourceUuid,
    eventId: `VOLUME_${spec.resourceType}_${spec.action[0]}_${spec.detail[0]}`,
    userMessage: `${spec.action[1]}:${spec.detail[1]}`,
    messageLevel: 'ERROR',
    requestId: spec.requestId,
    createdAt: at,
    expiresAt: at + MESSAGE_TTL_MS,
  };
  world.state.messages[message.id] = message;
  world.changed();
  return message;
}

/** message_field.Action / Detail pairs used by the emulator (id, text) — same ids as Cinder. */
export const ACTION = {
  SCHEDULE_ALLOCATE_VOLUME: ['001', 'schedule allocate volume'],
  COPY_IMAGE_TO_VOLUME: ['005', 'copy image to volume'],
  EXTEND_VOLUME: ['007', 'extend volume'],
  SNAPSHOT_CREATE: ['009', 'create snapshot'],
  SNAPSHOT_DELETE: ['010', 'delete snapshot'],
  COPY_VOLUME_TO_IMAGE: ['003', 'copy volume to image'],
  BACKUP_CREATE: ['013', 'create backup'],
  BACKUP_DELETE: ['014', 'delete backup'],
  BACKUP_RESTORE: ['015', 'restore backup'],
} as const;

export const DETAIL = {
  UNKNOWN_ERROR: ['001', 'An unknown error occurred.'],
  NO_BACKEND_AVAILABLE: ['003', 'Could not find any available weighted backend.'],
  NOTIFY_COMPUTE_SERVICE_FAILED: ['009', 'Compute service failed to extend volume.'],
  DRIVER_FAILED_EXTEND: ['010', 'Volume Driver failed to extend volume.'],
  DRIVER_FAILED_CREATE: ['012', 'Driver failed to create the volume.'],
  SNAPSHOT_CREATE_ERROR: ['013', 'Snapshot failed to create.'],
  SNAPSHOT_DELETE_ERROR: ['016', 'Snapshot failed to delete.'],
  FAILED_TO_UPLOAD_VOLUME: ['004', 'Failed to upload volume to image at backend.'],
  BACKUP_CREATE_DRIVER_ERROR: ['020', 'Backup driver failed to create backup.'],
  BACKUP_SCHEDULE_ERROR: ['024', 'Backup failed to schedule. Service not found for creating backup.'],
  BACKUP_RESTORE_ERROR: ['026', 'Backup driver failed to restore backup.'],
} as const;

/** Consume one armed failNext for an action (one aimed at this resource first); true when this flow must fail. */
export function takeFailure(world: World, action: keyof World['state']['failNext'], resourceId?: string): boolean {
  const targeted = world.state.failNextFor ?? {};
  const key = `${action}:${resourceId}`;
  if (resourceId && (targeted[key] ?? 0) > 0) {
    if (targeted[key] === 1) delete targeted[key];
    else targeted[key] = targeted[key]! - 1;
    world.changed();
    return true;
  }
  const n = world.state.failNext[action] ?? 0;
  if (n <= 0) return false;
  if (n === 1) delete world.state.failNext[action];
  else world.state.failNext[action] = n - 1;
  world.changed();
  return true;
}
