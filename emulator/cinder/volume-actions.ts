/** POST /volumes/{id}/action: extend, revert, retype, reset status, force delete, migrate, bootable, readonly, force detach. */
import { unmanageVolume } from './manage';
import { backendOfHost, hostSatisfiesType, schedule as pickBackend } from './backends';
import { badRequest, conflict, fieldError, invalidInput, invalidVolume, resourceNotFound } from './faults';
import { MIGRATION_STATUSES, tupleRepr, VOLUME_STATUSES } from './enums';
import { getType, getVolume, snapshotsOf } from './lookup';
import { atLeast } from './microversion';
import { requireAdmin } from './policy';
import { enforceExtend } from './quotas';
import { checkBoolean, checkObject, checkSize, typeMsg, type Json } from './validate';
import { deleteVolume } from './volumes';
import { uploadToImage } from './upload-image';
import { forceDetach } from './force-detach';
import type { CinderContext } from './context';
import { ACTION, cancelTransitions, DETAIL, schedule, takeFailure } from '../flows';
import type { QosSpec, Volume, VolumeType } from '../state';
import { randomUuid } from '../util/ids';
import { isObject } from '../util/http';
import { pyRepr } from '../util/pyrepr';

const AVAILABLE_MIGRATION_STATUS = [null, 'deleting', 'error', 'success'];

export type ActionResult = { status: number; body?: unknown };

export function volumeAction(ctx: CinderContext, id: string, body: Json): ActionResult {
  const name = Object.keys(body)[0];
  switch (name) {
    case 'os-extend':
      return extend(ctx, id, body);
    case 'revert':
      if (!atLeast(ctx.version, '3.40')) throw resourceNotFound();
      return revert(ctx, id, body);
    case 'os-retype':
      return retype(ctx, id, body);
    case 'os-reset_status':
      return resetStatus(ctx, id, body);
    case 'os-force_delete': {
      const volume = getVolume(ctx, id);
      requireAdmin(ctx, 'volume_extension:volume_admin_actions:force_delete');
      deleteVolume(ctx, volume, { cascade: false, force: true });
      return { status: 202 };
    }
    case 'os-unmanage':
      unmanageVolume(ctx, id, (volume) => deleteVolume(ctx, volume, { cascade: false, force: false, unmanage: true }));
      return { status: 202 };
    case 'os-migrate_volume':
      return migrate(ctx, id, body);
    case 'os-set_bootable':
      return setBootable(ctx, id, body);
    case 'os-update_readonly_flag':
      return readonlyFlag(ctx, id, body);
    case 'os-volume_upload_image':
      return uploadToImage(ctx, id, body);
    case 'os-force_detach':
      return forceDetach(ctx, id, body);
    default:
      throw badRequest(`There is no such action: ${name ?? ''}`);
  }
}

function actionBody(body: Json, name: string, opts: { required?: string[]; allowed: string[] }): Json {
  checkObject(null, body, { required: [name], allowed: [name] });
  return checkObject(name, body[name], opts);
}

// ---------------------------------------------------------------- extend

function extend(ctx: CinderContext, id: string, body: Json): ActionResult {
  const args = actionBody(body, 'os-extend', { required: ['new_size'], allowed: ['new_size'] });
  const newSize = checkSize('new_size', args.new_size, false)!;
  const volume = getVolume(ctx, id);
  const attached = atLeast(ctx.version, '3.42') && volume.status === 'in-use';
  const increase = newSize - volume.size;
  if (increase <= 0) throw invalidInput(`New size for extend must be greater than current size. (current: ${volume.size}, extended: ${newSize}).`);
  const expected = attached ? 'in-use' : 'available';
  if (volume.status !== expected) {
    throw invalidVolume(`Volume ${volume.id} status must be '{'status': '${expected}'}' to extend, currently ${volume.status}.`);
  }
  const state = ctx.world.state;
  enforceExtend(state, volume.projectId, state.volumeTypes[volume.volumeTypeId], newSize, increase);

  const world = ctx.world;
  volume.previousStatus = volume.status;
  volume.status = 'extending';
  volume.reservedGb = increase;
  volume.updatedAt = ctx.now;
  world.changed();
  const due = ctx.now + world.delays.extend;
  const message = (detail: readonly [string, string]) => ({
    projectId: volume.projectId,
    resourceType: 'VOLUME' as const,
    resourceUuid: volume.id,
    action: ACTION.EXTEND_VOLUME,
    detail,
    requestId: ctx.requestId,
  });
  if (takeFailure(world, 'extend', volume.id)) {
    if (attached) {
      // The backend grew the volume but Nova could not be told: size changes, status stays in-use.
      schedule(world, due, { store: 'volumes', id: volume.id, patch: { status: 'in-use', size: newSize, reservedGb: 0 }, message: message(DETAIL.NOTIFY_COMPUTE_SERVICE_FAILED) });
    } else {
      schedule(world, due, { store: 'volumes', id: volume.id, patch: { status: 'error_extending', reservedGb: 0 }, message: message(DETAIL.DRIVER_FAILED_EXTEND) });
    }
  } else {
    schedule(world, due, { store: 'volumes', id: volume.id, patch: { status: expected, size: newSize, reservedGb: 0, previousStatus: expected } });
  }
  return { status: 202 };
}

