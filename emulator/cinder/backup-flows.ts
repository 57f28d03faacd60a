/**
 * The asynchronous backup flows (backup/api.py create & restore, scheduler/manager.py create_backup,
 * backup/manager.py): statuses of the backup, its volume and snapshot move with the emulated clock.
 */
import { backendOfHost, schedule as pickBackend } from './backends';
import { backupSummary, getBackup, invalidBackup, type Backup } from './backups';
import { fieldError, invalidInput, invalidSnapshot, invalidVolume } from './faults';
import { getSnapshot, getVolume } from './lookup';
import { backupServiceAvailable } from './os-services';
import { atLeast } from './microversion';
import { enforceBackupCreate } from './quotas';
import { bodyObject, checkBoolean, checkMetadata, checkObject, checkOptionalString, checkOptionalUuid, typeMsg } from './validate';
import { createVolume } from './volumes';
import type { CinderContext } from './context';
import { ACTION, cancelTransitions, DETAIL, schedule, takeFailure } from '../flows';
import type { MessageSpec, Volume } from '../state';
import type { BodyResult } from '../util/http';
import { randomUuid } from '../util/ids';

/** What cinder-backup's chunked drivers write per object (backup_file_size, 1999994880 bytes). */
const CHUNK_BYTES = 1_999_994_880;
export const SERVICE_NOT_FOUND = 'Service not found for creating backup.';
const DRIVER_FAILED = 'Backup driver failed to create backup.';

const createKeys = (ctx: CinderContext) => {
  const keys = ['volume_id', 'container', 'description', 'incremental', 'force', 'name', 'snapshot_id'];
  if (atLeast(ctx.version, '3.43')) keys.push('metadata');
  if (atLeast(ctx.version, '3.51')) keys.push('availability_zone');
  return keys;
};

/** POST /backups → 202 with the summary view; the scheduler and cinder-backup do the rest. */
export function createBackup(ctx: CinderContext, body: BodyResult): unknown {
  const top = checkObject(null, bodyObject(body), { required: ['backup'], allowed: ['backup'] });
  const req = checkObject('backup', top.backup, { required: ['volume_id'], allowed: createKeys(ctx) });
  const volumeId = checkOptionalUuid('volume_id', req.volume_id);
  if (!volumeId) throw fieldError('volume_id', req.volume_id, typeMsg(req.volume_id, ['string']));
  const container = checkOptionalString('container', req.container, 255);
  const name = checkOptionalString('name', req.name, 255);
  const description = checkOptionalString('description', req.description, 255);
  const incremental = req.incremental === undefined ? false : checkBoolean('incremental', req.incremental);
  const force = req.force === undefined ? false : checkBoolean('force', req.force);
  const snapshotId = checkOptionalUuid('snapshot_id', req.snapshot_id);
  const metadata = req.metadata === undefined ? null : checkMetadata('metadata', req.metadata, true);
  const zone = checkOptionalString('availability_zone', req.availability_zone, null);

  const state = ctx.world.state;
  const volume = getVolume(ctx, volumeId);
  const snapshot = snapshotId ? getSnapshot(ctx, snapshotId) : undefined;
  if (snapshot) {
    if (snapshot.volumeId !== volume.id) throw invalidVolume(`Volume ${volume.id} does not match with snapshot.volume_id ${snapshot.volumeId}.`);
    if (snapshot.status !== 'available') throw invalidSnapshot(`Snapshot to be backed up must be available, but the current status is "${snapshot.status}".`);
  } else if (!['available', 'in-use'].includes(volume.status)) {
    throw invalidVolume(`Volume to be backed up must be available or in-use, but the current status is "${volume.status}".`);
  } else if (volume.status === 'in-use' && !force) {
    throw invalidVolume('Backing up an in-use volume must use the force flag.');
  }
  enforceBackupCreate(state, ctx.projectId, volume.size);

  let parent: Backup | undefined;
  if (incremental) {
    // The parent is the available backup with the newest data (for a snapshot: data older than it).
    const candidates = [...state.backups.values()].filter(
      (b) => b.volumeId === volume.id && b.projectId === ctx.projectId && b.status === 'available' && (!snapshot || b.dataTimestamp < snapshot.createdAt),
    );
    parent = candidates.sort((a, b) => b.dataTimestamp - a.dataTimestamp)[0];
    if (!parent) throw invalidBackup('No backups available to do an incremental backup.');
  }

  const now = ctx.now;
  const id = randomUuid();
  const backup: Backup = {
    id,
    projectId: ctx.projectId,
    userId: ctx.userId,
    volumeId: volume.id,
    snapshotId: snapshot?.id ?? null,
    parentId: parent?.id ?? null,
    name: name ?? null,
    description: description ?? null,
    status: 'creating',
    size: volume.size,
    objectCount: 0,
    // The POSIX driver files a backup under <id[0:2]>/<id[2:4]>/<id> unless a container is given.
    container: container ?? `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`,
    availabilityZone: zone ?? volume.availabilityZone,
    failReason: null,
    dataTimestamp: snapshot?.createdAt ?? now,
    metadata: metadata ?? {},
    createdAt: now,
    updatedAt: null,
  };
  state.backups.set(id, backup);
  const previous = volume.status;
  if (snapshot) snapshot.status = 'backing-up';
  else {
    volume.previousStatus = previous;
    volume.status = 'backing-up';
    volume.updatedAt = now;
  }
  ctx.world.changed();
  scheduleCreate(ctx, backup, volume, previous);
  return { backup: backupSummary(ctx, backup) };
}

