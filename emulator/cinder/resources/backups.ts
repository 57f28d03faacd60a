/** /backups: list, show, create, update (3.9), delete, restore, admin actions. Handlers: ../backups.ts, ../backup-flows.ts. */
import { defineResource, json, accepted } from '../resource';
import { backupAction, deleteBackup, getBackup, listBackups, showBackup, updateBackup, type Backup } from '../backups';
import { createBackup, restoreBackup } from '../backup-flows';
import { bodyObject } from '../validate';
import { SEED, SEED_EPOCH } from '../../seed';
import type { State } from '../../state';

export const backups = defineResource({
  collection: 'backups',
  store: { name: 'backups', seed: seedBackups },
  failActions: ['backup', 'restore'],
  routes: [
    { method: 'GET', path: '', handle: ({ ctx }) => json(listBackups(ctx, false)) },
    { method: 'POST', path: '', handle: ({ ctx, body }) => json(createBackup(ctx, body!), 202) },
    { method: 'GET', path: 'detail', handle: ({ ctx }) => json(listBackups(ctx, true)) },
    { method: 'GET', path: ':id', handle: ({ ctx, params }) => json(showBackup(ctx, params.id!)) },
    { method: 'PUT', path: ':id', minVersion: '3.9', handle: ({ ctx, params, body }) => json(updateBackup(ctx, params.id!, body!)) },
    { method: 'DELETE', path: ':id', handle: ({ ctx, params }) => (deleteBackup(ctx, getBackup(ctx, params.id!), false), accepted()) },
    { method: 'POST', path: ':id/restore', handle: ({ ctx, params, body }) => json(restoreBackup(ctx, params.id!, body!), 202) },
    { method: 'POST', path: ':id/action', handle: ({ ctx, params, body }) => backupAction(ctx, params.id!, bodyObject(body!)) },
  ],
});

const HOUR = 3_600_000;

/** A full backup with one incremental on top, a nightly of an in-use volume, one failed, one in research. */
function seedBackups(state: State): Backup[] {
  const ids = SEED.backups;
  // seed:false worlds have no volumes to have backed up.
  if (!state.volumes.has(SEED.volumes.webData)) return [];
  const record = (id: string, volumeKey: keyof typeof SEED.volumes, hoursAfterEpoch: number, extra: Partial<Backup>): Backup => {
    const volume = state.volumes.get(SEED.volumes[volumeKey])!;
    const createdAt = SEED_EPOCH + hoursAfterEpoch * HOUR;
    return {
      id,
      projectId: volume.projectId,
      userId: volume.userId,
      volumeId: volume.id,
      snapshotId: null,
      parentId: null,
      name: null,
      description: null,
      status: 'available',
      size: volume.size,
      objectCount: Math.max(1, Math.ceil((volume.size * 1024 ** 3) / 1_999_994_880)),
      container: `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`,
      availabilityZone: volume.availabilityZone,
      failReason: null,
      dataTimestamp: createdAt,
      metadata: {},
      createdAt,
      updatedAt: createdAt + 60_000,
      ...extra,
    };
  };
  const failed = record(ids.archiveFailed, 'archive', 30, {
    name: 'archive-backup',
    status: 'error',
    objectCount: 0,
    container: null,
    failReason: 'Service not found for creating backup.',
  });
  state.messages[SEED.messages.archiveBackupFailed] = {
    id: SEED.messages.archiveBackupFailed,
    projectId: failed.projectId,
    resourceType: 'VOLUME_BACKUP',
    resourceUuid: failed.id,
    eventId: 'VOLUME_VOLUME_BACKUP_013_024',
    userMessage: 'create backup:Backup failed to schedule. Service not found for creating backup.',
    messageLevel: 'ERROR',
    requestId: 'req-5f0c1f4e-2d4b-4e5a-9a57-0b1e9b0c7d21',
    createdAt: failed.createdAt + 1000,
    expiresAt: failed.createdAt + 30 * 24 * HOUR,
  };
  return [
    record(ids.webDataFull, 'webData', 24, { name: 'web-data-full', description: 'Weekly full backup', metadata: { schedule: 'weekly' } }),
    record(ids.webDataIncr, 'webData', 48, { name: 'web-data-incr', parentId: ids.webDataFull }),
    record(ids.dbPrimaryNightly, 'dbPrimary', 36, { name: 'db-primary-nightly' }),
    failed,
    record(ids.researchData, 'researchData', 40, { name: 'research-data-backup' }),
  ];
}
