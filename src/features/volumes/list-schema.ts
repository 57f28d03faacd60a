/**
 * The volumes list's URL state and how it becomes a Cinder query.
 * Filters are the ones Cinder accepts for the role: members name/status/bootable/availability_zone,
 * admins also project_id and host (the filter values are dropped for members so a shared admin link
 * never makes a member's list fail with 400).
 */
import type { VolumeListQuery } from '../../api/volumes';
import { defineListSchema, type ListState } from '../../lib/list-state';
import { isKnownVolumeStatus } from '../../domain/volumes';
import type { VolumeListRequest } from '../../queries/volumes';
import { nameFilterKey, type NameMatch } from '../../domain/search';

export const UUID_PATTERN = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

export function looksLikeUuid(value: string): boolean {
  return UUID_PATTERN.test(value.trim());
}

export const volumeListSchema = defineListSchema({
  sortKeys: ['name', 'size', 'status', 'created_at'] as const,
  defaultSort: { key: 'created_at', dir: 'desc' },
  filterKeys: ['name', 'status', 'bootable', 'availability_zone', 'project_id', 'host'] as const,
  filterValues: {
    status: isKnownVolumeStatus,
    bootable: (value) => value === 'true' || value === 'false',
  },
  defaultPageSize: 20,
});

export type VolumeListState = ListState<(typeof volumeListSchema.sortKeys)[number], (typeof volumeListSchema.filterKeys)[number]>;

/** `byId`: a name/ID box holding a UUID shows that one volume (GET /volumes/{id}; members cannot filter by id). */
export type { VolumeListRequest };

/** The request for a page. `marker` is used when known (from the previous page), otherwise `offset`. */
export function volumeListRequest(
  state: VolumeListState,
  options: { isAdmin: boolean; withCount: boolean; marker?: string; nameMatch?: NameMatch },
): VolumeListRequest {
  const { name, status, bootable, availability_zone, project_id, host } = state.filters;
  if (name && looksLikeUuid(name)) return { kind: 'byId', id: name.trim().toLowerCase() };
  const filters: VolumeListQuery['filters'] = { status, bootable, availability_zone };
  if (name) filters[nameFilterKey(options.nameMatch ?? 'exact')] = name;
  if (options.isAdmin) {
    filters.host = host;
    // project_id narrows an all-projects list; Cinder only honours it for admins.
    if (state.allProjects) filters.project_id = project_id;
  }
  for (const key of Object.keys(filters) as (keyof typeof filters)[]) if (!filters[key]) delete filters[key];
  const query: VolumeListQuery = {
    limit: state.limit,
    sortKey: state.sortKey,
    sortDir: state.sortDir,
    filters,
    allProjects: options.isAdmin && state.allProjects,
    withCount: options.withCount,
  };
  if (state.page > 1) {
    if (options.marker) query.marker = options.marker;
    else query.offset = (state.page - 1) * state.limit;
  }
  return { kind: 'page', query };
}

/** Identifies a list regardless of page: markers are remembered per such key. */
export function listIdentity(state: VolumeListState, isAdmin: boolean): string {
  return JSON.stringify([state.limit, state.sortKey, state.sortDir, state.filters, isAdmin && state.allProjects]);
}
