import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../api/models';
import { deleteVolume } from '../../../api/volume-actions';
import { BulkResultsModal } from '../../../components/list/bulk-results-modal';
import { useBulkRunner, type BulkItem } from '../../../components/list/bulk-runner';
import { ListEmpty } from '../../../components/list/list-states';
import { ResourceTable } from '../../../components/list/resource-table';
import { useTablePrefs } from '../../../components/list/table-prefs';
import { ExportCsvButton } from '../../../components/export/export-csv-button';
import { PageHeader } from '../../../components/page-header';
import { hasActiveFilters, useListUrlState, sortChange } from '../../../lib/list-url-state';
import { AcceptTransferButton, CreateVolumeButton, ManageVolumeButton, TransfersLink, VolumeRowActions } from '../action-slots';
import { volumeLabel } from '../../../domain/volumes';
import { volumeListSchema } from '../list-schema';
import { volumeKeys } from '../../../queries/volumes';
import { useProjectNames } from '../../../queries/projects';
import { VOLUMES_TABLE_ID } from './first-page';
import { ServerNamesProvider } from '../server-names';
import { useVolumeList } from './use-volume-list';
import { useVolumeColumns } from './volume-columns';
import { useVolumeExport } from './volume-export';
import { VolumeFilters } from './volume-filters';
import { useFeedback } from '../../../components/feedback/feedback';

const TABLE_ID = VOLUMES_TABLE_ID;
const rowKey = (volume: Volume) => volume.id;
const rowActions = (volume: Volume) => <VolumeRowActions volume={volume} />;

export function VolumesListPage() {
  const { t } = useTranslation(['volumes', 'app']);
  const { modal } = useFeedback();
  const queryClient = useQueryClient();
  const [prefs] = useTablePrefs(TABLE_ID);
  const [state, update] = useListUrlState(volumeListSchema, prefs.pageSize);
  const { query, request, live, isAdmin, nameMatch } = useVolumeList(state);
  const columns = useVolumeColumns({ isAdmin, allProjects: state.allProjects, rowActions });
  const projectName = useProjectNames(isAdmin && state.allProjects);
  const csvExport = useVolumeExport(request, columns, prefs.hiddenColumns, projectName);

  // Selection survives paging; labels are kept for the rows seen so the results can name them.
  const [selected, setSelected] = useState<string[]>([]);
  const labels = useRef(new Map<string, string>());
  useEffect(() => {
    for (const volume of query.data?.volumes ?? []) labels.current.set(volume.id, volumeLabel(volume));
  }, [query.data]);

  const bulkDelete = useBulkRunner((item: BulkItem) => deleteVolume(item.id), {
    onSettled: (results) => {
      const done = new Set(results.filter((r) => r.state === 'success').map((r) => r.item.id));
      setSelected((current) => current.filter((id) => !done.has(id)));
      void queryClient.invalidateQueries({ queryKey: volumeKeys.all });
    },
  });

  const confirmDelete = useCallback(() => {
    const items = selected.map((id) => ({ id, label: labels.current.get(id) ?? id }));
    modal.confirm({
      title: t('bulk.deleteTitle', { count: items.length }),
      content: (
        <>
          <p>{t('bulk.deleteText')}</p>
          <ul style={{ maxHeight: 200, overflow: 'auto' }}>
            {items.map((item) => (
              <li key={item.id}>{item.label}</li>
            ))}
          </ul>
        </>
      ),
      okText: t('bulk.deleteConfirm', { count: items.length }),
      okButtonProps: { danger: true },
      cancelText: t('app:actions.cancel'),
      onOk: () => {
        void bulkDelete.run(items);
      },
    });
  }, [selected, modal, t, bulkDelete]);

  const filtered = hasActiveFilters(state);
  const page = query.data;
  const empty = useMemo(
    () => <ListEmpty title={t('list.emptyTitle')} description={t('list.emptyText')} action={<CreateVolumeButton />} />,
    [t],
  );

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={live.active ? t('list.live', { count: live.watching.length }) : undefined}
        extra={
          <>
            <TransfersLink />
            <AcceptTransferButton />
            <ManageVolumeButton />
            <CreateVolumeButton />
          </>
        }
      />
      <ServerNamesProvider volumes={page?.volumes}>
        <ResourceTable<Volume>
          tableId={TABLE_ID}
          label={t('list.tableLabel')}
          columns={columns}
          rowKey={rowKey}
          rows={page?.volumes}
          loading={query.isPending}
          fetching={query.isFetching}
          error={query.error}
          onRetry={() => void query.refetch()}
          page={state.page}
          pageSize={state.limit}
          total={page?.count}
          hasNext={!!page?.nextMarker}
          onPageChange={(nextPage, limit) => update({ page: nextPage, limit })}
          sortKey={state.sortKey}
          sortDir={state.sortDir}
          onSortChange={(key, dir) => update(sortChange(volumeListSchema, key, dir))}
          selectedKeys={selected}
          onSelectionChange={setSelected}
          updatedAt={query.dataUpdatedAt}
          onRefresh={() => void query.refetch()}
          toolbar={
            <>
              <VolumeFilters
                state={state}
                isAdmin={isAdmin}
                onFiltersChange={(filters) => update({ filters })}
                onAllProjectsChange={(allProjects) => update({ allProjects })}
                nameMatch={nameMatch}
              />
              <ExportCsvButton {...csvExport} />
            </>
          }
          bulkBar={
            <Button danger onClick={confirmDelete} disabled={bulkDelete.running}>
              {t('bulk.delete')}
            </Button>
          }
          empty={empty}
          filtered={filtered}
          onClearFilters={() => update({ filters: {} })}
        />
      </ServerNamesProvider>
      <BulkResultsModal title={t('bulk.resultsTitle')} runner={bulkDelete} />
    </>
  );
}
