import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  createBackup,
  deleteBackup,
  forceDeleteBackup,
  getBackup,
  listBackups,
  listBackupServices,
  listVolumeBackups,
  resetBackupStatus,
  restoreBackup,
  updateBackup,
  type BackupListQuery,
  type BackupResetStatus,
  type CreateBackupInput,
  type RestoreBackupInput,
  type UpdateBackupInput,
} from '../api/backups';
import { listMessages } from '../api/messages';
import { listSnapshots } from '../api/snapshots';
import { createVolume, type CreateVolumeBody } from '../api/volume-actions';
import { getVolume } from '../api/volumes';
import { backupStatusInfo } from '../domain/backups';
import { volumeStatusInfo } from '../domain/volumes';
import { refetchIntervalFor } from '../lib/live-status';
import { snapshotKeys } from './snapshots';
import { volumeKeys } from './volumes';

/**
 * Query keys for backups:
 *   backupKeys.all                 ['backups']
 *   backupKeys.list(q)             ['backups','list',q]
 *   backupKeys.detail(id)          ['backups','detail',id]
 *   backupKeys.ofVolume(id)        ['backups','of-volume',id]     (the incremental rule of the create dialog)
 *   backupKeys.messages(id)        ['backups','messages',id]
 *   backupKeys.services()          ['backups','services']         (admins: is a cinder-backup up?)
 * Volumes seen from here live under volumeKeys, so a restore refreshes the volume pages too.
 */
export const backupKeys = {
  all: ['backups'] as const,
  lists: () => [...backupKeys.all, 'list'] as const,
  list: (query: BackupListQuery) => [...backupKeys.lists(), query] as const,
  detail: (id: string) => [...backupKeys.all, 'detail', id] as const,
  ofVolume: (volumeId: string) => [...backupKeys.all, 'of-volume', volumeId] as const,
  messages: (id: string) => [...backupKeys.all, 'messages', id] as const,
  services: () => [...backupKeys.all, 'services'] as const,
  snapshotsOf: (volumeId: string) => [...backupKeys.all, 'snapshots-of', volumeId] as const,
};

export const backupListOptions = (query: BackupListQuery) =>
  queryOptions({
    queryKey: backupKeys.list(query),
    queryFn: ({ signal }) => listBackups(query, signal),
    placeholderData: keepPreviousData,
    // No refetchInterval: the list page re-reads only its transitional rows (lib/live-status).
  });

export const backupDetailOptions = (id: string) =>
  queryOptions({
    queryKey: backupKeys.detail(id),
    queryFn: ({ signal }) => getBackup(id, signal),
    refetchInterval: (q) => refetchIntervalFor(q.state.data, backupStatusInfo),
  });

/** The volume's backups, polled while one of them is still being made (its status decides "incremental"). */
export const volumeBackupsOptions = (volumeId: string) =>
  queryOptions({
    queryKey: backupKeys.ofVolume(volumeId),
    queryFn: ({ signal }) => listVolumeBackups(volumeId, signal),
    refetchInterval: (q) => refetchIntervalFor(q.state.data, backupStatusInfo),
  });

export const backupMessagesOptions = (id: string) =>
  queryOptions({ queryKey: backupKeys.messages(id), queryFn: ({ signal }) => listMessages({ resourceUuid: id }, signal), staleTime: 60_000 });

/** Admins only: the cinder-backup services, to warn before a backup that cannot run. */
export const backupServicesOptions = () =>
  queryOptions({ queryKey: backupKeys.services(), queryFn: ({ signal }) => listBackupServices(signal), staleTime: 60_000 });

/** The backup's source volume, polled while it is busy (backing-up, restoring-backup). */
export const backupVolumeOptions = (volumeId: string) =>
  queryOptions({
    queryKey: volumeKeys.detail(volumeId),
    queryFn: ({ signal }) => getVolume(volumeId, signal),
    refetchInterval: (q) => refetchIntervalFor(q.state.data, volumeStatusInfo),
    retry: false,
  });

/** Snapshots of one volume, for "back up from a snapshot". */
export const volumeSnapshotsOptions = (volumeId: string) =>
  queryOptions({
    queryKey: backupKeys.snapshotsOf(volumeId),
    queryFn: ({ signal }) => listSnapshots({ volume_id: volumeId, limit: 1000, sort: [{ key: 'created_at', dir: 'desc' }] }, signal),
    staleTime: 10_000,
  });

/** Backups change volumes (backing-up, restoring-backup, new volumes) and snapshots (backing-up): refresh all three. */
export function useInvalidateAfterBackup() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: backupKeys.all }),
      client.invalidateQueries({ queryKey: volumeKeys.all }),
      client.invalidateQueries({ queryKey: snapshotKeys.all }),
    ]);
}

export function useCreateBackup() {
  const invalidate = useInvalidateAfterBackup();
  return useMutation({ mutationFn: (input: CreateBackupInput) => createBackup(input), onSuccess: () => void invalidate() });
}

export function useUpdateBackup(id: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: (input: UpdateBackupInput) => updateBackup(id, input), onSuccess: () => client.invalidateQueries({ queryKey: backupKeys.all }) });
}

/** Not awaited: a delete that finishes at once would refetch an open detail page into a 404 before the dialog closed. */
export function useDeleteBackup() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (id: string) => deleteBackup(id), onSettled: () => void client.invalidateQueries({ queryKey: backupKeys.all }) });
}

export function useForceDeleteBackup(id: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: () => forceDeleteBackup(id), onSuccess: () => void client.invalidateQueries({ queryKey: backupKeys.all }) });
}

export function useResetBackupStatus(id: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: (status: BackupResetStatus) => resetBackupStatus(id, status), onSuccess: () => client.invalidateQueries({ queryKey: backupKeys.all }) });
}

export function useRestoreBackup(id: string) {
  const invalidate = useInvalidateAfterBackup();
  return useMutation({ mutationFn: (input: RestoreBackupInput) => restoreBackup(id, input), onSuccess: () => void invalidate() });
}

export function useCreateVolumeFromBackup() {
  const invalidate = useInvalidateAfterBackup();
  return useMutation({ mutationFn: (body: CreateVolumeBody & { backup_id: string }) => createVolume(body), onSuccess: () => void invalidate() });
}
