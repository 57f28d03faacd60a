import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/errors';
import type { Volume } from '../../../api/models';
import { hasCompute } from '../../../api/servers';
import { getVolume, listVolumes } from '../../../api/volumes';
import { csvColumnsFor } from '../../../components/export/csv-columns';
import type { ExportCsvButtonProps } from '../../../components/export/export-csv-button';
import type { ResourceColumn } from '../../../components/list/resource-table';
import { fetchAllPages } from '../../../lib/csv';
import type { VolumeListRequest } from '../list-schema';
import { isKnownVolumeStatus, volumeStatusInfo } from '../../../domain/volumes';
import { useSession } from '../../../lib/use-session';
import { attachedServerIds, resolveServers, type ServerNames } from '../../../queries/servers';

/** An exported row: the volume plus its attachments' servers, looked up once for the whole export. */
type ExportedVolume = Volume & { servers: ServerNames };

/** "name (id) device": the name for people, the id for scripts; the id alone where Nova gave no name. */
function attachmentText(a: Volume['attachments'][number], names: ServerNames): string {
  const name = names[a.server_id]?.name?.trim();
  const server = name ? `${name} (${a.server_id})` : a.server_id;
  return a.device ? `${server} ${a.device}` : server;
}

/**
 * The volumes list as CSV: the view's own Cinder request (filters, sort, all projects) from its first page,
 * every page by marker, the columns the table shows with their localized headers. Values are plain data (ISO dates,
 * sizes in GiB, ids) so a spreadsheet can sort and sum them.
 */
export function useVolumeExport(
  request: VolumeListRequest,
  columns: ResourceColumn<Volume>[],
  hiddenColumns: string[] | undefined,
  projectName: (id: string | undefined) => string | undefined,
): ExportCsvButtonProps<ExportedVolume> {
  const { t } = useTranslation(['volumes', 'app', 'export']);
  const queryClient = useQueryClient();
  const compute = hasCompute(useSession());
  const csvColumns = useMemo(() => {
    const yesNo = (value: boolean) => (value ? t('app:common.yes') : t('app:common.no'));
    return csvColumnsFor<ExportedVolume>(
      columns,
      hiddenColumns,
      {
        name: (v) => v.name ?? '',
        status: (v) => (isKnownVolumeStatus(v.status) ? t(volumeStatusInfo(v.status).labelKey) : v.status),
        size: (v) => v.size,
        type: (v) => v.volume_type ?? '',
        bootable: (v) => yesNo(v.bootable === 'true'),
        multiattach: (v) => yesNo(!!v.multiattach),
        attachments: (v) => (v.attachments ?? []).map((a) => attachmentText(a, v.servers)).join('; '),
        az: (v) => v.availability_zone ?? '',
        // The project's name where Keystone gave one (admins), else its id.
        project: (v) => projectName(v['os-vol-tenant-attr:tenant_id']) ?? v['os-vol-tenant-attr:tenant_id'] ?? '',
        host: (v) => v['os-vol-host-attr:host'] ?? '',
        created: (v) => v.created_at,
      },
      { name: [{ key: 'id', label: t('export:id'), value: (v) => v.id }] },
    ).map((column) => (column.key === 'size' ? { ...column, label: t('export:sizeHeader', { label: column.label }) } : column));
  }, [columns, hiddenColumns, t, projectName]);

  const fetchRows = useCallback<ExportCsvButtonProps<ExportedVolume>['fetchRows']>(
    async ({ signal, onProgress }) => {
      // One batched lookup of every exported row's servers (each distinct server once, cached ones free).
      const withNames = async ({ rows, truncated }: { rows: Volume[]; truncated: boolean }) => {
        const servers = compute ? await resolveServers(queryClient, attachedServerIds(rows)) : {};
        return { rows: rows.map((volume) => ({ ...volume, servers })), truncated };
      };
      if (request.kind === 'byId') {
        try {
          return await withNames({ rows: [await getVolume(request.id, signal)], truncated: false });
        } catch (error) {
          if (isApiError(error) && error.isNotFound) return { rows: [] as ExportedVolume[], truncated: false };
          throw error;
        }
      }
      return withNames(await fetchAllPages(
        async (marker, limit) => {
          const page = await listVolumes({ ...request.query, limit, marker, offset: undefined, withCount: false }, signal);
          return { items: page.volumes, nextMarker: page.nextMarker };
        },
        { signal, onProgress },
      ));
    },
    [request, compute, queryClient],
  );

  return { fileBase: 'volumes', columns: csvColumns, fetchRows };
}
