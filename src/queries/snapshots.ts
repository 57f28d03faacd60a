import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  deleteSnapshot,
  findVolumesCreatedFrom,
  forceDeleteSnapshot,
  getLatestSnapshotOf,
  createSnapshot,
  getSnapshot,
  listSnapshots,
  replaceSnapshotMetadata,
  resetSnapshotStatus,
  updateSnapshot,
  type CreateSnapshotInput,
  type SnapshotListQuery,
  type SnapshotResetStatus,
  type UpdateSnapshotInput,
} from '../api/snapshots';
import { createVolume, revertVolume, type CreateVolumeBody } from '../api/volume-actions';
import { getVolume } from '../api/volumes';
import type { Metadata } from '../api/models';
import { snapshotStatusInfo } from '../domain/snapshots';
import { CHANGING_VOLUME_STATUSES } from '../domain/volumes';
import { pollInterval, refetchIntervalFor } from '../lib/live-status';
import { volumeKeys } from './volumes';

/**
 * Query keys for snapshots:
 *   snapshotKeys.all              ['snapshots']
 *   snapshotKeys.list(q)          ['snapshots','list',q]
 *   snapshotKeys.detail(id)       ['snapshots','detail',id]
 * Volumes seen from here live under volumeKeys, so a change made here (create from snapshot, revert)
 * refreshes the volume pages too.
 */
export const snapshotKeys = {
  all: ['snapshots'] as const,
  lists: () => [...snapshotKeys.all, 'list'] as const,
  list: (query: SnapshotListQuery) => [...snapshotKeys.lists(), query] as const,
  detail: (id: string) => [...snapshotKeys.all, 'detail', id] as const,
  createdVolumes: (ids: string[], admin: boolean) => [...snapshotKeys.all, 'created-volumes', ids, admin] as const,
  latestOf: (volumeId: string, allProjects: boolean) => [...snapshotKeys.all, 'latest-of', volumeId, allProjects] as const,
  /** The create-snapshot dialog's volume picker (the project's volumes by name). */
};

export const snapshotListOptions = (query: SnapshotListQuery) =>
  queryOptions({
    queryKey: snapshotKeys.list(query),
    queryFn: ({ signal }) => listSnapshots(query, signal),
    placeholderData: keepPreviousData,
    // No refetchInterval: the list page re-reads only its transitional rows (lib/live-status).
  });

export const snapshotDetailOptions = (id: string) =>
  queryOptions({
    queryKey: snapshotKeys.detail(id),
    queryFn: ({ signal }) => getSnapshot(id, signal),
    refetchInterval: (q) => refetchIntervalFor(q.state.data, snapshotStatusInfo),
  });

/**
 * The snapshot's volume. Polled while the snapshot is busy and while the volume itself is: after a
 * revert the snapshot may settle before the volume leaves `reverting`, and the revert button must follow.
 */
export const sourceVolumeOptions = (volumeId: string, snapshotBusy: boolean) =>
  queryOptions({
    queryKey: volumeKeys.detail(volumeId),
    queryFn: ({ signal }) => getVolume(volumeId, signal),
    refetchInterval: (query) => pollInterval(snapshotBusy || CHANGING_VOLUME_STATUSES.has(query.state.data?.status ?? '') ? 'fast' : false),
  });

export const latestSnapshotOptions = (volumeId: string, allProjects: boolean) =>
  queryOptions({
    queryKey: snapshotKeys.latestOf(volumeId, allProjects),
    queryFn: ({ signal }) => getLatestSnapshotOf(volumeId, allProjects, signal),
  });

export const createdVolumesOptions = (snapshotIds: string[], admin: boolean) =>
  queryOptions({
    queryKey: snapshotKeys.createdVolumes(snapshotIds, admin),
    queryFn: ({ signal }) => findVolumesCreatedFrom(snapshotIds, { admin }, signal),
    staleTime: 10_000,
  });

function useInvalidateSnapshots() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: snapshotKeys.all });
}

export function useUpdateSnapshot(id: string) {
  const invalidate = useInvalidateSnapshots();
  return useMutation({ mutationFn: (input: UpdateSnapshotInput) => updateSnapshot(id, input), onSuccess: invalidate });
}

/**
 * Deletes refresh the lists without waiting for them: a delete that finishes at once (real Cinder) would
 * otherwise refetch the open detail page into a 404 and unmount the dialog before its success message,
 * close and navigation ran.
 */
export function useDeleteSnapshot() {
  const invalidate = useInvalidateSnapshots();
  return useMutation({ mutationFn: (id: string) => deleteSnapshot(id), onSettled: () => void invalidate() });
}

export function useReplaceSnapshotMetadata(id: string) {
  const invalidate = useInvalidateSnapshots();
  return useMutation({ mutationFn: (metadata: Metadata) => replaceSnapshotMetadata(id, metadata), onSuccess: invalidate });
}

export function useResetSnapshotStatus(id: string) {
  const invalidate = useInvalidateSnapshots();
  return useMutation({ mutationFn: (status: SnapshotResetStatus) => resetSnapshotStatus(id, status), onSuccess: invalidate });
}

export function useForceDeleteSnapshot(id: string) {
  const invalidate = useInvalidateSnapshots();
  // Not awaited, like useDeleteSnapshot.
  return useMutation({ mutationFn: () => forceDeleteSnapshot(id), onSuccess: () => void invalidate() });
}

/** A new snapshot shows in the snapshot lists and in its volume's (snapshot counts gate delete and revert). */
export function useCreateSnapshot() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSnapshotInput) => createSnapshot(input),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: snapshotKeys.all }), client.invalidateQueries({ queryKey: volumeKeys.all })]),
  });
}

export function useCreateVolumeFromSnapshot() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateVolumeBody & { snapshot_id: string }) => createVolume(body),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: volumeKeys.all }), client.invalidateQueries({ queryKey: snapshotKeys.all })]),
  });
}

export function useRevertToSnapshot() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ volumeId, snapshotId }: { volumeId: string; snapshotId: string }) => revertVolume(volumeId, snapshotId),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: volumeKeys.all }), client.invalidateQueries({ queryKey: snapshotKeys.all })]),
  });
}