function scheduleCreate(ctx: CinderContext, backup: Backup, volume: Volume, previous: string): void {
  const world = ctx.world;
  // Without cinder-backup the scheduler fails at once; otherwise the driver takes its time.
  const absent = !backupServiceAvailable(world.state, ctx.now);
  const due = ctx.now + (absent ? Math.min(500, world.delays.backupCreate) : world.delays.backupCreate);
  const fail = (failReason: string, detail: readonly [string, string]): Partial<Backup> & { message: MessageSpec } => ({
    status: 'error',
    failReason,
    message: { projectId: backup.projectId, resourceType: 'VOLUME_BACKUP', resourceUuid: backup.id, action: ACTION.BACKUP_CREATE, detail, requestId: ctx.requestId },
  });
  let outcome: Partial<Backup> & { message?: MessageSpec };
  let previousStatus = 'backing-up';
  if (absent) outcome = fail(SERVICE_NOT_FOUND, DETAIL.BACKUP_SCHEDULE_ERROR);
  else if (takeFailure(world, 'backup', volume.id)) {
    outcome = fail(DRIVER_FAILED, DETAIL.BACKUP_CREATE_DRIVER_ERROR);
    previousStatus = 'error_backing-up';
  } else outcome = { status: 'available', objectCount: Math.max(1, Math.ceil((backup.size * 1024 ** 3) / CHUNK_BYTES)) };
  const { message, ...patch } = outcome;
  schedule(world, due, message ? { store: 'backups', id: backup.id, patch, message } : { store: 'backups', id: backup.id, patch });
  // The source gets its status back either way (the volume remembers what the backup did to it).
  if (backup.snapshotId) schedule(world, due, { store: 'snapshots', id: backup.snapshotId, patch: { status: 'available' } });
  else schedule(world, due, { store: 'volumes', id: volume.id, patch: { status: previous, previousStatus } });
}

