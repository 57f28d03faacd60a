import { cinder, type QueryValue } from './http';
import type { CollectionLink, Metadata, Snapshot, SnapshotList } from './models';

/** Sort keys Cinder accepts for snapshots (`name` maps to display_name from 3.30). */
export type SnapshotSortKey = 'created_at' | 'updated_at' | 'name' | 'status' | 'size' | 'volume_id' | 'id';
export type SortDirection = 'asc' | 'desc';

export interface SnapshotListQuery {
  limit?: number;
  marker?: string;
  offset?: number;
  /** `key:dir` pairs, e.g. [{ key: 'created_at', dir: 'desc' }]. */
  sort?: { key: SnapshotSortKey; dir: SortDirection }[];
  name?: string;
  status?: string;
  volume_id?: string;
  /** Admin only: every project's snapshots (Cinder ignores it for members). */
  allProjects?: boolean;
  /** Admin only, with allProjects: one project's snapshots. */
  project_id?: string;
  /** Ask for `count` (3.45+). */
  withCount?: boolean;
}

export interface SnapshotPage {
  snapshots: Snapshot[];
  /** Total matching snapshots when asked for with withCount (3.45+). */
  count?: number;
  /** Marker of the next page, read from the query of `snapshots_links` only (its host may be wrong behind a proxy). */
  nextMarker?: string;
}

export function sortParam(sort: SnapshotListQuery['sort']): string | undefined {
  if (!sort?.length) return undefined;
  return sort.map((s) => `${s.key}:${s.dir}`).join(',');
}

export function snapshotListParams(query: SnapshotListQuery): Record<string, QueryValue> {
  return {
    limit: query.limit,
    marker: query.marker,
    offset: query.offset,
    sort: sortParam(query.sort),
    name: query.name,
    status: query.status,
    volume_id: query.volume_id,
    all_tenants: query.allProjects ? 1 : undefined,
    project_id: query.allProjects ? query.project_id : undefined,
    with_count: query.withCount ? true : undefined,
  };
}

/** The `marker` of the "next" link; only its query is trusted. */
export function nextMarkerFrom(links: CollectionLink[] | undefined): string | undefined {
  const next = links?.find((link) => link.rel === 'next');
  if (!next) return undefined;
  const queryStart = next.href.indexOf('?');
  if (queryStart < 0) return undefined;
  return new URLSearchParams(next.href.slice(queryStart + 1)).get('marker') ?? undefined;
}

/** GET /snapshots/detail: full fields (progress and project id included). */
export async function listSnapshots(query: SnapshotListQuery = {}, signal?: AbortSignal): Promise<SnapshotPage> {
  const body = await cinder.get<SnapshotList>('/snapshots/detail', { query: snapshotListParams(query), signal });
  return { snapshots: body.snapshots, count: body.count, nextMarker: nextMarkerFrom(body.snapshots_links) };
}

export async function getSnapshot(id: string, signal?: AbortSignal): Promise<Snapshot> {
  return (await cinder.get<{ snapshot: Snapshot }>(`/snapshots/${encodeURIComponent(id)}`, { signal })).snapshot;
}

export interface CreateSnapshotInput {
  volume_id: string;
  name?: string;
  description?: string;
  /** Needed (true) to snapshot an in-use volume below 3.66; `false` gives 400 from 3.66, so it is sent only when true. */
  force?: boolean;
  metadata?: Metadata;
}

export async function createSnapshot(input: CreateSnapshotInput): Promise<Snapshot> {
  const snapshot: Record<string, unknown> = { volume_id: input.volume_id };
  if (input.name) snapshot.name = input.name;
  if (input.description) snapshot.description = input.description;
  if (input.force) snapshot.force = true;
  if (input.metadata && Object.keys(input.metadata).length) snapshot.metadata = input.metadata;
  return (await cinder.post<{ snapshot: Snapshot }>('/snapshots', { snapshot })).snapshot;
}

export interface UpdateSnapshotInput {
  name?: string;
  description?: string;
}

export async function updateSnapshot(id: string, input: UpdateSnapshotInput): Promise<Snapshot> {
  return (await cinder.put<{ snapshot: Snapshot }>(`/snapshots/${encodeURIComponent(id)}`, { snapshot: input })).snapshot;
}

export async function deleteSnapshot(id: string): Promise<void> {
  await cinder.delete(`/snapshots/${encodeURIComponent(id)}`);
}

export async function getSnapshotMetadata(id: string, signal?: AbortSignal): Promise<Metadata> {
  return (await cinder.get<{ metadata: Metadata }>(`/snapshots/${encodeURIComponent(id)}/metadata`, { signal })).metadata;
}

/** PUT …/metadata replaces the whole set (keys left out are removed). */
export async function replaceSnapshotMetadata(id: string, metadata: Metadata): Promise<Metadata> {
  return (await cinder.put<{ metadata: Metadata }>(`/snapshots/${encodeURIComponent(id)}/metadata`, { metadata })).metadata;
}

/** Admin: statuses os-reset_status accepts for a snapshot. */
export const snapshotResetStatuses = ['available', 'error', 'creating', 'deleting', 'error_deleting'] as const;
export type SnapshotResetStatus = (typeof snapshotResetStatuses)[number];

export async function resetSnapshotStatus(id: string, status: SnapshotResetStatus): Promise<void> {
  await cinder.action(`/snapshots/${encodeURIComponent(id)}`, 'os-reset_status', { status });
}

export async function forceDeleteSnapshot(id: string): Promise<void> {
  await cinder.action(`/snapshots/${encodeURIComponent(id)}`, 'os-force_delete', {});
}
