import { cinderCalls } from './descriptor';
import { cinder, send, type QueryValue } from './http';
import type { CollectionLink, Metadata, Snapshot, SnapshotList, Volume, VolumeList } from './models';

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
  /** Substring of the name (`name~`, 3.34; members only where the operator allows it: domain/search). */
  nameContains?: string;
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
    'name~': query.nameContains,
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

/** The `POST /snapshots` body (shared with the CLI equivalent). */
export function buildCreateSnapshotBody(input: CreateSnapshotInput): { snapshot: Record<string, unknown> } {
  const snapshot: Record<string, unknown> = { volume_id: input.volume_id };
  if (input.name) snapshot.name = input.name;
  if (input.description) snapshot.description = input.description;
  if (input.force) snapshot.force = true;
  if (input.metadata && Object.keys(input.metadata).length) snapshot.metadata = input.metadata;
  return { snapshot };
}

export async function createSnapshot(input: CreateSnapshotInput): Promise<Snapshot> {
  return (await send<{ snapshot: Snapshot }>(snapshotCalls.create(input))).snapshot;
}

export interface UpdateSnapshotInput {
  name?: string;
  description?: string;
}

export async function updateSnapshot(id: string, input: UpdateSnapshotInput): Promise<Snapshot> {
  return (await send<{ snapshot: Snapshot }>(snapshotCalls.update(id, input))).snapshot;
}

export async function deleteSnapshot(id: string): Promise<void> {
  await send(snapshotCalls.remove(id));
}

export async function getSnapshotMetadata(id: string, signal?: AbortSignal): Promise<Metadata> {
  return (await cinder.get<{ metadata: Metadata }>(`/snapshots/${encodeURIComponent(id)}/metadata`, { signal })).metadata;
}

export async function replaceSnapshotMetadata(id: string, metadata: Metadata): Promise<Metadata> {
  return (await send<{ metadata: Metadata }>(snapshotCalls.replaceMetadata(id, metadata))).metadata;
}

/** Admin: statuses os-reset_status accepts for a snapshot. */
export const snapshotResetStatuses = ['available', 'error', 'creating', 'deleting', 'error_deleting'] as const;
export type SnapshotResetStatus = (typeof snapshotResetStatuses)[number];

export async function resetSnapshotStatus(id: string, status: SnapshotResetStatus): Promise<void> {
  await send(snapshotCalls.resetStatus(id, status));
}

export async function forceDeleteSnapshot(id: string): Promise<void> {
  await send(snapshotCalls.forceDelete(id));
}

const snapshots = cinderCalls('/snapshots');

/** Every snapshot write as a descriptor (the functions above send exactly these). */
export const snapshotCalls = {
  create: (input: CreateSnapshotInput) => snapshots.onCollection('snapshot.create', 'POST', buildCreateSnapshotBody(input)),
  update: (id: string, input: UpdateSnapshotInput) => snapshots.onItem('snapshot.update', 'PUT', id, { body: { snapshot: input } }),
  /** PUT …/metadata replaces the whole set (keys left out are removed). */
  replaceMetadata: (id: string, metadata: Metadata) => snapshots.onItem('snapshot.replaceMetadata', 'PUT', id, { sub: 'metadata', body: { metadata } }),
  remove: (id: string) => snapshots.onItem('snapshot.delete', 'DELETE', id),
  resetStatus: (id: string, status: SnapshotResetStatus) => snapshots.action('snapshot.resetStatus', id, 'os-reset_status', { status }),
  forceDelete: (id: string) => snapshots.action('snapshot.forceDelete', id, 'os-force_delete', {}),
};

// ---- rules beside the calls (shared by the create modal, the pages and unit tests)

export const SNAPSHOT_NAME_MAX = 255;
export const SNAPSHOT_DESCRIPTION_MAX = 255;

/** Migration states during which Cinder refuses a snapshot ("volume is migrating"). */
const MIGRATING = new Set(['starting', 'migrating', 'completing']);

export type SnapshotCreateCheck =
  | { ok: true; /** in-use below 3.66: Cinder needs force:true */ needsForce: boolean }
  | { ok: false; reason: 'maintenance' | 'migrating' | 'status'; status: string };

/**
 * Whether Cinder will snapshot this volume: available always; in-use with force below 3.66 and
 * without it from 3.66; never in maintenance, while migrating, or in any other status (error, …).
 */
export function checkSnapshotCreate(
  volume: { status: string; migration_status?: string | null },
  inUseWithoutForce: boolean,
): SnapshotCreateCheck {
  if (volume.status === 'maintenance') return { ok: false, reason: 'maintenance', status: volume.status };
  if (volume.migration_status && MIGRATING.has(volume.migration_status)) return { ok: false, reason: 'migrating', status: volume.status };
  if (volume.status === 'available') return { ok: true, needsForce: false };
  if (volume.status === 'in-use') return { ok: true, needsForce: !inUseWithoutForce };
  return { ok: false, reason: 'status', status: volume.status };
}

