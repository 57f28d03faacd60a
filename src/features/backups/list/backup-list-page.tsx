import { CloudUploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Select } from 'antd';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../api/backup-models';
import { deleteBackup, getBackup } from '../../../api/backups';
import { supports } from '../../../api/microversion';
import { volumeNameOf } from '../../../api/snapshots';
import { ExportCsvButton } from '../../../components/export/export-csv-button';
import { BulkResultsModal, ListEmpty, ResourceTable, splitByRule, useBulkRunner, useTablePrefs } from '../../../components/list';
import { TextFilter } from '../../../components/list/text-filter';
import { NativeSelect } from '../../../components/native-select';
import { PageHeader } from '../../../components/page-header';
import { backupLabel, backupStatusInfo, filterableBackupStatuses } from '../../../domain/backups';
import { hasActiveFilters, sortChange, useListUrlState } from '../../../lib/list-url-state';
import { useLivePageRows } from '../../../lib/live-page';
import { useIsAdmin, useRequiredSession } from '../../../lib/use-session';
import { backupKeys, backupListOptions } from '../../../queries/backups';
import { useProjectNames } from '../../../queries/projects';
import { volumeNamesOptions, volumePickerOptions } from '../../../queries/volumes';
import type { BackupDialog } from '../actions/backup-dialog';
import { BackupServiceAlert } from '../components/backup-service-alert';
import { BackupDialogs } from '../actions/backup-dialogs';
import { useBackupReasons } from '../actions/reasons';
import { useBackupColumns } from './backup-columns';
import { useBackupExport } from './backup-export';
import { BulkDeleteConfirm } from './bulk-delete-confirm';
import { backupListSchema, backupQueryFor } from './list-schema';

// The create form (also opened from a volume's actions, src/app/feature-dialogs.ts) loads on first open.
const CreateBackupModal = lazy(() => import('../actions/create-backup-modal').then((m) => ({ default: m.CreateBackupModal })));

const TABLE_ID = 'backups';

const speedOf = (row: Backup) => backupStatusInfo(row.status).poll;

