import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { listMessages } from '../api/messages';
import { getVolume, getVolumeMetadata, listVolumes, type VolumeListQuery } from '../api/volumes';

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
  details: () => [...volumeKeys.all, 'detail'] as const,
  detail: (id: string) => [...volumeKeys.details(), id] as const,
  metadata: (id: string) => [...volumeKeys.detail(id), 'metadata'] as const,
  messages: (id: string) => [...volumeKeys.all, 'messages', id] as const,
  snapshots: (id: string) => [...volumeKeys.detail(id), 'snapshots'] as const,
  qos: (typeId: string) => [...volumeKeys.all, 'qos', typeId] as const,
};

export const volumeListOptions = (query: VolumeListQuery) =>
  queryOptions({
    queryKey: volumeKeys.list(query),
    queryFn: ({ signal }) => listVolumes(query, signal),
    placeholderData: keepPreviousData,
  });

export const volumeDetailOptions = (id: string) =>
  queryOptions({ queryKey: volumeKeys.detail(id), queryFn: ({ signal }) => getVolume(id, signal) });

export const volumeMetadataOptions = (id: string) =>
  queryOptions({ queryKey: volumeKeys.metadata(id), queryFn: ({ signal }) => getVolumeMetadata(id, signal) });

/** User messages about one volume; cached long — a reason does not change, and errors are stable states. */
export const volumeMessagesOptions = (id: string) =>
  queryOptions({
    queryKey: volumeKeys.messages(id),
    queryFn: ({ signal }) => listMessages({ resourceUuid: id }, signal),
    staleTime: 5 * 60_000,
  });