// ---- volumes, as seen from snapshots

/** Cinder's page cap: one request resolves up to this many volume names. */
export const VOLUME_NAME_PAGE = 1000;

/** Ids per batched request: 40 quoted UUIDs keep the URL near 2 KB, well under proxies' 4–8 KB limits. */
export const VOLUME_IDS_PER_REQUEST = 40;

/** Cinder's list filters go through Python's ast.literal_eval, so a list literal filters by "IN". */
export function pythonListLiteral(values: readonly string[]): string {
  return `[${values.map((value) => `'${value.replace(/[\\']/g, '')}'`).join(',')}]`;
}

/**
 * Names of exactly the volumes `ids` (the snapshots on screen), never the project's whole list. An
 * admin asks in batches: the volume list's `id` filter takes a list (`id=['a','b']`; `all_tenants`
 * for other projects' volumes). A member may not filter by id (400 "Invalid filters id are found in
 * query options", resource_filters.json), so a member reads each volume (GET /volumes/{id}, in
 * parallel; a page shows a few distinct volumes). A volume not found is gone (its name is null).
 */
export async function listVolumeNames(ids: readonly string[], options: { admin: boolean; allProjects: boolean }, signal?: AbortSignal): Promise<VolumeNames> {
  const unique = [...new Set(ids)];
  const names = new Map<string, string | null>();
  if (options.admin) {
    const batches: string[][] = [];
    for (let i = 0; i < unique.length; i += VOLUME_IDS_PER_REQUEST) batches.push(unique.slice(i, i + VOLUME_IDS_PER_REQUEST));
    const pages = await Promise.all(
      batches.map((batch) =>
        cinder.get<{ volumes: { id: string; name: string | null }[] }>('/volumes', {
          query: { id: pythonListLiteral(batch), limit: batch.length, all_tenants: options.allProjects ? 1 : undefined },
          signal,
        }),
      ),
    );
    for (const page of pages) for (const volume of page.volumes) names.set(volume.id, volume.name);
  } else {
    const found = await Promise.all(
      unique.map((id) =>
        cinder.get<{ volume: { id: string; name: string | null } }>(`/volumes/${encodeURIComponent(id)}`, { signal }).then(
          (body) => body.volume,
          (error: unknown) => {
            if ((error as { status?: number }).status === 404) return null;
            throw error;
          },
        ),
      ),
    );
    for (const volume of found) if (volume) names.set(volume.id, volume.name);
  }
  return { names, complete: true };
}

export interface VolumeNames {
  names: Map<string, string | null>;
  /** False when a volume missing from `names` may still exist; every id asked for was answered here. */
  complete: boolean;
}

/** A volume's name from a name page: its id while names load, when unnamed or past the page cap; null when it is gone. */
export function volumeNameOf(names: VolumeNames | undefined, volumeId: string): string | null {
  if (!names) return volumeId;
  if (names.names.has(volumeId)) return names.names.get(volumeId) || volumeId;
  return names.complete ? null : volumeId;
}

export interface VolumesFromSnapshots {
  volumes: Volume[];
  /** False when the scan hit Cinder's page cap, so more volumes may exist than were found. */
  complete: boolean;
}

/**
 * Volumes created from the given snapshots. `snapshot_id` is an admin-only volume filter (members get
 * 400 since 3.31), so an admin asks the server per snapshot and a member scans the project's volumes.
 */
export async function findVolumesCreatedFrom(
  snapshotIds: string[],
  options: { admin: boolean },
  signal?: AbortSignal,
): Promise<VolumesFromSnapshots> {
  if (!snapshotIds.length) return { volumes: [], complete: true };
  if (options.admin) {
    const pages = await Promise.all(
      snapshotIds.map((id) =>
        cinder.get<VolumeList>('/volumes/detail', { query: { all_tenants: 1, snapshot_id: id, limit: VOLUME_NAME_PAGE }, signal }),
      ),
    );
    return {
      volumes: pages.flatMap((page) => page.volumes),
      complete: pages.every((page) => page.volumes.length < VOLUME_NAME_PAGE),
    };
  }
  const page = await cinder.get<VolumeList>('/volumes/detail', { query: { limit: VOLUME_NAME_PAGE }, signal });
  const wanted = new Set(snapshotIds);
  return { volumes: page.volumes.filter((v) => v.snapshot_id && wanted.has(v.snapshot_id)), complete: page.volumes.length < VOLUME_NAME_PAGE };
}

/** The volume's newest snapshot (Cinder's revert only accepts this one). */
export async function getLatestSnapshotOf(volumeId: string, allProjects: boolean, signal?: AbortSignal): Promise<Snapshot | null> {
  const page = await listSnapshots({ volume_id: volumeId, sort: [{ key: 'created_at', dir: 'desc' }], limit: 1, allProjects }, signal);
  return page.snapshots[0] ?? null;
}
