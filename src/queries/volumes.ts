import { listVolumeNames } from '../api/snapshots';
import { queryOptions } from '@tanstack/react-query';
import { isApiError } from '../api/errors';
import { listMessages } from '../api/messages';
import type { Volume, VolumeType } from '../api/models';
import { getQosSpec } from '../api/qos-specs';
import { listSnapshots } from '../api/snapshots';
import { getVolumeType, listAllVolumeTypes } from '../api/volume-types';
import { getVolume, getVolumeMetadata, listVolumes, type VolumeListQuery, type VolumePage } from '../api/volumes';
import { snapshotStatusInfo } from '../domain/snapshots';
import { volumeStatusInfo } from '../domain/volumes';
import { refetchIntervalFor } from '../lib/live-status';

/**
 * Query keys for everything volume-shaped. Mutations (in volume-actions too) invalidate `volumeKeys.all`.
 *   volumeKeys.all            ['volumes']
 *   volumeKeys.lists()        ['volumes','list']
 *   volumeKeys.list(q)        ['volumes','list',q]
 *   volumeKeys.detail(id)     ['volumes','detail',id]
 */
export const volumeKeys = {
  all: ['volumes'] as const,
  lists: () => [...volumeKeys.all, 'list'] as const,
  list: (query: VolumeListQuery) => [...volumeKeys.lists(), query] as const,
  /** The list narrowed to one id (a pasted UUID): one GET, shown as a page of 0 or 1. */
  byId: (id: string) => [...volumeKeys.lists(), 'byId', id] as const,
  details: () => [...volumeKeys.all, 'detail'] as const,
  detail: (id: string) => [...volumeKeys.details(), id] as const,
  metadata: (id: string) => [...volumeKeys.detail(id), 'metadata'] as const,
  messages: (id: string) => [...volumeKeys.all, 'messages', id] as const,
  snapshots: (id: string) => [...volumeKeys.detail(id), 'snapshots'] as const,
  snapshotsTab: (id: string, allProjects: boolean) => [...volumeKeys.snapshots(id), { allProjects }] as const,
  qos: (typeId: string) => [...volumeKeys.all, 'qos', typeId] as const,
  picker: (projectId: string) => [...volumeKeys.all, 'picker', projectId] as const,
  names: (volumeIds: string[], admin: boolean, allProjects: boolean) => [...volumeKeys.all, 'names', volumeIds, admin, allProjects] as const,
};

/** The names of the volumes the rows on screen (snapshots, backups) belong to; sorted, deduplicated ids: one key per set. */
export const volumeNamesOptions = (rows: readonly { volume_id: string }[] | undefined, admin: boolean, allProjects: boolean) => {
  const ids = [...new Set((rows ?? []).map((row) => row.volume_id))].sort();
  return queryOptions({
    queryKey: volumeKeys.names(ids, admin, allProjects),
    queryFn: ({ signal }) => listVolumeNames(ids, { admin, allProjects }, signal),
    enabled: ids.length > 0,
    staleTime: 30_000,
  });
};

/** The project's volumes by name (first 1,000): the pickers of the create-snapshot, create-backup and restore dialogs. */
export const volumePickerOptions = (projectId: string) =>
  queryOptions({
    queryKey: volumeKeys.picker(projectId),
    queryFn: ({ signal }) => listVolumes({ limit: 1000, sortKey: 'name', sortDir: 'asc' }, signal),
    staleTime: 10_000,
  });

/** What the list page asks for: a page of Cinder's list, or one volume by id. */
export type VolumeListRequest = { kind: 'byId'; id: string } | { kind: 'page'; query: VolumeListQuery };

export interface VolumeListPaging {
  /** The query's marker is stale (400/404 "marker not found"): the same page by offset instead. */
  withoutMarker: (query: VolumeListQuery) => VolumeListQuery;
  /** Cinder named the next page's marker. */
  onNextMarker: (marker: string) => void;
}