export function BackupListPage() {
  // 'list' too: the shared table's strings load with the page instead of suspending it after first paint.
  const { t } = useTranslation(['backups', 'app', 'list']);
  const session = useRequiredSession();
  const isAdmin = useIsAdmin();
  const client = useQueryClient();
  const [prefs] = useTablePrefs(TABLE_ID);
  const [state, update] = useListUrlState(backupListSchema, prefs.pageSize);
  const allProjects = isAdmin && state.allProjects;
  const sortByName = supports(session, 'backupSortByName');
  const query = useMemo(() => backupQueryFor(state, { isAdmin, withCount: supports(session, 'count'), sortByName }), [state, isAdmin, session, sortByName]);
  const list = useQuery(backupListOptions(query));
  const names = useQuery(volumeNamesOptions(list.data?.backups, isAdmin, allProjects));
  // The volume filter offers the project's volumes by name (rows name theirs through `names`).
  const pickable = useQuery(volumePickerOptions(session.project.id));
  const projectName = useProjectNames(allProjects);
  const reasons = useBackupReasons(session.volumeApiVersion);

  const [selected, setSelected] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const [confirmBulk, setConfirmBulk] = useState(false);
  const [target, setTarget] = useState<{ dialog: BackupDialog; backup: Backup } | null>(null);
  const invalidate = useCallback(() => client.invalidateQueries({ queryKey: backupKeys.all }), [client]);

  useLivePageRows({
    queryKey: backupKeys.list(query),
    rows: list.data?.backups,
    field: 'backups',
    speedOf,
    fetchOne: getBackup,
    onGone: () => void invalidate(),
  });

  const bulk = useBulkRunner((item: { id: string; label: string }) => deleteBackup(item.id), {
    onSettled: () => {
      setSelected([]);
      void invalidate();
    },
  });

  const rows = list.data?.backups;
  const selectedRows = (rows ?? []).filter((b) => selected.includes(b.id));
  const volumeLabel = useCallback((volumeId: string) => volumeNameOf(names.data, volumeId), [names.data]);
  // Incrementals first (newest first), so a chain goes from its tip down. A backup with dependents is
  // refused unless incrementals are deleted with it (they may be its own: Cinder judges when it comes).
  const ordered = [...selectedRows].sort((a, b) => Number(b.is_incremental) - Number(a.is_incremental) || b.created_at.localeCompare(a.created_at));
  const withIncrementals = selectedRows.some((b) => b.is_incremental);
  const bulkPlan = splitByRule(ordered, (b) => ({ id: b.id, label: backupLabel(b) }), (b) =>
    b.has_dependent_backups && withIncrementals && reasons.delete({ ...b, has_dependent_backups: false }) === null ? null : reasons.delete(b),
  );
  const projectLabel = useCallback((id: string) => projectName(id) ?? id, [projectName]);
  const columns = useBackupColumns({ sortByName, allProjects, isAdmin, volumeLabel, projectLabel, onAction: (dialog, backup) => setTarget({ dialog, backup }) });
  const csvExport = useBackupExport(query, columns, prefs.hiddenColumns, { volume: volumeLabel, project: projectLabel });

  const volumeOptions = useMemo(
    () => (pickable.data?.volumes ?? []).map(({ id, name }) => ({ value: id, label: name ? `${name} (${id.slice(0, 8)})` : id })),
    [pickable.data],
  );

  const toolbar = (
    <>
      <TextFilter label={t('list.filterName')} value={state.filters.name} onApply={(value) => update({ filters: { ...state.filters, name: value || undefined } })} width={220} />
      <NativeSelect
        aria-label={t('list.filterStatus')}
        value={state.filters.status ?? ''}
        onChange={(value) => update({ filters: { ...state.filters, status: value || undefined } })}
        options={[{ value: '', label: t('list.anyStatus') }, ...filterableBackupStatuses.map((s) => ({ value: s, label: t(backupStatusInfo(s).labelKey) }))]}
        width={170}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t('list.filterVolume')}
        placeholder={t('fields.volume')}
        value={state.filters.volume}
        onChange={(value?: string) => update({ filters: { ...state.filters, volume: value } })}
        options={volumeOptions}
        loading={pickable.isLoading}
        style={{ width: 240 }}
      />
      {isAdmin ? (
        <Checkbox checked={state.allProjects} onChange={(event) => update({ allProjects: event.target.checked })}>
          {t('list.allProjects')}
        </Checkbox>
      ) : null}
      <ExportCsvButton {...csvExport} />
    </>
  );

  const createButton = (
    <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => setCreating(true)}>
      {t('list.create')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} extra={createButton} />
      <BackupServiceAlert />
      <ResourceTable<Backup>
        tableId={TABLE_ID}
        label={t('list.tableLabel')}
        columns={columns}
        rowKey={(b) => b.id}
        rows={rows}
        loading={list.isPending}
        fetching={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        page={state.page}
        pageSize={state.limit}
        pageSizes={backupListSchema.pageSizes}
        total={list.data?.count}
        hasNext={!!list.data?.nextMarker && (rows?.length ?? 0) >= state.limit}
        onPageChange={(page, limit) => update({ page, limit })}
        sortKey={state.sortKey}
        sortDir={state.sortDir}
        onSortChange={(key, dir) => update(sortChange(backupListSchema, key, dir))}
        selectedKeys={selected}
        onSelectionChange={setSelected}
        updatedAt={list.dataUpdatedAt}
        onRefresh={() => void invalidate()}
        toolbar={toolbar}
        bulkBar={
          <Button danger onClick={() => setConfirmBulk(true)} disabled={!selectedRows.length}>
            {t('list.deleteSelected')}
          </Button>
        }
        empty={<ListEmpty title={t('list.empty')} description={t('list.emptyHint')} action={createButton} />}
        filtered={hasActiveFilters(state)}
        onClearFilters={() => update({ filters: {} })}
      />
      {creating ? (
        <Suspense fallback={null}>
          <CreateBackupModal onClose={() => setCreating(false)} onCreated={() => void invalidate()} />
        </Suspense>
      ) : null}
      <BulkDeleteConfirm
        backups={selectedRows}
        {...bulkPlan}
        open={confirmBulk}
        onCancel={() => setConfirmBulk(false)}
        onConfirm={(items) => {
          setConfirmBulk(false);
          void bulk.run(items);
        }}
      />
      <BulkResultsModal title={t('delete.bulkTitle', { count: bulk.results.length })} runner={bulk} />
      <BackupDialogs backup={target?.backup ?? null} dialog={target?.dialog ?? null} onClose={() => setTarget(null)} />
    </>
  );
}