// ---------------------------------------------------------------- revert (3.40)

function revert(ctx: CinderContext, id: string, body: Json): ActionResult {
  const args = body.revert;
  if (!isObject(args)) throw badRequest("Missing required element 'revert' in request body.");
  const snapshotId = typeof args.snapshot_id === 'string' ? args.snapshot_id : null;
  const volume = getVolume(ctx, id);
  const snaps = snapshotsOf(ctx, volume.id).sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  const latest = snaps[0];
  if (!latest) throw badRequest(`Volume ${volume.id} doesn't have any snapshots.`);
  if (snapshotId === null || snapshotId !== latest.id) {
    throw badRequest(`Specified snapshot ${snapshotId ?? 'None'} is None or not the latest one of volume ${volume.id}.`);
  }
  if (volume.size !== latest.size) {
    throw badRequest(`Can't revert volume ${volume.id} to its latest snapshot ${latest.id}. The volume size must be equal to the snapshot size.`);
  }
  if (volume.status !== 'available') {
    throw conflict(`Invalid volume: Can't revert volume ${volume.id} to its latest snapshot ${latest.id}. Volume's status must be 'available'.`);
  }
  const world = ctx.world;
  // Cinder flips the volume first; if the snapshot then is not available the volume stays "reverting".
  volume.previousStatus = volume.status;
  volume.status = 'reverting';
  volume.updatedAt = ctx.now;
  world.changed();
  if (latest.status !== 'available') {
    throw conflict(`Invalid snapshot: Can't revert volume ${volume.id} to its latest snapshot ${latest.id}. Snapshot's status must be 'available'.`);
  }
  latest.status = 'restoring';
  latest.updatedAt = ctx.now;
  const due = ctx.now + world.delays.revert;
  const failed = takeFailure(world, 'revert', volume.id);
  schedule(world, due, { store: 'volumes', id: volume.id, patch: { status: failed ? 'error' : 'available' } });
  schedule(world, due, { store: 'snapshots', id: latest.id, patch: { status: 'available' } });
  return { status: 202 };
}

// ---------------------------------------------------------------- retype

function frontEndQos(ctx: CinderContext, type: VolumeType | undefined): string | null {
  if (!type?.qosSpecsId) return null;
  const q: QosSpec | undefined = ctx.world.state.qosSpecs[type.qosSpecsId];
  return q && (q.consumer === 'front-end' || q.consumer === 'both') ? q.id : null;
}

