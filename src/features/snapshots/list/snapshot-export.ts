import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../api/models';
import { listSnapshots, type SnapshotListQuery } from '../../../api/snapshots';
import { csvColumnsFor } from '../../../components/export/csv-columns';
import type { ExportCsvButtonProps } from '../../../components/export/export-csv-button';
import type { ResourceColumn } from '../../../components/list/resource-table';
import { fetchAllPages } from '../../../lib/csv';
import { isKnownSnapshotStatus, snapshotStatusInfo } from '../../../domain/snapshots';

/**
 * The snapshots list as CSV: the view's Cinder query (filters, sort, all projects) page after page by
 * marker, the visible columns with localized headers. The volume column holds the volume's name when the
 * page knows it, else its id; dates are ISO, sizes GiB.
 */
export function useSnapshotExport(
  query: SnapshotListQuery,
  columns: ResourceColumn<Snapshot>[],
  hiddenColumns: string[] | undefined,
  labels: { volume: (volumeId: string) => string | null; project: (projectId: string) => string },
): ExportCsvButtonProps<Snapshot> {
  const { t } = useTranslation(['snapshots', 'export']);
  const { volume: volumeLabel, project: projectLabel } = labels;
  const csvColumns = useMemo(
    () =>
      csvColumnsFor<Snapshot>(
        columns,
        hiddenColumns,
        {
          name: (s) => s.name ?? '',
          status: (s) => (isKnownSnapshotStatus(s.status) ? t(snapshotStatusInfo(s.status).labelKey) : s.status),
          size: (s) => s.size,
          volume: (s) => volumeLabel(s.volume_id) ?? s.volume_id,
          created: (s) => s.created_at,
          description: (s) => s.description ?? '',
          project: (s) => projectLabel(s['os-extended-snapshot-attributes:project_id'] ?? ''),
        },
        { name: [{ key: 'id', label: t('export:id'), value: (s) => s.id }] },
      ).map((column) => (column.key === 'size' ? { ...column, label: t('export:sizeHeader', { label: column.label }) } : column)),
    [columns, hiddenColumns, t, volumeLabel, projectLabel],
  );

  const fetchRows = useCallback<ExportCsvButtonProps<Snapshot>['fetchRows']>(
    ({ signal, onProgress }) =>
      fetchAllPages(
        async (marker, limit) => {
          const page = await listSnapshots({ ...query, limit, marker, offset: undefined, withCount: false }, signal);
          return { items: page.snapshots, nextMarker: page.snapshots.length >= limit ? page.nextMarker : undefined };
        },
        { signal, onProgress },
      ),
    [query],
  );

  return { fileBase: 'snapshots', columns: csvColumns, fetchRows };
}
