import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../api/backup-models';
import { listBackups, type BackupListQuery } from '../../../api/backups';
import { csvColumnsFor } from '../../../components/export/csv-columns';
import type { ExportCsvButtonProps } from '../../../components/export/export-csv-button';
import type { ResourceColumn } from '../../../components/list/resource-table';
import { fetchAllPages } from '../../../lib/csv';
import { isKnownBackupStatus, backupStatusInfo } from '../../../domain/backups';

/** The backup list as CSV: the view's query page after page by marker, the visible columns, localized headers. */
export function useBackupExport(
  query: BackupListQuery,
  columns: ResourceColumn<Backup>[],
  hiddenColumns: string[] | undefined,
  labels: { volume: (volumeId: string) => string | null; project: (projectId: string) => string },
): ExportCsvButtonProps<Backup> {
  const { t } = useTranslation(['backups', 'export']);
  const { volume: volumeLabel, project: projectLabel } = labels;
  const csvColumns = useMemo(
    () =>
      csvColumnsFor<Backup>(
        columns,
        hiddenColumns,
        {
          name: (b) => b.name ?? '',
          status: (b) => (isKnownBackupStatus(b.status) ? t(backupStatusInfo(b.status).labelKey) : b.status),
          kind: (b) => (b.is_incremental ? t('kind.incremental') : t('kind.full')),
          size: (b) => b.size,
          volume: (b) => volumeLabel(b.volume_id) ?? b.volume_id,
          created: (b) => b.created_at,
          container: (b) => b.container ?? '',
          description: (b) => b.description ?? '',
          project: (b) => projectLabel(b['os-backup-project-attr:project_id'] ?? ''),
        },
        { name: [{ key: 'id', label: t('export:id'), value: (b) => b.id }] },
      ).map((column) => (column.key === 'size' ? { ...column, label: t('export:sizeHeader', { label: column.label }) } : column)),
    [columns, hiddenColumns, t, volumeLabel, projectLabel],
  );

  const fetchRows = useCallback<ExportCsvButtonProps<Backup>['fetchRows']>(
    ({ signal, onProgress }) =>
      fetchAllPages(
        async (marker, limit) => {
          const page = await listBackups({ ...query, limit, marker, offset: undefined, withCount: false }, signal);
          return { items: page.backups, nextMarker: page.backups.length >= limit ? page.nextMarker : undefined };
        },
        { signal, onProgress },
      ),
    [query],
  );

  return { fileBase: 'backups', columns: csvColumns, fetchRows };
}
