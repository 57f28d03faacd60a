/**
 * ResourceTable: an antd Table for a server-paged, server-sorted OpenStack list.
 * - Paging: numbered with a page-size select when the server gave a total (Cinder 3.45 with_count),
 *   otherwise previous/next by marker (`hasNext`). The caller owns page/sort state (see lib/list-url-state).
 * - Sorting: columns with `sortKey` are sortable; onSortChange(key, dir) (key undefined = back to default).
 * - Column chooser remembered per browser (table-prefs, keyed by `tableId`); page size too (usePageSizePref).
 * - Refresh button + "updated N s ago"; optional row selection + a bulk bar shown while rows are selected.
 * - States: first load (skeleton rows), error (403 vs other, with request id), empty vs no-match vs empty page.
 */
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Space, Table, Typography } from 'antd';
import type { ColumnType, TableProps } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../api-error-alert';
import { ColumnChooser } from './column-chooser';
import { ListError, ListNoMatch, ListPageEmpty } from './list-states';
import { useTablePrefs } from './table-prefs';
import { UpdatedAgo } from './updated-ago';

export type SortDir = 'asc' | 'desc';

export type ResourceColumn<T> = Omit<ColumnType<T>, 'key' | 'sorter' | 'sortOrder' | 'title'> & {
  key: string;
  title: ReactNode;
  /** Plain-text name for the column chooser. */
  label: string;
  /** Server sort key; makes the column sortable. */
  sortKey?: string;
  /** Default true; false keeps the column always on (e.g. name). */
  hideable?: boolean;
  defaultHidden?: boolean;
};

export interface ResourceTableProps<T> {
  tableId: string;
  /** Accessible name of the table region. */
  label: string;
  columns: ResourceColumn<T>[];
  rowKey: (row: T) => string;
  rows: T[] | undefined;
  /** True while there is nothing to show yet (first load). */
  loading: boolean;
  /** True while any request is in flight (refresh spinner). */
  fetching?: boolean;
  error?: unknown;
  onRetry: () => void;
  page: number;
  pageSize: number;
  pageSizes?: readonly number[];
  total?: number;
  hasNext: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  sortKey?: string;
  sortDir?: SortDir;
  onSortChange: (key: string | undefined, dir: SortDir) => void;
  selectedKeys?: string[];
  onSelectionChange?: (keys: string[]) => void;
  /** Rows that cannot be selected (with a reason as the checkbox title). */
  selectionDisabled?: (row: T) => string | false;
  updatedAt: number;
  onRefresh: () => void;
  /** Filters etc., left of the refresh button. */
  toolbar?: ReactNode;
  /** Shown above the table while rows are selected. */
  bulkBar?: ReactNode;
  /** Shown when the list is empty and no filter is active. */
  empty: ReactNode;
  filtered: boolean;
  onClearFilters: () => void;
  expandable?: TableProps<T>['expandable'];
  /** Extra props per row (e.g. data-testid); rows always keep their role. */
  onRow?: TableProps<T>['onRow'];
}

