/** /snapshots: list, detail, show, create, update, delete, and the admin actions. */
import { unmanageSnapshot } from './manage';
import { badRequest, CinderFault, fieldError, invalidSnapshot, invalidVolume, snapshotNotFound } from './faults';
import { SNAPSHOT_STATUSES, tupleRepr } from './enums';
import { buildPredicate, generalFiltering, takeAllTenants, takeWithCount } from './filters';
import { getSnapshot, getVolume } from './lookup';
import { atLeast } from './microversion';
import { collectionLinks, paginate, parseListParams, type Column } from './paging';
import { requireAdmin } from './policy';
import { enforceSnapshotCreate } from './quotas';
import { bodyObject, checkBoolean, checkMetadata, checkObject, checkOptionalString, requiredMsg, typeMsg, UUID_LIKE, type Json } from './validate';
import { snapshotView } from './views';
import type { CinderContext } from './context';
import { ACTION, cancelTransitions, DETAIL, schedule, takeFailure } from '../flows';
import type { Snapshot } from '../state';
import type { BodyResult } from '../util/http';
import { randomUuid } from '../util/ids';
import { pyRepr } from '../util/pyrepr';

export const SNAPSHOT_COLUMNS: Column<Snapshot> = {
  id: (s) => s.id,
  created_at: (s) => s.createdAt,
  updated_at: (s) => s.updatedAt,
  display_name: (s) => s.name,
  display_description: (s) => s.description,
  status: (s) => s.status,
  volume_id: (s) => s.volumeId,
  volume_size: (s) => s.size,
  project_id: (s) => s.projectId,
  user_id: (s) => s.userId,
  progress: (s) => s.progress,
  volume_type_id: (s) => s.volumeTypeId,
  use_quota: () => true,
  deleted: () => false,
  group_snapshot_id: () => null,
  cgsnapshot_id: () => null,
  provider_id: () => null,
  encryption_key_id: () => null,
};

export function listSnapshots(ctx: CinderContext, detail: boolean): unknown {
  const state = ctx.world.state;
  const params = parseListParams(ctx.url.searchParams);
  const filters = params.filters;
  const withCount = takeWithCount(ctx, filters);
  generalFiltering(ctx, filters, 'snapshot', atLeast(ctx.version, '3.22') ? ['status', 'volume_id', 'name', 'metadata'] : ['status', 'volume_id', 'name'], [
    ['3.22', 'metadata'],
    ['3.65', 'use_quota'],
  ]);
  if (atLeast(ctx.version, '3.30') && params.sortKeys.includes('name')) params.sortKeys[params.sortKeys.indexOf('name')] = 'display_name';
  if (filters.has('name')) {
    filters.set('display_name', filters.get('name')!);
    filters.delete('name');
  }
  const allTenants = takeAllTenants(ctx, filters);
  const az = filters.get('availability_zone');
  filters.delete('availability_zone');
  let base = [...state.snapshots.values()];
  if (!allTenants) base = base.filter((s) => s.projectId === ctx.projectId);
  if (az !== undefined) base = base.filter((s) => state.volumes.get(s.volumeId)?.availabilityZone === az);
  const predicate = buildPredicate(filters, SNAPSHOT_COLUMNS, { metadata: (s) => s.metadata, booleans: ['use_quota', 'deleted'], strictBooleans: true });
  const matching = predicate ? base.filter(predicate) : [];
  const page = paginate(matching, params, SNAPSHOT_COLUMNS, snapshotNotFound, (id) => {
    const s = state.snapshots.get(id);
    return s && (ctx.isAdmin || s.projectId === ctx.projectId) ? s : undefined;
  });
  const body: Record<string, unknown> = { snapshots: page.map((s) => snapshotView(ctx, s, detail, !detail)) };
  const links = collectionLinks(ctx, page, detail ? 'snapshots/detail' : 'snapshots', withCount ? matching.length : undefined);
  if (links.length) body.snapshots_links = links;
  if (withCount) body.count = matching.length;
  return body;
}

