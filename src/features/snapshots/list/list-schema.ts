import type { SnapshotListQuery, SnapshotSortKey } from '../../../api/snapshots';
import { defineListSchema, type ListState } from '../../../lib/list-state';
import { isKnownSnapshotStatus } from '../../../domain/snapshots';
import type { NameMatch } from '../../../domain/search';

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/** URL state of the snapshot list: ?page&limit&sort&name&status&volume&all. */
export const snapshotListSchema = defineListSchema({
  sortKeys: ['created_at', 'name', 'status', 'size'] as const,
  defaultSort: { key: 'created_at', dir: 'desc' },
  filterKeys: ['name', 'status', 'volume'] as const,
  filterValues: { status: isKnownSnapshotStatus, volume: (v) => UUID.test(v) },
  defaultPageSize: 20,
});

export type SnapshotListState = ListState<(typeof snapshotListSchema.sortKeys)[number], (typeof snapshotListSchema.filterKeys)[number]>;

/**
 * The server query for a list state. Pages are addressed by offset, which Cinder supports on every
 * version, so a numbered page (3.45 totals) and a shared ?page= link both land on the same rows.
 */
export function snapshotQueryFor(
  state: SnapshotListState,
  options: { isAdmin: boolean; withCount: boolean; sortByName: boolean; nameMatch?: NameMatch },
): SnapshotListQuery {
  const contains = options.nameMatch === 'contains';
  const sortKey: SnapshotSortKey = state.sortKey === 'name' && !options.sortByName ? 'created_at' : state.sortKey;
  return {
    limit: state.limit,
    offset: state.page > 1 ? (state.page - 1) * state.limit : undefined,
    // Cinder appends created_at and id itself, so equal keys still page in a stable order.
    sort: [{ key: sortKey, dir: state.sortDir }],
    name: contains ? undefined : state.filters.name,
    nameContains: contains ? state.filters.name : undefined,
    status: state.filters.status,
    volume_id: state.filters.volume,
    allProjects: options.isAdmin && state.allProjects,
    withCount: options.withCount,
  };
}
