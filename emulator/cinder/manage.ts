/**
 * Manage / unmanage (cinder/api/v3/volume_manage.py, snapshot_manage.py, contrib/volume_unmanage.py,
 * snapshot_unmanage.py). Managing takes a backend object into Cinder (managing → available, or
 * error_managing for a reference the backend does not have); unmanaging removes the Cinder record
 * (unmanaging → gone) and leaves the data on the backend, where it is manageable again.
 */
import { backendOfHost } from './backends';
import { encryptionOf } from './encryption';
import { badRequest, fieldError, invalidVolume, resourceNotFound } from './faults';
import { getSnapshot, getVolume } from './lookup';
import { backendObject, backendObjectId, hostParam, snapshotObjectName, volumeObjectName } from './manageable';
import { atLeast } from './microversion';
import { backendHost, ServiceNotFound, volumeServiceFor } from './os-services';
import { requireAdmin } from './policy';
import { enforceSnapshotCreate } from './quotas';
import { bodyObject, checkBoolean, checkMetadata, checkObject, checkOptionalString, typeMsg, UUID_LIKE } from './validate';
import { snapshotView, volumeDetail } from './views';
import type { CinderContext } from './context';
import { findType } from './lookup';
import { addMessage, cancelTransitions, schedule } from '../flows';
import type { Snapshot, Volume, VolumeType } from '../state';
import type { BodyResult } from '../util/http';
import { randomUuid } from '../util/ids';
import { pyRepr } from '../util/pyrepr';

const MANAGE_VOLUME_KEYS = ['description', 'availability_zone', 'bootable', 'volume_type', 'name', 'host', 'ref', 'metadata', 'cluster'];

function sourceName(ref: unknown): string | null {
  if (ref && typeof ref === 'object' && !Array.isArray(ref)) {
    const name = (ref as Record<string, unknown>)['source-name'];
    return typeof name === 'string' ? name : null;
  }
  return null;
}

