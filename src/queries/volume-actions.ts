/** Reference data the action forms need, and the shared mutation hook. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { listImages } from '../api/images';
import type { Volume } from '../api/models';
import { getSession, isAdmin } from '../api/session';
import { listSnapshots } from '../api/snapshots';
import { getVolume, listVolumes } from '../api/volumes';
import { snapshotStatusInfo } from '../domain/snapshots';
import { refetchIntervalFor } from '../lib/live-status';
import { availabilityZoneOptions } from './availability-zones';
import { poolListOptions } from './pools';
import { quotaUsageQuery } from './quotas';
import { snapshotKeys } from './snapshots';
import { defaultVolumeTypeOptions, volumeTypeListOptions } from './volume-types';
import { volumeKeys } from './volumes';

const REFERENCE_STALE_MS = 60_000;

export const actionKeys = {
  all: ['volume-actions'] as const,
  images: () => [...actionKeys.all, 'images'] as const,
  snapshotSources: () => [...volumeKeys.all, 'snapshot-sources'] as const,
  volumeSources: (alsoId?: string) => [...volumeKeys.all, 'volume-sources', alsoId ?? null] as const,
};

export const imagesOptions = () =>
  queryOptions({ queryKey: actionKeys.images(), queryFn: ({ signal }) => listImages({ signal }), staleTime: REFERENCE_STALE_MS });

export const zonesOptions = availabilityZoneOptions;

/** Admins see every type (is_public=None); members see public + shared ones. */
export const typesOptions = (admin: boolean) => ({ ...volumeTypeListOptions(admin ? 'all' : 'public'), staleTime: REFERENCE_STALE_MS });

export const defaultTypeOptions = defaultVolumeTypeOptions;

/** Pools with their capacities (the migrate dialog shows each one's free space). */
export const poolsOptions = () => ({ ...poolListOptions({ detail: true }), staleTime: REFERENCE_STALE_MS });

/** Fresh on every open (no staleTime): a create or extend must check against what is left now. */
export const quotaOptions = quotaUsageQuery;

/**
 * Snapshots of one volume, newest first (revert needs the latest, delete counts them); polled while one is changing.
 * all_tenants for an admin: looking at another project's volume, they must see its snapshots (which live in that
 * project, or the admin's), as Cinder's "latest" for revert does. Members never send it (a filter they may not use).
 */
export const volumeSnapshotsOptions = (volumeId: string) =>
  queryOptions({
    queryKey: volumeKeys.snapshots(volumeId),
    queryFn: async ({ signal }) =>
      (await listSnapshots({ volume_id: volumeId, allProjects: isAdmin(getSession()), sort: [{ key: 'created_at', dir: 'desc' }], limit: 1000 }, signal)).snapshots,
    refetchInterval: (query) => refetchIntervalFor(query.state.data, snapshotStatusInfo),
  });

/** Snapshots a new volume can be made from (available ones of the project). */
export const snapshotSourcesOptions = () =>
  queryOptions({
    queryKey: actionKeys.snapshotSources(),
    queryFn: async ({ signal }) =>
      (await listSnapshots({ status: 'available', sort: [{ key: 'created_at', dir: 'desc' }], limit: 1000 }, signal)).snapshots,
  });

/** Volumes a new volume can be cloned from (available or in-use). */
/**
 * The volumes a copy can be made of: the project's own, plus `alsoId` when it is not among them — an
 * admin copying another project's volume ("Create volume from this") sees it by name with its size.
 */
export const volumeSourcesOptions = (alsoId?: string) =>
  queryOptions({
    queryKey: actionKeys.volumeSources(alsoId),
    queryFn: async ({ signal }) => {
      const own = (await listVolumes({ limit: 1000, sortKey: 'name', sortDir: 'asc' }, signal)).volumes;
      const all = alsoId && !own.some((v) => v.id === alsoId) ? [...own, await getVolume(alsoId, signal)] : own;
      return all.filter((v) => v.status === 'available' || v.status === 'in-use');
    },
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
      void queryClient.invalidateQueries({ queryKey: snapshotKeys.all });
    },
  });
}
