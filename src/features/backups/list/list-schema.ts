import type { BackupListQuery, BackupSortKey } from '../../../api/backups';
import { defineListSchema, type ListState } from '../../../lib/list-url-state';
import { isKnownBackupStatus } from '../../../domain/backups';

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/** URL state of the backup list: ?page&limit&sort&name&status&volume&all. */
export const backupListSchema = defineListSchema({
  sortKeys: ['created_at', 'name', 'status', 'size'] as const,
  defaultSort: { key: 'created_at', dir: 'desc' },
  filterKeys: ['name', 'status', 'volume'] as const,
  filterValues: { status: isKnownBackupStatus, volume: (v) => UUID.test(v) },
  defaultPageSize: 20,
});

export type BackupListState = ListState<(typeof backupListSchema.sortKeys)[number], (typeof backupListSchema.filterKeys)[number]>;

/** The server query for a list state; pages by offset so a shared ?page= link lands on the same rows. */
export function backupQueryFor(state: BackupListState, options: { isAdmin: boolean; withCount: boolean; sortByName: boolean }): BackupListQuery {
  // Sorting by name needs 3.37; older clouds get the default order instead of a 400.
  const sortKey: BackupSortKey = state.sortKey === 'name' && !options.sortByName ? 'created_at' : state.sortKey;
  return {
    limit: state.limit,
    offset: state.page > 1 ? (state.page - 1) * state.limit : undefined,
    sort: [{ key: sortKey, dir: state.sortDir }],
    name: state.filters.name,
    status: state.filters.status,
    volume_id: state.filters.volume,
    allProjects: options.isAdmin && state.allProjects,
    withCount: options.withCount,
  };
}