export function ResourceTable<T extends object>(props: ResourceTableProps<T>) {
  const { t } = useTranslation('list');
  const [prefs, setPrefs] = useTablePrefs(props.tableId);
  const hidden = useMemo(
    () => prefs.hiddenColumns ?? props.columns.filter((column) => column.defaultHidden).map((column) => column.key),
    [prefs.hiddenColumns, props.columns],
  );
  const pageSizes = props.pageSizes ?? [10, 20, 50, 100];

  const antColumns = useMemo<ColumnType<T>[]>(
    () =>
      props.columns
        .filter((column) => column.hideable === false || !hidden.includes(column.key))
        .map(({ label: _label, sortKey, hideable: _hideable, defaultHidden: _defaultHidden, ...column }) => ({
          ...column,
          sorter: sortKey ? true : undefined,
          sortOrder: sortKey && sortKey === props.sortKey ? (props.sortDir === 'asc' ? 'ascend' : 'descend') : null,
          sortDirections: sortKey ? (['ascend', 'descend'] as ('ascend' | 'descend')[]) : undefined,
        })),
    [props.columns, hidden, props.sortKey, props.sortDir],
  );

  const changePageSize = (size: number) => {
    setPrefs({ pageSize: size });
    props.onPageChange(1, size);
  };

  const handleChange: TableProps<T>['onChange'] = (_pagination, _filters, sorter, extra) => {
    if (extra.action !== 'sort') return;
    const single = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<T> | undefined;
    const column = props.columns.find((c) => c.key === single?.columnKey);
    if (!single?.order || !column?.sortKey) props.onSortChange(undefined, 'desc');
    else props.onSortChange(column.sortKey, single.order === 'ascend' ? 'asc' : 'desc');
  };

  const rows = props.rows ?? [];
  const showError = !!props.error && props.rows === undefined;
  let emptyText: ReactNode = props.empty;
  if (props.filtered) emptyText = <ListNoMatch onClear={props.onClearFilters} />;
  else if (props.page > 1) emptyText = <ListPageEmpty onFirstPage={() => props.onPageChange(1, props.pageSize)} />;

  const numbered = typeof props.total === 'number';
  const start = rows.length ? (props.page - 1) * props.pageSize + 1 : 0;

  return (
    <section aria-label={props.label}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Flex wrap gap={8} align="center">
          {props.toolbar}
        </Flex>
        <Space wrap>
          <UpdatedAgo at={props.updatedAt} />
          <Button icon={<ReloadOutlined spin={!!props.fetching && !props.loading} />} onClick={props.onRefresh} aria-label={t('actions.refresh')}>
            {t('actions.refresh')}
          </Button>
          <ColumnChooser
            columns={props.columns.map((c) => ({ key: c.key, label: c.label, hideable: c.hideable !== false }))}
            hidden={hidden}
            onChange={(next) => setPrefs({ hiddenColumns: next })}
            onReset={() => setPrefs({ hiddenColumns: undefined })}
          />
        </Space>
      </Flex>
      {props.selectedKeys?.length && props.bulkBar ? (
        <Flex align="center" gap={12} wrap style={{ marginBottom: 12 }} role="toolbar" aria-label={t('selection.toolbar')}>
          <Typography.Text strong>{t('selection.count', { count: props.selectedKeys.length })}</Typography.Text>
          {props.bulkBar}
          <Button type="link" onClick={() => props.onSelectionChange?.([])}>
            {t('selection.clear')}
          </Button>
        </Flex>
      ) : null}
      {props.error && !showError ? (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert error={props.error} title={t('states.refreshFailed')} />
        </div>
      ) : null}
      {showError ? (
        <ListError error={props.error} onRetry={props.onRetry} />
      ) : (
        <Table<T>
          rowKey={props.rowKey}
          columns={antColumns}
          dataSource={rows}
          loading={props.loading}
          size="middle"
          scroll={{ x: 'max-content' }}
          showSorterTooltip={false}
          onChange={handleChange}
          expandable={props.expandable}
          onRow={props.onRow}
          locale={{ emptyText: props.loading ? ' ' : emptyText }}
          rowSelection={
            props.onSelectionChange
              ? {
                  selectedRowKeys: props.selectedKeys ?? [],
                  preserveSelectedRowKeys: true,
                  onChange: (keys) => props.onSelectionChange?.(keys.map(String)),
                  getCheckboxProps: (row) => {
                    const reason = props.selectionDisabled?.(row) || false;
                    return { disabled: !!reason, title: reason || undefined, 'aria-label': t('selection.row') };
                  },
                }
              : undefined
          }
          pagination={
            numbered
              ? {
                  current: props.page,
                  pageSize: props.pageSize,
                  total: props.total,
                  showSizeChanger: true,
                  pageSizeOptions: pageSizes.map(String),
                  showTotal: (total) => t('paging.range', { start, end: start + rows.length - 1, total }),
                  onChange: (page, size) => (size !== props.pageSize ? changePageSize(size) : props.onPageChange(page, size)),
                }
              : false
          }
        />
      )}
      {!numbered && !showError ? (
        <Flex justify="flex-end" align="center" gap={8} style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">{t('paging.page', { page: props.page })}</Typography.Text>
          <Button disabled={props.page <= 1} onClick={() => props.onPageChange(props.page - 1, props.pageSize)}>
            {t('paging.previous')}
          </Button>
          <Button disabled={!props.hasNext} onClick={() => props.onPageChange(props.page + 1, props.pageSize)}>
            {t('paging.next')}
          </Button>
          <Select
            aria-label={t('paging.size')}
            value={props.pageSize}
            onChange={changePageSize}
            options={pageSizes.map((size) => ({ value: size, label: t('paging.perPage', { size }) }))}
            style={{ width: 120 }}
          />
        </Flex>
      ) : null}
    </section>
  );
}