/**
 * One page of the volume list. The key is the Cinder query itself; `paging` only says where the list
 * page remembers markers. Rows are kept live by lib/live-status (per transitional row), not by refetching the page.
 */
export const volumeListOptions = (request: VolumeListRequest, paging: VolumeListPaging) =>
  // The key holds the whole request (its query includes the marker); the rule cannot see through the branch.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: request.kind === 'byId' ? volumeKeys.byId(request.id) : volumeKeys.list(request.query),
    queryFn: async ({ signal }): Promise<VolumePage> => {
      if (request.kind === 'byId') {
        try {
          return { volumes: [await getVolume(request.id, signal)], count: 1 };
        } catch (error) {
          if (isApiError(error) && error.isNotFound) return { volumes: [], count: 0 };
          throw error;
        }
      }
      let page: VolumePage;
      try {
        page = await listVolumes(request.query, signal);
      } catch (error) {
        if (!request.query.marker || !isApiError(error) || (error.status !== 400 && error.status !== 404)) throw error;
        page = await listVolumes(paging.withoutMarker(request.query), signal);
      }
      if (page.nextMarker) paging.onNextMarker(page.nextMarker);
      return page;
    },
    placeholderData: (previous) => previous,
  });

/** One volume, polled while it is changing (the list's status table and speeds). */
export const volumeDetailOptions = (id: string) =>
  queryOptions({
    queryKey: volumeKeys.detail(id),
    queryFn: ({ signal }) => getVolume(id, signal),
    // A 404 ends it (deleted meanwhile): the last data still says "deleting", but nothing will change again.
    refetchInterval: (query) => (isApiError(query.state.error) && query.state.error.isNotFound ? false : refetchIntervalFor(query.state.data, volumeStatusInfo)),
  });

/** The detail page's Snapshots tab; an admin may be looking at another project's volume (all_tenants). */
export const volumeSnapshotsTabOptions = (volumeId: string, allProjects: boolean) =>
  queryOptions({
    queryKey: volumeKeys.snapshotsTab(volumeId, allProjects),
    queryFn: ({ signal }) => listSnapshots({ volume_id: volumeId, allProjects, limit: 1000 }, signal),
    refetchInterval: (query) => refetchIntervalFor(query.state.data?.snapshots, snapshotStatusInfo),
  });

export const volumeMetadataOptions = (id: string) =>
  queryOptions({ queryKey: volumeKeys.metadata(id), queryFn: ({ signal }) => getVolumeMetadata(id, signal) });

/** User messages about one volume; cached long — a reason does not change, and errors are stable states. */
export const volumeMessagesOptions = (id: string) =>
  queryOptions({
    queryKey: volumeKeys.messages(id),
    queryFn: ({ signal }) => listMessages({ resourceUuid: id }, signal),
    staleTime: 5 * 60_000,
  });

/** The volume's type: by id (3.63+ volume_type_id) or, on older servers, by name from the type list. */
async function typeOf(volume: Volume, signal: AbortSignal): Promise<VolumeType | null> {
  if (volume.volume_type_id) return getVolumeType(volume.volume_type_id, signal);
  if (!volume.volume_type) return null;
  const types = await listAllVolumeTypes('all', signal);
  return types.find((type) => type.name === volume.volume_type || type.id === volume.volume_type) ?? null;
}

/** Admins: the QoS spec in effect through the volume's type (GET /types/{id} → qos_specs_id → GET /qos-specs/{id}). */
export const volumeQosOptions = (volume: Volume) =>
  // The type (id or name) fully decides the answer; the rest of the volume does not matter.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: volumeKeys.qos(volume.volume_type_id ?? volume.volume_type ?? ''),
    queryFn: async ({ signal }) => {
      const type = await typeOf(volume, signal);
      const qos = type?.qos_specs_id ? await getQosSpec(type.qos_specs_id, signal) : null;
      return { type, qos };
    },
  });
