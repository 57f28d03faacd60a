/** Shared building blocks for server-paged resource lists (volumes, snapshots, …). See each file's header. */
export { ResourceTable, type ResourceColumn, type ResourceTableProps } from './resource-table';
export { StatusBadge, type StatusPresentation } from './status-badge';
export { ListEmpty, ListError, ListNoMatch, ListPageEmpty } from './list-states';
export { UpdatedAgo } from './updated-ago';
export { ColumnChooser } from './column-chooser';
export { useTablePrefs, readTablePrefs, writeTablePrefs, type TablePrefs } from './table-prefs';
export { runBulk, useBulkRunner, type BulkItem, type BulkResult, type BulkRunner, type BulkItemState } from './bulk-runner';
export { BulkResultsModal, preloadBulkResults } from './bulk-results-modal';
export { BulkConfirmModal } from './bulk-confirm-modal';
export { splitByRule, type BlockedItem } from './bulk-plan';