function retype(ctx: CinderContext, id: string, body: Json): ActionResult {
  const args = actionBody(body, 'os-retype', { required: ['new_type'], allowed: ['new_type', 'migration_policy'] });
  if (typeof args.new_type !== 'string') throw invalidField('new_type', args.new_type, ['string']);
  const policy = args.migration_policy;
  if (policy !== undefined && policy !== null && policy !== 'on-demand' && policy !== 'never') {
    throw fieldError('migration_policy', policy, `${pyRepr(policy)} is not one of ['on-demand', 'never']`);
  }
  const volume = getVolume(ctx, id);
  const state = ctx.world.state;
  // Cinder resolves the type elevated: a member may retype into a private type.
  const newType = getType(ctx, args.new_type, true);
  const oldType = state.volumeTypes[volume.volumeTypeId];
  const tgtMultiattach = newType.extraSpecs.multiattach === '<is> True';
  if (volume.multiattach !== tgtMultiattach && volume.status !== 'available') {
    throw invalidInput(
      `Invalid volume_type passed, retypes affecting multiattach are only allowed on available volumes, the specified volume however currently has a status of: ${volume.status}.`,
    );
  }
  const qosOk = volume.status !== 'in-use' || frontEndQos(ctx, oldType) === frontEndQos(ctx, newType);
  if (
    !['available', 'in-use'].includes(volume.status) ||
    !AVAILABLE_MIGRATION_STATUS.includes(volume.migrationStatus) ||
    volume.volumeTypeId === newType.id ||
    !qosOk
  ) {
    throw invalidVolume(
      'Retype needs volume to be in available or in-use state, not be part of an active migration or a consistency group, requested type has to be different that the one from the volume, and for in-use volumes front-end qos specs cannot change.',
    );
  }
  const world = ctx.world;
  const prev = volume.status;
  volume.previousStatus = prev;
  volume.status = 'retyping';
  volume.multiattach = tgtMultiattach;
  volume.updatedAt = ctx.now;
  world.changed();
  const due = ctx.now + world.delays.retype;
  const failed = takeFailure(world, 'retype', volume.id);
  const done = (patch: Partial<Volume>) => schedule(world, due, { store: 'volumes', id: volume.id, patch: { status: prev, ...patch } });
  const keepType = { multiattach: oldType?.extraSpecs.multiattach === '<is> True' };

  if (hostSatisfiesType(state, volume.host, newType)) {
    if (failed) done(keepType);
    else done({ volumeTypeId: newType.id });
    return { status: 202 };
  }
  // The type needs another backend: only migration_policy=on-demand moves the data.
  if (policy !== 'on-demand' || snapshotsOf(ctx, volume.id).length) {
    done(keepType);
    return { status: 202 };
  }
  const target = pickBackend(state, newType, volume.size, volume, ctx.now);
  if (!target) {
    done(keepType);
    return { status: 202 };
  }
  volume.migrationStatus = 'migrating';
  if (failed) done({ ...keepType, migrationStatus: 'error' });
  else done({ volumeTypeId: newType.id, host: target.host, migrationStatus: 'success', nameId: randomUuid() });
  return { status: 202 };
}

// ---------------------------------------------------------------- admin: reset status

function resetStatus(ctx: CinderContext, id: string, body: Json): ActionResult {
  const args = actionBody(body, 'os-reset_status', { allowed: ['status', 'attach_status', 'migration_status'] });
  const status = args.status;
  const attach = args.attach_status;
  const migration = args.migration_status;
  for (const [k, v] of [['status', status], ['attach_status', attach], ['migration_status', migration]] as const) {
    if (v !== undefined && v !== null && typeof v !== 'string') throw invalidField(k, v, ['string', 'null']);
  }
  if (!status && !attach && !migration) throw badRequest("Must specify 'status', 'attach_status' or 'migration_status' for update.");
  if (typeof status === 'string' && status && !(VOLUME_STATUSES as readonly string[]).includes(status.toLowerCase())) {
    throw badRequest(`Volume status: ${status} is invalid, valid statuses are: ${tupleRepr(VOLUME_STATUSES)}.`);
  }
  if (typeof attach === 'string' && attach && !['attached', 'detached'].includes(attach.toLowerCase())) {
    throw badRequest(`Volume attach status: ${attach} is invalid, valid statuses are: ['attached', 'detached'].`);
  }
  if (typeof migration === 'string' && migration && !(MIGRATION_STATUSES as readonly string[]).includes(migration.toLowerCase())) {
    throw badRequest(`Volume migration status: ${migration} is invalid, valid statuses are: ${tupleRepr(MIGRATION_STATUSES)}.`);
  }
  const volume = getVolume(ctx, id);
  requireAdmin(ctx, 'volume_extension:volume_admin_actions:reset_status');
  const newStatus = typeof status === 'string' && status ? status.toLowerCase() : undefined;
  // Upstream compares against ('deleting', 'error_deleting' 'detaching'): only "deleting" is refused.
  if (newStatus === 'deleting') throw badRequest(`Cannot reset-state to ${newStatus}`);
  if (newStatus === 'in-use' && !volume.attachments.length) {
    throw badRequest('Cannot reset-state to in-use because volume does not have any attachments.');
  }
  const world = ctx.world;
  // An operator resetting state means "this is the truth now": in-flight emulated work is dropped.
  cancelTransitions(world, 'volumes', volume.id);
  volume.stuck = false;
  volume.reservedGb = 0;
  if (newStatus) volume.status = newStatus;
  if (typeof attach === 'string' && attach) {
    volume.attachStatus = attach.toLowerCase() as 'attached' | 'detached';
    if (volume.attachStatus === 'detached') volume.attachments = [];
  }
  if (typeof migration === 'string' && migration) volume.migrationStatus = migration.toLowerCase() === 'none' ? null : migration.toLowerCase();
  volume.updatedAt = ctx.now;
  world.changed();
  return { status: 202 };
}

// ---------------------------------------------------------------- admin: migrate

