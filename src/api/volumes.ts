import { cinderCalls } from './descriptor';
import { apiRequest, cinder, send, type QueryValue } from './http';
import type { CollectionLink, Metadata, Volume, VolumeList } from './models';
import { storedKey } from './stored-key';

/**
 * Volumes: list/show/update and metadata. Actions (create, delete, extend, …) live in volume-actions.ts.
 * Paths are relative to the block-storage endpoint (which already carries the project id when needed).
 */

export type SortDir = 'asc' | 'desc';
/** Sort keys the console offers; `name` maps to display_name inside Cinder. */
export type VolumeSortKey = 'name' | 'size' | 'status' | 'created_at';

export interface VolumeListQuery {
  limit: number;
  marker?: string;
  /** Skip this many (Cinder accepts offset beside limit): used to open page N directly, e.g. after a reload. */
  offset?: number;
  sortKey?: VolumeSortKey;
  sortDir?: SortDir;
  /** Filters Cinder accepts for the role (non-admins: name, status, bootable, availability_zone…); `name~` is a substring match (domain/search). */
  filters?: Partial<Record<'name' | 'name~' | 'status' | 'bootable' | 'availability_zone' | 'project_id' | 'host' | 'id', string>>;
  /** Admins only: list every project's volumes (all_tenants=1); Cinder ignores it for others. */
  allProjects?: boolean;
  /** Ask for the total (3.45+). */
  withCount?: boolean;
}

export interface VolumePage {
  volumes: Volume[];
  /** Total matching volumes (3.45+ with_count), absent on older servers. */
  count?: number;
  /** Marker for the next page, read from volumes_links' query; absent on the last page. */
  nextMarker?: string;
}

/** The marker of the "next" link. Only its query is read: behind a proxy the host/path are Cinder's own. */
export function nextMarkerFrom(links: CollectionLink[] | undefined): string | undefined {
  const next = links?.find((link) => link.rel === 'next');
  if (!next) return undefined;
  const queryStart = next.href.indexOf('?');
  if (queryStart < 0) return undefined;
  return new URLSearchParams(next.href.slice(queryStart + 1)).get('marker') ?? undefined;
}

export function volumeListParams(query: VolumeListQuery): Record<string, QueryValue> {
  const params: Record<string, QueryValue> = { limit: query.limit, marker: query.marker, offset: query.offset || undefined };
  if (query.sortKey) params.sort = `${query.sortKey}:${query.sortDir ?? 'desc'}`;
  if (query.withCount) params.with_count = 'true';
  if (query.allProjects) params.all_tenants = 1;
  for (const [key, value] of Object.entries(query.filters ?? {})) {
    if (value !== undefined && value !== '') params[key] = value;
  }
  return params;
}

export async function listVolumes(query: VolumeListQuery, signal?: AbortSignal): Promise<VolumePage> {
  const data = await cinder.get<VolumeList>('/volumes/detail', { query: volumeListParams(query), signal });
  const page: VolumePage = { volumes: data.volumes ?? [] };
  if (typeof data.count === 'number') page.count = data.count;
  const nextMarker = nextMarkerFrom(data.volumes_links);
  // Cinder adds a next link whenever a page is full, so the last page may link to an empty one.
  if (nextMarker && page.volumes.length >= query.limit) page.nextMarker = nextMarker;
  return page;
}

export async function getVolume(id: string, signal?: AbortSignal): Promise<Volume> {
  return (await cinder.get<{ volume: Volume }>(`/volumes/${encodeURIComponent(id)}`, { signal })).volume;
}

export interface VolumeUpdate {
  name?: string;
  description?: string;
}

const volumes = cinderCalls('/volumes');