/** POST /backups/{id}/restore → 202 `{"restore": {backup_id, volume_id, volume_name}}`. */
export function restoreBackup(ctx: CinderContext, id: string, body: BodyResult): unknown {
  const top = checkObject(null, bodyObject(body), { required: ['restore'], allowed: ['restore'] });
  const req = checkObject('restore', top.restore, { allowed: ['volume_id', 'name'] });
  const volumeId = checkOptionalUuid('volume_id', req.volume_id);
  const name = checkOptionalString('name', req.name, 255);
  const backup = getBackup(ctx, id);
  if (backup.status !== 'available') throw invalidBackup('Backup status must be available');
  let volume: Volume;
  if (!volumeId) {
    // Cinder creates the volume and waits (synchronously) until it has left `creating`.
    const created = createVolume(ctx, {
      kind: 'json',
      value: { volume: { size: backup.size, name: name ?? `restore_backup_${backup.id}`, description: 'auto-created_from_restore_from_backup' } },
    });
    volume = ctx.world.state.volumes.get((created.body as { volume: { id: string } }).volume.id)!;
    cancelTransitions(ctx.world, 'volumes', volume.id);
    volume.host = pickBackend(ctx.world.state, ctx.world.state.volumeTypes[volume.volumeTypeId], volume.size)?.host ?? ctx.world.state.backends[0]!.host;
    volume.status = 'available';
  } else {
    volume = getVolume(ctx, volumeId);
  }
  if (volume.status !== 'available') throw invalidVolume('Volume to be restored to must be available');
  if (backup.size > volume.size) throw invalidVolume(`volume size ${volume.size} is too small to restore backup of size ${backup.size}.`);
  startRestore(ctx, backup, volume, 'restoring-backup');
  return { restore: { backup_id: backup.id, volume_id: volume.id, volume_name: volume.name } };
}

/**
 * The backup `restoring` and the volume in `volumeStatus` until cinder-backup is done: then the backup is
 * available again and the volume available with `src_backup_id`, or `error_restoring` (failNext 'restore').
 */
function startRestore(ctx: CinderContext, backup: Backup, volume: Volume, volumeStatus: string): void {
  const world = ctx.world;
  backup.status = 'restoring';
  backup.updatedAt = ctx.now;
  volume.status = volumeStatus;
  volume.updatedAt = ctx.now;
  world.changed();
  const due = ctx.now + world.delays.backupRestore;
  schedule(world, due, { store: 'backups', id: backup.id, patch: { status: 'available' } });
  if (takeFailure(world, 'restore', backup.id)) {
    schedule(world, due, {
      store: 'volumes',
      id: volume.id,
      patch: { status: volumeStatus === 'creating' ? 'error' : 'error_restoring' },
      message: { projectId: backup.projectId, resourceType: 'VOLUME_BACKUP', resourceUuid: backup.id, action: ACTION.BACKUP_RESTORE, detail: DETAIL.BACKUP_RESTORE_ERROR, requestId: ctx.requestId },
    });
    return;
  }
  const host = volume.host ?? backendOfHost(world.state, pickBackend(world.state, world.state.volumeTypes[volume.volumeTypeId], volume.size)?.host ?? null)?.host ?? null;
  schedule(world, due, { store: 'volumes', id: volume.id, patch: { status: 'available', host, metadata: { ...volume.metadata, src_backup_id: backup.id } } });
}

/** POST /volumes with `backup_id` (3.47): the backup as the source, checked as Cinder's create flow does. */
export function backupSource(ctx: CinderContext, backupId: unknown): Backup | undefined {
  if (backupId === undefined || backupId === null || backupId === '') return undefined;
  if (typeof backupId !== 'string') throw fieldError('backup_id', backupId, typeMsg(backupId, ['string', 'null']));
  return getBackup(ctx, backupId);
}

export function checkBackupSource(backup: Backup, size: number): void {
  if (backup.status !== 'available') throw invalidBackup("Originating backup status must be one of 'available' values");
  if (size < backup.size) {
    throw invalidInput(`Volume size ${size}GB cannot be smaller than the backup size ${backup.size}GB. It must be >= backup size.`);
  }
}

/** The new volume stays `creating` while the backup is `restoring`, then both settle. */
export function restoreIntoNewVolume(ctx: CinderContext, backup: Backup, volume: Volume): void {
  cancelTransitions(ctx.world, 'volumes', volume.id);
  startRestore(ctx, backup, volume, 'creating');
}
