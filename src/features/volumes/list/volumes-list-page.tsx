import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../api/models';
import { deleteVolume } from '../../../api/volume-actions';
import { BulkConfirmModal } from '../../../components/list/bulk-confirm-modal';
import { splitByRule, type BlockedItem } from '../../../components/list/bulk-plan';
import { BulkResultsModal } from '../../../components/list/bulk-results-modal';
import { useBulkRunner, type BulkItem } from '../../../components/list/bulk-runner';
import { ListEmpty } from '../../../components/list/list-states';
import { ResourceTable } from '../../../components/list/resource-table';
import { useTablePrefs } from '../../../components/list/table-prefs';
import { ExportCsvButton } from '../../../components/export/export-csv-button';
import { PageHeader } from '../../../components/page-header';
import { hasActiveFilters, useListUrlState, sortChange } from '../../../lib/list-url-state';
import { AcceptTransferButton, CreateVolumeButton, ManageVolumeButton, TransfersLink, VolumeRowActions } from '../action-slots';
import { canDelete, volumeLabel } from '../../../domain/volumes';
import { hasCompute } from '../../../api/servers';
import { useRequiredSession } from '../../../lib/use-session';
import { useReasonText } from '../volume-actions/use-reason-text';
import { volumeListSchema } from '../list-schema';
import { volumeKeys } from '../../../queries/volumes';
import { useProjectNames } from '../../../queries/projects';
import { VOLUMES_TABLE_ID } from './first-page';
import { ServerNamesProvider } from '../server-names';
import { useVolumeList } from './use-volume-list';
import { useVolumeColumns } from './volume-columns';
import { useVolumeExport } from './volume-export';
import { VolumeFilters } from './volume-filters';

const TABLE_ID = VOLUMES_TABLE_ID;
const rowKey = (volume: Volume) => volume.id;
const rowActions = (volume: Volume) => <VolumeRowActions volume={volume} />;

export function VolumesListPage() {
  const { t } = useTranslation(['volumes', 'app']);
  const session = useRequiredSession();
  const reasonText = useReasonText();
  const queryClient = useQueryClient();
  const [prefs] = useTablePrefs(TABLE_ID);
  const [state, update] = useListUrlState(volumeListSchema, prefs.pageSize);
  const { query, request, live, isAdmin, nameMatch } = useVolumeList(state);
  const columns = useVolumeColumns({ isAdmin, allProjects: state.allProjects, rowActions });
  const projectName = useProjectNames(isAdmin && state.allProjects);
  const csvExport = useVolumeExport(request, columns, prefs.hiddenColumns, projectName);

  // Selection survives paging; the rows seen are kept so the confirmation can judge and name them.
  const [selected, setSelected] = useState<string[]>([]);
  const seen = useRef(new Map<string, Volume>());
  useEffect(() => {
    for (const volume of query.data?.volumes ?? []) seen.current.set(volume.id, volume);
  }, [query.data]);
  /** The selection judged by the Delete action's own rule when the person asked to delete it. */
  const [confirming, setConfirming] = useState<{ runnable: BulkItem[]; blocked: BlockedItem[] } | null>(null);

  const bulkDelete = useBulkRunner((item: BulkItem) => deleteVolume(item.id), {
    onSettled: (results) => {
      const done = new Set(results.filter((r) => r.state === 'success').map((r) => r.item.id));
      setSelected((current) => current.filter((id) => !done.has(id)));
      void queryClient.invalidateQueries({ queryKey: volumeKeys.all });
    },
  });

  const confirmDelete = () => {
    const compute = hasCompute(session);
    const judge = (id: string) => {
      const volume = seen.current.get(id);
      const verdict = volume ? canDelete({ volume, version: session.volumeApiVersion, compute }) : { allowed: true as const };
      return verdict.allowed ? null : reasonText(verdict.reason);
    };
    const toItem = (id: string) => {
      const volume = seen.current.get(id);
      return { id, label: volume ? volumeLabel(volume) : id };
    };
    setConfirming(splitByRule(selected, toItem, judge));
  };

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
      <BulkConfirmModal
        open={confirming !== null}
        title={t('bulk.deleteTitle', { count: selected.length })}
        intro={t('bulk.deleteText')}
        runnable={confirming?.runnable ?? []}
        blocked={confirming?.blocked ?? []}
        okText={(count) => t('bulk.deleteConfirm', { count })}
        onCancel={() => setConfirming(null)}
        onConfirm={(items) => {
          setConfirming(null);
          void bulkDelete.run(items);
        }}
      />
      <BulkResultsModal title={t('bulk.resultsTitle')} runner={bulkDelete} />
    </>
  );
}