/** Volume edits and metadata writes as descriptors (create, delete and actions: volumeActionCalls). */
export const volumeCalls = {
  update: (id: string, changes: VolumeUpdate) => volumes.onItem('volume.update', 'PUT', id, { body: { volume: changes } }),
  /** PUT replaces the whole set: keys not in `metadata` are removed. */
  replaceMetadata: (id: string, metadata: Metadata) => volumes.onItem('volume.replaceMetadata', 'PUT', id, { sub: 'metadata', body: { metadata } }),
  setMetadataKey: (id: string, key: string, value: string) =>
    volumes.onItem('volume.setMetadataKey', 'PUT', id, { sub: 'metadata', key, body: { meta: { [key]: value } } }),
  deleteMetadataKey: (id: string, key: string) => volumes.onItem('volume.deleteMetadataKey', 'DELETE', id, { sub: 'metadata', key }),
};

export async function updateVolume(id: string, changes: VolumeUpdate): Promise<Volume> {
  return (await send<{ volume: Volume }>(volumeCalls.update(id, changes))).volume;
}

// ---- metadata

export const METADATA_MAX_LENGTH = 255;
/** Cinder refuses metadata writes in these statuses (400). */
export const METADATA_LOCKED_STATUSES: readonly string[] = ['maintenance', 'uploading'];

export type MetadataProblem = 'keyRequired' | 'keyTooLong' | 'valueTooLong' | 'duplicateKey';

/** Rules a metadata entry must satisfy before it is sent (key non-empty ≤255, value ≤255). */
export function validateMetadataEntry(key: string, value: string): MetadataProblem | null {
  if (key.trim() === '') return 'keyRequired';
  if (key.length > METADATA_MAX_LENGTH) return 'keyTooLong';
  if (value.length > METADATA_MAX_LENGTH) return 'valueTooLong';
  return null;
}

/** Validates a whole set of rows; returns the problem per row index (duplicates included). */
export function validateMetadataRows(rows: { key: string; value: string }[]): Map<number, MetadataProblem> {
  const problems = new Map<number, MetadataProblem>();
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const problem = validateMetadataEntry(row.key, row.value);
    if (problem) problems.set(index, problem);
    else if (seen.has(storedKey(row.key))) problems.set(index, 'duplicateKey');
    seen.add(storedKey(row.key));
  });
  return problems;
}

/** The metadata and, from 3.15, the Etag Cinder computed over it (the version a save must match). */
export interface VersionedMetadata {
  metadata: Metadata;
  etag: string | null;
}

export async function getVolumeMetadata(id: string, signal?: AbortSignal): Promise<VersionedMetadata> {
  const response = await apiRequest<{ metadata: Metadata }>('blockStorage', `/volumes/${encodeURIComponent(id)}/metadata`, { signal });
  return { metadata: response.data.metadata ?? {}, etag: response.headers.get('Etag') };
}

/**
 * PUT replaces the whole set. With `ifMatch` (the Etag read before editing) Cinder refuses with 412 when
 * someone changed the metadata meanwhile, instead of overwriting their change (3.15+).
 */
export async function replaceVolumeMetadata(id: string, metadata: Metadata, ifMatch?: string | null): Promise<Metadata> {
  const headers = ifMatch ? { 'If-Match': ifMatch } : undefined;
  return (await send<{ metadata: Metadata }>(volumeCalls.replaceMetadata(id, metadata), headers ? { headers } : {})).metadata ?? {};
}

/** A save refused because the metadata changed since it was read (If-Match did not match). */
export function isStaleMetadataError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 412;
}

export async function setVolumeMetadataKey(id: string, key: string, value: string): Promise<Metadata> {
  return (await send<{ meta: Metadata }>(volumeCalls.setMetadataKey(id, key, value))).meta;
}

export async function deleteVolumeMetadataKey(id: string, key: string): Promise<void> {
  await send(volumeCalls.deleteMetadataKey(id, key));
}

// ---- summary (3.12+)

export interface VolumeSummary {
  total_size: number;
  total_count: number;
  metadata?: Record<string, string[]>;
}

export async function getVolumeSummary(allProjects = false, signal?: AbortSignal): Promise<VolumeSummary> {
  return (
    await cinder.get<{ 'volume-summary': VolumeSummary }>('/volumes/summary', {
      query: { all_tenants: allProjects ? 1 : undefined },
      signal,
    })
  )['volume-summary'];
}
