import { CameraOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Select } from 'antd';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AllProjectsToggle } from '../../../components/list/all-projects-toggle';
import { IdName } from '../../../components/list/id-name';
import { NameCell } from '../../../components/list/name-cell';
import { RELATIVE_TIME_WIDTH, RelativeTime } from '../../../components/relative-time';
import { supports, supportsVersion } from '../../../api/microversion';
import type { Snapshot } from '../../../api/models';
import { deleteSnapshot, getSnapshot, volumeNameOf } from '../../../api/snapshots';
import { BulkResultsModal, ListEmpty, ResourceTable, useBulkRunner, useTablePrefs, type ResourceColumn } from '../../../components/list';
import { ExportCsvButton } from '../../../components/export/export-csv-button';
import { NameSearch } from '../../../components/list/name-search';
import { NativeSelect } from '../../../components/native-select';
import { PageHeader } from '../../../components/page-header';
import { Text } from '../../../components/text';
import { hasActiveFilters, useListUrlState, sortChange } from '../../../lib/list-url-state';
import { useLivePageRows } from '../../../lib/live-page';
import { useIsAdmin, useRequiredSession } from '../../../lib/use-session';
import { BulkDeleteConfirm } from './bulk-delete-confirm';
import { ManageSnapshotButton } from '../manage/manage-snapshot-button';
import { useDeleteBlockReason } from '../actions/reasons';
import { SnapshotRowActions } from '../actions/row-actions';
import { SnapshotDialogs, type SnapshotDialog } from '../actions/snapshot-dialogs';
import { SnapshotStatusBadge } from '../components/snapshot-status-badge';
import { SNAPSHOTS_TABLE_ID } from './first-page';
import { snapshotListSchema, snapshotQueryFor } from './list-schema';
import { useSnapshotExport } from './snapshot-export';
import { useProjectNames } from '../../../queries/projects';
import { useNameMatch } from '../../../queries/resource-filters';
import { snapshotKeys, snapshotListOptions } from '../../../queries/snapshots';
import { volumeNamesOptions } from '../../../queries/volumes';
import { filterableStatuses, snapshotStatusInfo } from '../../../domain/snapshots';
import { STATUS_WIDTH } from '../../../components/list/status-badge';

// The form is downloaded when it is first opened.
const CreateSnapshotModal = lazy(() => import('../actions/create-snapshot-modal').then((m) => ({ default: m.CreateSnapshotModal })));

const TABLE_ID = SNAPSHOTS_TABLE_ID;

const speedOf = (row: Snapshot) => snapshotStatusInfo(row.status).poll;