const UUID_IN_NAME = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** POST /manageable_volumes: 202 with the new volume ("creating", shown for managing). */
export function manageVolume(ctx: CinderContext, body: BodyResult): unknown {
  if (!atLeast(ctx.version, '3.8')) throw resourceNotFound();
  const top = checkObject(null, bodyObject(body), { required: ['volume'], allowed: ['volume'] });
  const vol = checkObject('volume', top.volume, { required: ['ref'], allowed: MANAGE_VOLUME_KEYS });
  if (typeof vol.ref !== 'string' && (typeof vol.ref !== 'object' || vol.ref === null || Array.isArray(vol.ref))) {
    throw fieldError('ref', vol.ref, typeMsg(vol.ref, ['object', 'string']));
  }
  const name = checkOptionalString('name', vol.name, 255);
  const description = checkOptionalString('description', vol.description, 255);
  const az = checkOptionalString('availability_zone', vol.availability_zone, 255);
  const metadata = vol.metadata === undefined ? null : checkMetadata('metadata', vol.metadata, true);
  const bootable = vol.bootable === undefined ? false : checkBoolean('bootable', vol.bootable);
  if (vol.volume_type !== undefined && vol.volume_type !== null && typeof vol.volume_type !== 'string') {
    throw fieldError('volume_type', vol.volume_type, typeMsg(vol.volume_type, ['string', 'null']));
  }
  requireAdmin(ctx, 'volume_extension:volume_manage');
  const host = hostParam(vol.host, vol.cluster);
  const state = ctx.world.state;
  let type: VolumeType | undefined;
  if (typeof vol.volume_type === 'string' && vol.volume_type) {
    type = findType(ctx, vol.volume_type);
    if (!type) throw badRequest(`Invalid volume type: Cannot find requested '${vol.volume_type}' volume type`);
  }
  const ref = sourceName(vol.ref);
  const refId = ref ? UUID_IN_NAME.exec(ref)?.[1] : undefined;
  if (refId && state.volumes.has(refId)) throw invalidVolume('Unable to manage existing volume. The volume is already managed');
  type ??= state.volumeTypes[state.defaultVolumeTypeId];
  if (type && encryptionOf(state, type.id)) throw badRequest('Invalid volume type: Managing to an encrypted volume type is not supported.');
  let service;
  try {
    service = volumeServiceFor(ctx, host);
  } catch (e) {
    if (e instanceof ServiceNotFound) throw badRequest(`Host '${host}' not found`);
    throw e;
  }
  const pool = host.includes('#') ? host : (backendOfHost(state, service.host)?.host ?? service.host);
  const object = ref ? backendObject(state, pool, ref, ctx.now) : undefined;
  const now = ctx.now;
  const volume: Volume = {
    id: randomUuid(), projectId: ctx.projectId, userId: ctx.userId, name: name ?? null, description: description ?? null,
    status: 'managing', previousStatus: null, size: 0, availabilityZone: az || service.zone, createdAt: now, updatedAt: null,
    volumeTypeId: type!.id, snapshotId: null, sourceVolid: null, metadata: metadata ?? {}, bootable,
    multiattach: type?.extraSpecs.multiattach === '<is> True', readonly: false, attachStatus: 'detached', attachments: [],
    host: pool, migrationStatus: null, nameId: null, imageMetadata: null, replicationStatus: 'disabled', reservedGb: 0, stuck: false,
    encryptionKeyId: null,
  };
  state.volumes.set(volume.id, volume);
  const view = { volume: baseVolumeView(volumeDetail(ctx, volume, false)) };
  const due = now + ctx.world.delays.create;
  if (object && object.kind === 'volume') {
    // The driver renames the object to volume-<id>: from now on it is the Cinder volume's.
    state.backendObjects.delete(object.id);
    schedule(ctx.world, due, { store: 'volumes', id: volume.id, patch: { status: 'available', size: object.sizeGb } });
  } else {
    schedule(ctx.world, due, { store: 'volumes', id: volume.id, patch: { status: 'error_managing' } });
  }
  ctx.world.changed();
  return view;
}

/** POST /manageable_snapshots: 202 with the new snapshot (creating → available, or error). */
export function manageSnapshot(ctx: CinderContext, body: BodyResult): unknown {
  if (!atLeast(ctx.version, '3.8')) throw resourceNotFound();
  const top = checkObject(null, bodyObject(body), { required: ['snapshot'], allowed: ['snapshot'] });
  const snap = checkObject('snapshot', top.snapshot, { required: ['ref', 'volume_id'], allowed: ['description', 'metadata', 'name', 'volume_id', 'ref'] });
  const volumeId = snap.volume_id;
  if (typeof volumeId !== 'string' || !UUID_LIKE.test(volumeId)) throw fieldError('volume_id', volumeId, `${pyRepr(volumeId)} is not a 'uuid'`);
  const name = checkOptionalString('name', snap.name, 255);
  const description = checkOptionalString('description', snap.description, 255);
  const metadata = snap.metadata === undefined ? null : checkMetadata('metadata', snap.metadata, true);
  const volume = getVolume(ctx, volumeId);
  requireAdmin(ctx, 'snapshot_extension:snapshot_manage');
  if (!volume.host) throw badRequest(`Host '${String(volume.host)}' not found`);
  volumeServiceFor(ctx, volume.host);
  const state = ctx.world.state;
  enforceSnapshotCreate(state, ctx.projectId, state.volumeTypes[volume.volumeTypeId], volume.size);
  const ref = sourceName(snap.ref);
  const object = ref ? backendObject(state, volume.host, ref, ctx.now) : undefined;
  const now = ctx.now;
  const snapshot: Snapshot = {
    id: randomUuid(), projectId: ctx.projectId, userId: ctx.userId, volumeId: volume.id, name: name ?? null, description: description ?? null,
    status: 'creating', size: volume.size, metadata: metadata ?? {}, createdAt: now, updatedAt: null, volumeTypeId: volume.volumeTypeId,
    progress: '0%', progressFrom: null, progressTo: null,
  };
  state.snapshots.set(snapshot.id, snapshot);
  const view = { snapshot: snapshotView(ctx, snapshot, false) };
  const due = now + ctx.world.delays.snapshotCreate;
  if (object && object.kind === 'snapshot') {
    state.backendObjects.delete(object.id);
    schedule(ctx.world, due, { store: 'snapshots', id: snapshot.id, patch: { status: 'available', progress: '100%', size: object.sizeGb } });
  } else {
    schedule(ctx.world, due, { store: 'snapshots', id: snapshot.id, patch: { status: 'error' } });
  }
  ctx.world.changed();
  return view;
}