export function showSnapshot(ctx: CinderContext, id: string): unknown {
  return { snapshot: snapshotView(ctx, getSnapshot(ctx, id), true) };
}

const SNAPSHOT_IN_USE_FLAG_MSG =
  "Since microversion 3.66 the 'force' flag is invalid for this request.  For backward compatability, however, when the 'force' flag is passed with a value evaluating to True, it is silently ignored.";

export function createSnapshot(ctx: CinderContext, body: BodyResult): unknown {
  const top = checkObject(null, bodyObject(body), { required: ['snapshot'], allowed: ['snapshot'] });
  const snap = checkObject('snapshot', top.snapshot, {
    required: ['volume_id'],
    allowed: ['name', 'display_name', 'description', 'display_description', 'volume_id', 'force', 'metadata'],
  });
  const volumeId = snap.volume_id;
  if (volumeId !== null && typeof volumeId !== 'string') throw fieldError('volume_id', volumeId, typeMsg(volumeId, ['string', 'null']));
  if (typeof volumeId === 'string' && !UUID_LIKE.test(volumeId)) throw fieldError('volume_id', volumeId, `${pyRepr(volumeId)} is not a 'uuid'`);
  const force = snap.force === undefined ? null : checkBoolean('force', snap.force);
  const metadata = snap.metadata === undefined ? null : checkMetadata('metadata', snap.metadata, true);
  const name = checkOptionalString('name', snap.name ?? snap.display_name, 255);
  const description = checkOptionalString('description', snap.description ?? snap.display_description, 255);

  const volume = getVolume(ctx, (volumeId as string | null) ?? 'None');
  const inUseOk = atLeast(ctx.version, '3.66');
  if (inUseOk && force === false) throw badRequest(SNAPSHOT_IN_USE_FLAG_MSG);

  if (!volume.host) throw invalidVolume('The snapshot cannot be created because volume has not been scheduled to any host.');
  if (volume.status === 'maintenance') throw invalidVolume('The snapshot cannot be created when the volume is in maintenance mode.');
  if (volume.migrationStatus && !['error', 'success'].includes(volume.migrationStatus)) {
    throw invalidVolume('Snapshot cannot be created while volume is migrating.');
  }
  if (volume.status === 'error') throw invalidVolume('The snapshot cannot be created when the volume is in error status.');
  const valid = force || inUseOk ? ['available', 'in-use'] : ['available'];
  if (!valid.includes(volume.status)) {
    throw invalidVolume(`Volume ${volume.id} status must be ${valid.join(', ')}, but current status is: ${volume.status}.`);
  }
  const state = ctx.world.state;
  enforceSnapshotCreate(state, ctx.projectId, state.volumeTypes[volume.volumeTypeId], volume.size);

  const world = ctx.world;
  const now = ctx.now;
  const due = now + world.delays.snapshotCreate;
  const snapshot: Snapshot = {
    id: randomUuid(),
    projectId: ctx.projectId,
    userId: ctx.userId,
    volumeId: volume.id,
    name: name ?? null,
    description: description ?? null,
    status: 'creating',
    size: volume.size,
    metadata: metadata ?? {},
    createdAt: now,
    updatedAt: null,
    volumeTypeId: volume.volumeTypeId,
    progress: '0%',
    progressFrom: now,
    progressTo: due,
  };
  state.snapshots.set(snapshot.id, snapshot);
  world.changed();
  const view = { snapshot: snapshotView(ctx, snapshot, false) };
  if (takeFailure(world, 'snapshot', snapshot.volumeId)) {
    schedule(world, due, {
      store: 'snapshots',
      id: snapshot.id,
      patch: { status: 'error', progress: '0%', progressFrom: null, progressTo: null },
      message: { projectId: snapshot.projectId, resourceType: 'VOLUME_SNAPSHOT', resourceUuid: snapshot.id, action: ACTION.SNAPSHOT_CREATE, detail: DETAIL.SNAPSHOT_CREATE_ERROR, requestId: ctx.requestId },
    });
  } else {
    schedule(world, due, { store: 'snapshots', id: snapshot.id, patch: { status: 'available', progress: '100%', progressFrom: null, progressTo: null } });
  }
  return view;
}

