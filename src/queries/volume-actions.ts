/** Reference data the action forms need, and the shared mutation hook. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { listAvailabilityZones } from '../api/availability-zones';
import { getConfig } from '../api/config';
import { listImages } from '../api/images';
import type { Volume } from '../api/models';
import { listPools } from '../api/pools';
import { getQuotaUsage } from '../api/quotas';
import { listSnapshots } from '../api/snapshots';
import { getDefaultVolumeType, listAllVolumeTypes } from '../api/volume-types';
import { listVolumes } from '../api/volumes';
import { isTransitional as isSnapshotTransitional } from '../domain/snapshots';
import { volumeKeys } from './volumes';

const REFERENCE_STALE_MS = 60_000;

export const actionKeys = {
  all: ['volume-actions'] as const,
  images: () => [...actionKeys.all, 'images'] as const,
  zones: () => [...actionKeys.all, 'zones'] as const,
  types: (admin: boolean) => [...actionKeys.all, 'types', admin] as const,
  defaultType: () => [...actionKeys.all, 'default-type'] as const,
  pools: () => [...actionKeys.all, 'pools'] as const,
  /** Quota usage changes with every create/extend, so it lives under volumeKeys.all and is invalidated with them. */
  quota: (projectId: string) => [...volumeKeys.all, 'quota', projectId] as const,
  snapshotSources: () => [...volumeKeys.all, 'snapshot-sources'] as const,
  volumeSources: () => [...volumeKeys.all, 'volume-sources'] as const,
};

export const imagesOptions = () =>
  queryOptions({ queryKey: actionKeys.images(), queryFn: ({ signal }) => listImages({ signal }), staleTime: REFERENCE_STALE_MS });

export const zonesOptions = () =>
  queryOptions({ queryKey: actionKeys.zones(), queryFn: () => listAvailabilityZones(), staleTime: REFERENCE_STALE_MS });

/** Admins see every type (is_public=None); members see public + shared ones. */
export const typesOptions = (admin: boolean) =>
  queryOptions({
    queryKey: actionKeys.types(admin),
    queryFn: ({ signal }) => listAllVolumeTypes(admin ? 'all' : 'public', signal),
    staleTime: REFERENCE_STALE_MS,
  });

/** 404 when no default is configured: that is an answer ("none"), not an error. */
export const defaultTypeOptions = () =>
  queryOptions({
    queryKey: actionKeys.defaultType(),
    queryFn: async ({ signal }) => {
      try {
        return await getDefaultVolumeType(signal);
      } catch (error) {
        if ((error as { status?: number }).status === 404) return null;
        throw error;
      }
    },
    staleTime: REFERENCE_STALE_MS,
  });

export const poolsOptions = () =>
  queryOptions({ queryKey: actionKeys.pools(), queryFn: ({ signal }) => listPools({ signal }), staleTime: REFERENCE_STALE_MS });

export const quotaOptions = (projectId: string) =>
  queryOptions({ queryKey: actionKeys.quota(projectId), queryFn: () => getQuotaUsage(projectId) });

/** Snapshots of one volume, newest first (revert needs the latest, delete counts them); polled while one is changing. */
export const volumeSnapshotsOptions = (volumeId: string) =>
  queryOptions({
    queryKey: volumeKeys.snapshots(volumeId),
    queryFn: async ({ signal }) =>
      (await listSnapshots({ volume_id: volumeId, sort: [{ key: 'created_at', dir: 'desc' }], limit: 1000 }, signal)).snapshots,
    refetchInterval: (query) =>
      query.state.data?.some((s) => isSnapshotTransitional(s.status)) ? getConfig().pollIntervalMs : false,
  });

/** Snapshots a new volume can be made from (available ones of the project). */
export const snapshotSourcesOptions = () =>
  queryOptions({
    queryKey: actionKeys.snapshotSources(),
    queryFn: async ({ signal }) =>
      (await listSnapshots({ status: 'available', sort: [{ key: 'created_at', dir: 'desc' }], limit: 1000 }, signal)).snapshots,
  });

/** Volumes a new volume can be cloned from (available or in-use). */
export const volumeSourcesOptions = () =>
  queryOptions({
    queryKey: actionKeys.volumeSources(),
    queryFn: async ({ signal }) =>
      (await listVolumes({ limit: 1000, sortKey: 'name', sortDir: 'asc' }, signal)).volumes.filter(
        (v) => v.status === 'available' || v.status === 'in-use',
      ),
  });

type ListShape = { volumes?: Volume[]; pages?: { volumes?: Volume[] }[] };

function patchList<T>(data: T, id: string, patch: Partial<Volume>): T {
  const list = data as ListShape | undefined;
  if (!list) return data;
  const patchVolumes = (volumes: Volume[] | undefined) => volumes?.map((v) => (v.id === id ? { ...v, ...patch } : v));
  if (Array.isArray(list.volumes)) return { ...list, volumes: patchVolumes(list.volumes) } as T;
  if (Array.isArray(list.pages)) return { ...list, pages: list.pages.map((p) => ({ ...p, volumes: patchVolumes(p.volumes) })) } as T;
  return data;
}

export interface VolumeMutationOptions<TVariables> {
  volumeId: string;
  mutationFn: (variables: TVariables) => Promise<unknown>;
  /** The status Cinder moves the volume to (shown at once, before the refetch confirms it). */
  transitional?: string | ((variables: TVariables) => string | undefined);
  /** Other fields known after success (e.g. name after an edit). */
  patch?: (variables: TVariables) => Partial<Volume>;
}

/**
 * Runs a volume action; on success shows its new status right away in the detail and list caches,
 * then invalidates everything volume-shaped so polling takes over from the server's truth.
 */
export function useVolumeMutation<TVariables>(options: VolumeMutationOptions<TVariables>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: options.mutationFn,
    onSuccess: (_data, variables) => {
      const status = typeof options.transitional === 'function' ? options.transitional(variables) : options.transitional;
      const patch: Partial<Volume> = { ...(options.patch?.(variables) ?? {}), ...(status ? { status } : {}) };
      if (Object.keys(patch).length) {
        queryClient.setQueryData<Volume>(volumeKeys.detail(options.volumeId), (old) => (old ? { ...old, ...patch } : old));
        queryClient.setQueriesData({ queryKey: volumeKeys.lists() }, (old: unknown) => patchList(old, options.volumeId, patch));
      }
      // Not awaited: the dialog closes at once, the refetch follows in the background.
      void queryClient.invalidateQueries({ queryKey: volumeKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['snapshots'] });
    },
  });
}
