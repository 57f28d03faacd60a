import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { listManageableSnapshots, listManageableVolumes, manageSnapshot, manageVolume, unmanageSnapshot, unmanageVolume, type ManageSnapshotInput, type ManageVolumeInput } from '../api/admin/manage';
import { snapshotKeys } from './snapshots';
import { volumeKeys } from './volumes';

export const manageableKeys = {
  all: ['manageable'] as const,
  volumes: (host: string) => [...manageableKeys.all, 'volumes', host] as const,
  snapshots: (host: string) => [...manageableKeys.all, 'snapshots', host] as const,
};

export const manageableVolumesOptions = (host: string) =>
  queryOptions({ queryKey: manageableKeys.volumes(host), queryFn: ({ signal }) => listManageableVolumes(host, signal), enabled: !!host });

export const manageableSnapshotsOptions = (host: string) =>
  queryOptions({ queryKey: manageableKeys.snapshots(host), queryFn: ({ signal }) => listManageableSnapshots(host, signal), enabled: !!host });

function useInvalidateManaged() {
  const client = useQueryClient();
  return () =>
    void Promise.all([
      client.invalidateQueries({ queryKey: manageableKeys.all }),
      client.invalidateQueries({ queryKey: volumeKeys.all }),
      client.invalidateQueries({ queryKey: snapshotKeys.all }),
    ]);
}

export function useManageVolume() {
  const invalidate = useInvalidateManaged();
  return useMutation({ mutationFn: (input: ManageVolumeInput) => manageVolume(input), onSuccess: invalidate });
}

export function useManageSnapshot() {
  const invalidate = useInvalidateManaged();
  return useMutation({ mutationFn: (input: ManageSnapshotInput) => manageSnapshot(input), onSuccess: invalidate });
}

/** Not awaited, like deletes: the volume may be gone before the refetch. */
export function useUnmanageVolume() {
  const invalidate = useInvalidateManaged();
  return useMutation({ mutationFn: (id: string) => unmanageVolume(id), onSuccess: invalidate });
}

export function useUnmanageSnapshot() {
  const invalidate = useInvalidateManaged();
  return useMutation({ mutationFn: (id: string) => unmanageSnapshot(id), onSuccess: invalidate });
}