export function updateSnapshot(ctx: CinderContext, id: string, body: BodyResult): unknown {
  const top = checkObject(null, bodyObject(body), { required: ['snapshot'], allowed: ['snapshot'] });
  const snap = checkObject('snapshot', top.snapshot, { allowed: ['name', 'description', 'display_name', 'display_description'] });
  if (!Object.keys(snap).length) throw fieldError('snapshot', snap, '{} is not valid under any of the given schemas');
  const name = checkOptionalString('name', snap.name ?? snap.display_name, 255);
  const description = checkOptionalString('description', snap.description ?? snap.display_description, 255);
  const snapshot = getSnapshot(ctx, id);
  if (name !== undefined) snapshot.name = name;
  if (description !== undefined) snapshot.description = description;
  snapshot.updatedAt = ctx.now;
  ctx.world.changed();
  return { snapshot: snapshotView(ctx, snapshot, false) };
}

export function deleteSnapshot(ctx: CinderContext, snapshot: Snapshot, force: boolean): void {
  if (!force && !['available', 'error'].includes(snapshot.status)) {
    throw invalidSnapshot('Snapshot status must be available or error and must not be part of a group.');
  }
  const world = ctx.world;
  cancelTransitions(world, 'snapshots', snapshot.id);
  snapshot.status = 'deleting';
  snapshot.updatedAt = ctx.now;
  world.changed();
  const due = ctx.now + world.delays.snapshotDelete;
  if (takeFailure(world, 'snapshotDelete', snapshot.id)) {
    schedule(world, due, {
      store: 'snapshots',
      id: snapshot.id,
      patch: { status: 'error_deleting' },
      message: { projectId: snapshot.projectId, resourceType: 'VOLUME_SNAPSHOT', resourceUuid: snapshot.id, action: ACTION.SNAPSHOT_DELETE, detail: DETAIL.SNAPSHOT_DELETE_ERROR, requestId: ctx.requestId },
    });
  } else {
    schedule(world, due, { store: 'snapshots', id: snapshot.id, remove: true });
  }
}

export function snapshotAction(ctx: CinderContext, id: string, body: Json): { status: number } {
  const name = Object.keys(body)[0];
  if (name === 'os-reset_status') {
    checkObject(null, body, { required: ['os-reset_status'], allowed: ['os-reset_status'] });
    const args = checkObject('os-reset_status', body['os-reset_status'], { required: ['status'], allowed: ['status'] });
    const status = args.status;
    if (typeof status !== 'string') throw fieldError('status', status, typeMsg(status, ['string']));
    if (!(SNAPSHOT_STATUSES as readonly string[]).includes(status.toLowerCase())) {
      throw badRequest(`Snapshot status: ${status} is invalid, valid statuses are: ${tupleRepr(SNAPSHOT_STATUSES)}.`);
    }
    const snapshot = getSnapshot(ctx, id);
    requireAdmin(ctx, 'volume_extension:snapshot_admin_actions:reset_status');
    cancelTransitions(ctx.world, 'snapshots', snapshot.id);
    snapshot.status = status.toLowerCase();
    if (snapshot.status !== 'creating') {
      snapshot.progressFrom = null;
      snapshot.progressTo = null;
    }
    snapshot.updatedAt = ctx.now;
    ctx.world.changed();
    return { status: 202 };
  }
  if (name === 'os-force_delete') {
    const snapshot = getSnapshot(ctx, id);
    requireAdmin(ctx, 'volume_extension:snapshot_admin_actions:force_delete');
    deleteSnapshot(ctx, snapshot, true);
    return { status: 202 };
  }
  if (name === 'os-unmanage') {
    unmanageSnapshot(ctx, id);
    return { status: 202 };
  }
  if (name === undefined) throw badRequest(requiredMsg('os-reset_status'));
  throw new CinderFault(400, `There is no such action: ${name}`);
}