export function SnapshotListPage() {
  // 'list' too: the shared table's strings load with the page instead of suspending it after first paint.
  const { t } = useTranslation(['snapshots', 'app', 'list']);
  const session = useRequiredSession();
  const isAdmin = useIsAdmin();
  const client = useQueryClient();
  const [prefs] = useTablePrefs(TABLE_ID);
  const [state, update] = useListUrlState(snapshotListSchema, prefs.pageSize);
  const allProjects = isAdmin && state.allProjects;
  const nameMatch = useNameMatch('snapshot');
  const query = useMemo(
    () => snapshotQueryFor(state, { isAdmin, withCount: supports(session, 'count'), sortByName: supportsVersion(session.volumeApiVersion, '3.30'), nameMatch }),
    [state, isAdmin, session, nameMatch],
  );
  // A member's name search waits for the cloud's answer on `name~` rather than sending the wrong filter.
  const list = useQuery({ ...snapshotListOptions(query), enabled: !state.filters.name || nameMatch !== undefined });
  const names = useQuery(volumeNamesOptions(list.data?.snapshots, isAdmin, allProjects));
  const projectName = useProjectNames(allProjects);

  const [selected, setSelected] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const [confirmBulk, setConfirmBulk] = useState(false);
  const [target, setTarget] = useState<{ dialog: SnapshotDialog; snapshot: Snapshot } | null>(null);
  const deleteReason = useDeleteBlockReason();
  const invalidate = useCallback(() => client.invalidateQueries({ queryKey: snapshotKeys.all }), [client]);

  useLivePageRows({
    queryKey: snapshotKeys.list(query),
    rows: list.data?.snapshots,
    field: 'snapshots',
    speedOf,
    fetchOne: getSnapshot,
    onGone: () => void invalidate(),
  });

  const bulk = useBulkRunner((item: { id: string; label: string }) => deleteSnapshot(item.id), {
    onSettled: () => {
      setSelected([]);
      void invalidate();
    },
  });

  const rows = list.data?.snapshots;
  const selectedRows = (rows ?? []).filter((s) => selected.includes(s.id));
  /** The volume's name; its id while names load or when the name page was capped; null when it is gone. */
  const volumeLabel = (volumeId: string) => volumeNameOf(names.data, volumeId);

  const columns: ResourceColumn<Snapshot>[] = [
    {
      key: 'name',
      title: t('fields.name'),
      label: t('fields.name'),
      sortKey: supportsVersion(session.volumeApiVersion, '3.30') ? 'name' : undefined,
      hideable: false,
      fixed: 'left',
      render: (_, s) => <NameCell to={`/snapshots/${s.id}`} name={s.name} id={s.id} status={<SnapshotStatusBadge status={s.status} />} />,
    },
    {
      key: 'status',
      title: t('fields.status'),
      label: t('fields.status'),
      sortKey: 'status',
      hideable: false,
      hideOnPhone: true,
      contentWidth: STATUS_WIDTH,
      render: (_, s) => <SnapshotStatusBadge status={s.status} />,
    },
    {
      key: 'size',
      title: t('fields.size'),
      label: t('fields.size'),
      sortKey: 'size',
      align: 'right',
      render: (_, s) => t('app:common.sizeGiB', { size: s.size }),
    },
    {
      key: 'volume',
      title: t('fields.volume'),
      label: t('fields.volume'),
      render: (_, s) => {
        const label = volumeLabel(s.volume_id);
        return label === null ? (
          <Text type="secondary">{t('list.missingVolume', { id: s.volume_id })}</Text>
        ) : (
          <Link to={`/volumes/${s.volume_id}`}>{label}</Link>
        );
      },
    },
    { key: 'created', title: t('fields.created'), label: t('fields.created'), sortKey: 'created_at', contentWidth: RELATIVE_TIME_WIDTH, render: (_, s) => <RelativeTime iso={s.created_at} /> },
    { key: 'description', title: t('fields.description'), label: t('fields.description'), defaultHidden: true, render: (_, s) => s.description || '' },
    ...(allProjects
      ? [
          {
            key: 'project',
            title: t('fields.project'),
            label: t('fields.project'),
            render: (_: unknown, s: Snapshot) => {
              const id = s['os-extended-snapshot-attributes:project_id'];
              return <IdName id={id} name={projectName(id)} />;
            },
          },
        ]
      : []),
    {
      key: 'actions',
      title: t('app:common.actions'),
      label: t('app:common.actions'),
      hideable: false,
      fixed: 'right',
      render: (_, s) => <SnapshotRowActions snapshot={s} isAdmin={isAdmin} onAction={(dialog, snapshot) => setTarget({ dialog, snapshot })} />,
    },
  ];

  const csvExport = useSnapshotExport(query, columns, prefs.hiddenColumns, {
    volume: volumeLabel,
    project: (id) => projectName(id) ?? id,
  });

  const volumeOptions = useMemo(
    () => [...(names.data?.names ?? new Map<string, string | null>()).entries()].map(([id, name]) => ({ value: id, label: name ? `${name} (${id.slice(0, 8)})` : id })),
    [names.data],
  );

  const toolbar = (
    <>
      <NameSearch
        label={t('list.filterName')}
        value={state.filters.name}
        onApply={(value) => update({ filters: { ...state.filters, name: value || undefined } })}
        nameMatch={nameMatch}
        width={220}
      />
      <NativeSelect
        aria-label={t('list.filterStatus')}
        value={state.filters.status ?? ''}
        onChange={(value) => update({ filters: { ...state.filters, status: value || undefined } })}
        options={[{ value: '', label: t('list:filters.all', { label: t('list.filterStatus') }) }, ...filterableStatuses.map((s) => ({ value: s, label: t(snapshotStatusInfo(s).labelKey) }))]}
        width={170}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t('list.filterVolume')}
        placeholder={t('list:filters.all', { label: t('list.filterVolume') })}
        value={state.filters.volume}
        onChange={(value?: string) => update({ filters: { ...state.filters, volume: value } })}
        options={volumeOptions}
        loading={names.isLoading}
        style={{ width: 240 }}
      />
      {isAdmin ? (
        <AllProjectsToggle checked={state.allProjects} onChange={(all) => update({ allProjects: all })} />
      ) : null}
      <ExportCsvButton {...csvExport} />
    </>
  );

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        extra={
          <>
            <ManageSnapshotButton />
            <Button type="primary" icon={<CameraOutlined />} onClick={() => setCreating(true)}>
              {t('list.create')}
            </Button>
          </>
        }
      />
      <ResourceTable<Snapshot>
        tableId={TABLE_ID}
        label={t('list.tableLabel')}
        columns={columns}
        rowKey={(s) => s.id}
        rows={rows}
        loading={list.isPending}
        fetching={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        page={state.page}
        pageSize={state.limit}
        pageSizes={snapshotListSchema.pageSizes}
        total={list.data?.count}
        hasNext={!!list.data?.nextMarker && (rows?.length ?? 0) >= state.limit}
        onPageChange={(page, limit) => update({ page, limit })}
        sortKey={state.sortKey}
        sortDir={state.sortDir}
        onSortChange={(key, dir) => update(sortChange(snapshotListSchema, key, dir))}
        selectedKeys={selected}
        onSelectionChange={setSelected}
        selectionDisabled={(s) => deleteReason(s) ?? false}
        updatedAt={list.dataUpdatedAt}
        onRefresh={() => void invalidate()}
        toolbar={toolbar}
        bulkBar={
          <Button danger onClick={() => setConfirmBulk(true)} disabled={!selectedRows.length}>
            {t('list.deleteSelected')}
          </Button>
        }
        empty={
          <ListEmpty
            title={t('list.empty')}
            description={t('list.emptyHint')}
            action={
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('list.create')}
              </Button>
            }
          />
        }
        filtered={hasActiveFilters(state)}
        onClearFilters={() => update({ filters: {} })}
      />
      {creating ? (
        <Suspense fallback={null}>
          <CreateSnapshotModal open onClose={() => setCreating(false)} onCreated={() => setCreating(false)} />
        </Suspense>
      ) : null}
      <BulkDeleteConfirm
        snapshots={selectedRows}
        open={confirmBulk}
        onCancel={() => setConfirmBulk(false)}
        onConfirm={(items) => {
          setConfirmBulk(false);
          void bulk.run(items);
        }}
      />
      <BulkResultsModal title={t('delete.bulkTitle', { count: bulk.results.length })} runner={bulk} />
      <SnapshotDialogs snapshot={target?.snapshot ?? null} dialog={target?.dialog ?? null} onClose={() => setTarget(null)} />
    </>
  );
}