function migrate(ctx: CinderContext, id: string, body: Json): ActionResult {
  const allowed = atLeast(ctx.version, '3.16') ? ['host', 'cluster', 'force_host_copy', 'lock_volume'] : ['host', 'force_host_copy', 'lock_volume'];
  const args = actionBody(body, 'os-migrate_volume', { required: atLeast(ctx.version, '3.16') ? [] : ['host'], allowed });
  if (args.host !== undefined && (typeof args.host !== 'string' || args.host.length > 255)) throw invalidField('host', args.host, ['string']);
  if (args.force_host_copy !== undefined) checkBoolean('force_host_copy', args.force_host_copy);
  const lock = args.lock_volume !== undefined ? checkBoolean('lock_volume', args.lock_volume) : false;
  const volume = getVolume(ctx, id);
  requireAdmin(ctx, 'volume_extension:volume_admin_actions:migrate_volume');
  const hasHost = typeof args.host === 'string' && args.host !== '';
  const hasCluster = typeof args.cluster === 'string' && args.cluster !== '';
  if (hasHost === hasCluster) throw invalidInput('One and only one of cluster and host must be set.');
  const hostArg = hasHost ? (args.host as string) : (args.cluster as string);
  const state = ctx.world.state;
  const target = backendOfHost(state, hostArg);
  if (!target) throw badRequest(`Invalid host: No available service named '${hostArg}'`);
  const sameHost = backendOfHost(state, volume.host) === target;
  if (
    !['available', 'in-use'].includes(volume.status) ||
    !AVAILABLE_MIGRATION_STATUS.includes(volume.migrationStatus) ||
    sameHost ||
    snapshotsOf(ctx, volume.id).length
  ) {
    throw invalidVolume(
      `Volume ${volume.id} status must be available or in-use, must not be migrating, have snapshots, be replicated, be part of a group and destination host/cluster must be different than the current one`,
    );
  }
  const world = ctx.world;
  const prev = volume.status;
  volume.previousStatus = prev;
  volume.migrationStatus = 'starting';
  if (lock && prev === 'available') volume.status = 'maintenance';
  volume.updatedAt = ctx.now;
  world.changed();
  const d = world.delays.migrate;
  const type = state.volumeTypes[volume.volumeTypeId];
  // The scheduler refuses a host the type excludes (NoValidBackend) and the migration ends in error.
  const allowedByType = hostSatisfiesType(state, target.host, type);
  if (!allowedByType || takeFailure(world, 'migrate', volume.id)) {
    schedule(world, ctx.now + d, { store: 'volumes', id: volume.id, patch: { status: prev, migrationStatus: 'error' } });
    return { status: 202 };
  }
  schedule(world, ctx.now + Math.floor(d / 3), { store: 'volumes', id: volume.id, patch: { migrationStatus: 'migrating' } });
  schedule(world, ctx.now + Math.floor((2 * d) / 3), { store: 'volumes', id: volume.id, patch: { migrationStatus: 'completing' } });
  schedule(world, ctx.now + d, { store: 'volumes', id: volume.id, patch: { status: prev, migrationStatus: 'success', host: target.host, nameId: randomUuid() } });
  return { status: 202 };
}

// ---------------------------------------------------------------- bootable / readonly

function setBootable(ctx: CinderContext, id: string, body: Json): ActionResult {
  const args = actionBody(body, 'os-set_bootable', { required: ['bootable'], allowed: ['bootable'] });
  const bootable = checkBoolean('bootable', args.bootable);
  const volume = getVolume(ctx, id);
  if (volume.status === 'maintenance') throw invalidVolume('The volume cannot be updated during maintenance.');
  volume.bootable = bootable;
  volume.updatedAt = ctx.now;
  ctx.world.changed();
  return { status: 200 };
}

function readonlyFlag(ctx: CinderContext, id: string, body: Json): ActionResult {
  const args = actionBody(body, 'os-update_readonly_flag', { required: ['readonly'], allowed: ['readonly'] });
  const readonly = checkBoolean('readonly', args.readonly);
  const volume = getVolume(ctx, id);
  if (volume.status !== 'available') {
    throw invalidVolume(`Volume ${volume.id} status must be available to update readonly flag, but current status is: ${volume.status}.`);
  }
  volume.readonly = readonly;
  volume.readonlySet = true;
  volume.updatedAt = ctx.now;
  ctx.world.changed();
  return { status: 202 };
}

// ---------------------------------------------------------------- helpers

function invalidField(field: string, value: unknown, types: string[]) {
  return fieldError(field, value, typeMsg(value, types));
}
