/**
 * Preconditions Cinder enforces on backups (cinder/backup/api.py create / restore / delete), checked
 * before a request is sent so the UI can disable an action and say why. The reasons carry Cinder's own
 * texts (`cinderText`) beside a key the console translates; the server still rules.
 */
import type { Backup } from '../../api/backup-models';
import type { Snapshot, Volume } from '../../api/models';

/** Why Cinder would refuse, with the message it would send (api.py; InvalidVolume / InvalidBackup prefixes). */
export interface BackupBlock<K extends string> {
  key: K;
  cinderText: string;
  values?: Record<string, string | number>;
}

export type CreateBlockKey = 'volumeStatus' | 'needsForce' | 'snapshotOfOtherVolume' | 'snapshotStatus';

/**
 * Create: a snapshot source must be this volume's and available (then the volume's status does not matter);
 * otherwise the volume must be available, or in-use with force.
 */
export function createBackupBlock(
  volume: Pick<Volume, 'id' | 'status'>,
  options: { force: boolean; snapshot?: Pick<Snapshot, 'volume_id' | 'status'> | null },
): BackupBlock<CreateBlockKey> | null {
  const { snapshot } = options;
  if (snapshot) {
    if (snapshot.volume_id !== volume.id) {
      return { key: 'snapshotOfOtherVolume', cinderText: `Invalid volume: Volume ${volume.id} does not match with snapshot.volume_id ${snapshot.volume_id}.` };
    }
    if (snapshot.status !== 'available') {
      return {
        key: 'snapshotStatus',
        cinderText: `Invalid snapshot: Snapshot to be backed up must be available, but the current status is "${snapshot.status}".`,
        values: { status: snapshot.status },
      };
    }
    return null;
  }
  if (volume.status !== 'available' && volume.status !== 'in-use') {
    return {
      key: 'volumeStatus',
      cinderText: `Invalid volume: Volume to be backed up must be available or in-use, but the current status is "${volume.status}".`,
      values: { status: volume.status },
    };
  }
  if (volume.status === 'in-use' && !options.force) return { key: 'needsForce', cinderText: 'Invalid volume: Backing up an in-use volume must use the force flag.' };
  return null;
}

/** An in-use volume is backed up only with force (a crash-consistent copy of a disk in use). */
export function needsForce(volume: Pick<Volume, 'status'>, snapshotSource: boolean): boolean {
  return !snapshotSource && volume.status === 'in-use';
}

/**
 * Incremental: Cinder builds on the volume's available backup with the newest data (for a snapshot,
 * data older than the snapshot); without one it refuses. Returns that parent, or the refusal.
 */
export function incrementalParent(
  backups: Pick<Backup, 'id' | 'volume_id' | 'status' | 'data_timestamp' | 'created_at'>[],
  volumeId: string,
  snapshot?: Pick<Snapshot, 'created_at'> | null,
): { parentId: string } | BackupBlock<'noFullBackup'> {
  const time = (b: { data_timestamp: string | null; created_at: string }) => Date.parse(`${b.data_timestamp ?? b.created_at}Z`.replace(/ZZ$/, 'Z'));
  const limit = snapshot ? Date.parse(`${snapshot.created_at}Z`.replace(/ZZ$/, 'Z')) : Infinity;
  const parent = backups
    .filter((b) => b.volume_id === volumeId && b.status === 'available' && time(b) < limit)
    .sort((a, b) => time(b) - time(a))[0];
  return parent ? { parentId: parent.id } : { key: 'noFullBackup', cinderText: 'Invalid backup: No backups available to do an incremental backup.' };
}

export type DeleteBlockKey = 'status' | 'dependents';

/** Delete: available or error only, and never while incremental backups depend on it (force or not). */
export function deleteBackupBlock(backup: Pick<Backup, 'status' | 'has_dependent_backups'>, force = false): BackupBlock<DeleteBlockKey> | null {
  if (!force && backup.status !== 'available' && backup.status !== 'error') {
    return { key: 'status', cinderText: 'Invalid backup: Backup status must be available or error', values: { status: backup.status } };
  }
  if (backup.has_dependent_backups) return { key: 'dependents', cinderText: 'Invalid backup: Incremental backups exist for this backup.' };
  return null;
}

export type RestoreBlockKey = 'backupStatus' | 'volumeStatus' | 'volumeTooSmall';

/** Restore: the backup available; an existing target available and at least the backup's size. */
export function restoreBlock(
  backup: Pick<Backup, 'status' | 'size'>,
  target?: Pick<Volume, 'status' | 'size'> | null,
): BackupBlock<RestoreBlockKey> | null {
  if (backup.status !== 'available') return { key: 'backupStatus', cinderText: 'Invalid backup: Backup status must be available', values: { status: backup.status } };
  if (!target) return null;
  if (target.status !== 'available') return { key: 'volumeStatus', cinderText: 'Invalid volume: Volume to be restored to must be available', values: { status: target.status } };
  if (backup.size > target.size) {
    return {
      key: 'volumeTooSmall',
      cinderText: `Invalid volume: volume size ${target.size} is too small to restore backup of size ${backup.size}.`,
      values: { volumeSize: target.size, backupSize: backup.size },
    };
  }
  return null;
}

/** Volumes a backup may be restored onto: available and large enough. */
export function restoreTargets<V extends Pick<Volume, 'status' | 'size'>>(backup: Pick<Backup, 'size'>, volumes: V[]): V[] {
  return volumes.filter((v) => v.status === 'available' && v.size >= backup.size);
}

/** Cinder's name for a restore into a new volume when none is given. */
export const defaultRestoreName = (backupId: string) => `restore_backup_${backupId}`;

/** A new volume from a backup (3.47) is at least the backup's size, in whole GiB: the same rule as from a snapshot. */
export { newVolumeSizeProblem } from '../snapshots/rules';

/** What to call a backup: its name, else its id. */
export const backupLabel = (backup: Pick<Backup, 'id' | 'name'>) => backup.name?.trim() || backup.id;