/** The manage answer comes from the v2 view builder: none of the microversioned volume fields (real Cinder 21.3). */
const MICROVERSIONED_FIELDS = ['group_id', 'provider_id', 'shared_targets', 'service_uuid', 'cluster_name', 'volume_type_id', 'encryption_key_id', 'consumes_quota'];
function baseVolumeView(view: Record<string, unknown>): Record<string, unknown> {
  for (const key of MICROVERSIONED_FIELDS) delete view[key];
  return view;
}

/** After an unmanage the data stays on the backend under its Cinder name, manageable again. */
export function leaveOnBackend(ctx: CinderContext, host: string | null, name: string, kind: 'volume' | 'snapshot', sizeGb: number, visibleFrom: number, sourceNameOf?: string): void {
  if (!host) return;
  const id = backendObjectId(host, name);
  ctx.world.state.backendObjects.set(id, { id, host: backendHost(host), name, kind, sizeGb, visibleFrom, ...(sourceNameOf ? { sourceName: sourceNameOf } : {}) });
}

/** os-unmanage on a volume: delete's preconditions; encrypted volumes are refused with Cinder's bare Invalid text. */
export function unmanageVolume(ctx: CinderContext, id: string, remove: (volume: Volume) => void): void {
  const volume = getVolume(ctx, id);
  requireAdmin(ctx, 'volume_extension:volume_unmanage');
  if (volume.encryptionKeyId) {
    addMessage(ctx.world, { projectId: volume.projectId, resourceType: 'VOLUME', resourceUuid: volume.id, action: ACTION_UNMANAGE_VOLUME, detail: DETAIL_UNMANAGE_ENC, requestId: ctx.requestId }, ctx.now);
    throw badRequest('Unacceptable parameters.');
  }
  remove(volume);
}

/** os-unmanage on a snapshot: available or error, then unmanaging → gone; the object stays on the backend. */
export function unmanageSnapshot(ctx: CinderContext, id: string): void {
  const snapshot = getSnapshot(ctx, id);
  requireAdmin(ctx, 'snapshot_extension:snapshot_unmanage');
  if (!['available', 'error'].includes(snapshot.status)) {
    throw badRequest('Invalid snapshot: Snapshot status must be available or error and must not be part of a group.');
  }
  const world = ctx.world;
  cancelTransitions(world, 'snapshots', snapshot.id);
  snapshot.status = 'unmanaging';
  snapshot.updatedAt = ctx.now;
  const due = ctx.now + world.delays.snapshotDelete;
  const volume = world.state.volumes.get(snapshot.volumeId);
  leaveOnBackend(ctx, volume?.host ?? null, snapshotObjectName(snapshot.id), 'snapshot', snapshot.size, due, volume ? unmanagedVolumeName(volume) : undefined);
  schedule(world, due, { store: 'snapshots', id: snapshot.id, remove: true });
  world.changed();
}

const ACTION_UNMANAGE_VOLUME = ['006', 'unmanage volume'] as const;
const DETAIL_UNMANAGE_ENC = ['008', 'Unmanaging encrypted volumes is not supported.'] as const;

export const unmanagedVolumeName = (v: Volume) => volumeObjectName(v.nameId ?? v.id);
