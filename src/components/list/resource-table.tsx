/**
 * ResourceTable: a server-paged, server-sorted OpenStack list as a plain, semantic <table>.
 * - Why not antd's Table: it brings Tree, Radio, Dropdown, Pagination and Select along (~60 KB gzip) for
 *   filter and tree features these lists do not use; /volumes is the page everyone opens first.
 * - Paging: numbered when the server gave a total (Cinder 3.45 with_count), otherwise previous / next by
 *   marker (`hasNext`). The caller owns page/sort state (see lib/list-url-state).
 * - Sorting: columns with `sortKey` have a header button (aria-sort on the header): ascending, descending,
 *   then back to the default; onSortChange(key, dir) (key undefined = default).
 * - Column chooser remembered per browser (table-prefs, keyed by `tableId`); page size too (usePageSizePref).
 * - Refresh button + "updated N s ago"; optional row selection + a bulk bar shown while rows are selected.
 * - States: first load (skeleton rows, aria-busy), error (403 vs other, with request id), empty vs no-match
 *   vs empty page.
 */
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, theme } from 'antd';
import { type CSSProperties, type ReactNode, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../api-error-alert';
import { Text } from '../text';
import { ColumnChooser } from './column-chooser';
import { ListError, ListNoMatch, ListPageEmpty } from './list-states';
import { Pager } from './pager';
import { useTablePrefs } from './table-prefs';
import { UpdatedAgo } from './updated-ago';
import { useIsPhone } from './use-phone';
import './resource-table.css';

export type SortDir = 'asc' | 'desc';

export interface ResourceColumn<T> {
  key: string;
  title: ReactNode;
  /** Plain-text name for the column chooser and CSV headers. */
  label: string;
  render: (value: unknown, row: T, index: number) => ReactNode;
  /** Server sort key; makes the column sortable. */
  sortKey?: string;
  /** Default true; false keeps the column always on (e.g. name). */
  hideable?: boolean;
  defaultHidden?: boolean;
  align?: 'left' | 'right' | 'center';
  width?: number;
  /**
   * A fixed width (CSS length) for the cell's content, so the column keeps its width whatever the rows show:
   * a status that turns from "Available" into "Extending" with a spinner no longer widens its column and
   * shifts every other one. A longer label wraps inside it (rows are two lines tall already).
   */
  contentWidth?: string;
  /** Stays in view while the table scrolls sideways (the name at the start, the actions at the end). */
  fixed?: 'left' | 'right';
  /** Folded away on a phone (e.g. the status, which the name cell then shows). */
  hideOnPhone?: boolean;
}

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
}

const SELECT_COLUMN_WIDTH = 48;
const SKELETON_ROWS = 5;

/** The next sort after a click on a column's header: ascending, descending, then the list's default. */
export function nextSort(column: string, current: { key?: string; dir?: SortDir }): { key: string | undefined; dir: SortDir } {
  if (current.key !== column) return { key: column, dir: 'asc' };
  if (current.dir === 'asc') return { key: column, dir: 'desc' };
  return { key: undefined, dir: 'desc' };
}

/**
 * The list with its toolbar, drawn in a pass after the page's first commit: the shell and the page's
 * heading show without waiting for it, and the first screen's work comes in shorter tasks. Rows known
 * by then (the first page put in the cache by app/first-queries) are drawn in that same pass. Drawing
 * them in the page's first commit showed a cold /volumes on the real cloud ~100 ms sooner, but made
 * that commit one long task on a slow phone (Lighthouse's mobile total blocking time +~400 ms).
 */
export function ResourceTable<T extends object>(props: ResourceTableProps<T>) {
  const drawn = useDeferredValue(true, false);
  return drawn ? <ListWithToolbar {...props} /> : <section className="rt-root" aria-busy="true" />;
}

function ListWithToolbar<T extends object>(props: ResourceTableProps<T>) {
  const { t } = useTranslation('list');
  const { token } = theme.useToken();
  const [prefs, setPrefs] = useTablePrefs(props.tableId);
  const hidden = useMemo(
    () => prefs.hiddenColumns ?? props.columns.filter((column) => column.defaultHidden).map((column) => column.key),
    [prefs.hiddenColumns, props.columns],
  );
  const pageSizes = props.pageSizes ?? [10, 20, 50, 100];
  const phone = useIsPhone();
  const columns = props.columns.filter((column) => (column.hideable === false || !hidden.includes(column.key)) && !(phone && column.hideOnPhone));
  const selectable = !!props.onSelectionChange;

  const changePageSize = (size: number) => {
    setPrefs({ pageSize: size });
    props.onPageChange(1, size);
  };

  // Rows render in a deferred, interruptible pass: a page of rows arriving (or changing on a poll) never
  // blocks input for long; until the first rows are drawn the skeleton stays.
  const deferredRows = useDeferredValue(props.rows);
  const rows = deferredRows ?? [];
  const skeleton = props.loading || (props.rows !== undefined && deferredRows === undefined);
  const showError = !!props.error && props.rows === undefined;
  let emptyContent: ReactNode = props.empty;
  if (props.filtered) emptyContent = <ListNoMatch onClear={props.onClearFilters} />;
  else if (props.page > 1) emptyContent = <ListPageEmpty onFirstPage={() => props.onPageChange(1, props.pageSize)} />;

  const selected = new Set(props.selectedKeys ?? []);
  const selectableKeys = rows.filter((row) => !props.selectionDisabled?.(row)).map(props.rowKey);
  const selectedOnPage = selectableKeys.filter((key) => selected.has(key)).length;
  const setPageSelection = (checked: boolean) => {
    const others = (props.selectedKeys ?? []).filter((key) => !selectableKeys.includes(key));
    props.onSelectionChange?.(checked ? [...others, ...selectableKeys] : others);
  };
  const toggleRow = (key: string, checked: boolean) =>
    props.onSelectionChange?.(checked ? [...(props.selectedKeys ?? []), key] : (props.selectedKeys ?? []).filter((k) => k !== key));

  const cellStyle = (column: ResourceColumn<T>): CSSProperties => ({
    textAlign: column.align,
    width: column.width,
    insetInlineStart: column.fixed === 'left' && !phone ? (selectable ? SELECT_COLUMN_WIDTH : 0) : undefined,
  });
  // On a phone only the actions stay pinned: a pinned name would cover most of the screen.
  const cellClass = (column: ResourceColumn<T>) =>
    column.fixed === 'left' && !phone ? 'rt-sticky-start' : column.fixed === 'right' ? 'rt-sticky-end' : undefined;
  const colours = {
    '--rt-bg': token.colorBgContainer,
    '--rt-text': token.colorText,
    '--rt-heading': token.colorTextHeading,
    '--rt-header-bg': token.colorFillAlter,
    '--rt-border': token.colorBorderSecondary,
    '--rt-hover': token.colorFillQuaternary,
    '--rt-selected': token.colorPrimaryBg,
    '--rt-primary': token.colorPrimary,
    '--rt-focus': token.colorPrimaryBorder,
    '--rt-icon': token.colorTextQuaternary,
    '--rt-skeleton': token.colorFillSecondary,
    '--rt-skeleton-shine': token.colorFill,
    '--rt-radius': `${token.borderRadiusLG}px`,
    '--rt-font-size': `${token.fontSize}px`,
    '--rt-line-height': token.lineHeight,
  } as CSSProperties;
  const columnCount = columns.length + (selectable ? 1 : 0);

  return (
    <section aria-label={props.label} className="rt-root" style={colours}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Flex wrap gap={8} align="center">
          {props.toolbar}
        </Flex>
        <Flex wrap gap={8} align="center">
          <UpdatedAgo at={props.updatedAt} />
          <Button icon={<ReloadOutlined spin={!!props.fetching && !props.loading} />} onClick={props.onRefresh}>
            {t('actions.refresh')}
          </Button>
          <ColumnChooser
            columns={props.columns.map((c) => ({ key: c.key, label: c.label, hideable: c.hideable !== false }))}
            hidden={hidden}
            onChange={(next) => setPrefs({ hiddenColumns: next })}
            onReset={() => setPrefs({ hiddenColumns: undefined })}
            compact={prefs.density === 'compact'}
            onCompactChange={(compact) => setPrefs({ density: compact ? 'compact' : undefined })}
          />
        </Flex>
      </Flex>
      {props.selectedKeys?.length && props.bulkBar ? (
        <Flex align="center" gap={12} wrap style={{ marginBottom: 12 }} role="toolbar" aria-label={t('selection.toolbar')}>
          <Text strong>{t('selection.count', { count: props.selectedKeys.length })}</Text>
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
        <>
          <div className="rt-scroll">
            <table className="rt" aria-busy={skeleton || undefined} data-density={prefs.density}>
              <thead>
                <tr>
                  {selectable ? (
                    <th scope="col" className="rt-select rt-sticky-start" style={{ insetInlineStart: 0 }}>
                      <Checkbox
                        aria-label={t('selection.page')}
                        checked={selectableKeys.length > 0 && selectedOnPage === selectableKeys.length}
                        indeterminate={selectedOnPage > 0 && selectedOnPage < selectableKeys.length}
                        disabled={selectableKeys.length === 0}
                        onChange={(event) => setPageSelection(event.target.checked)}
                      />
                    </th>
                  ) : null}
                  {columns.map((column) => (
                    <ColumnHeader
                      key={column.key}
                      column={column}
                      className={cellClass(column)}
                      style={cellStyle(column)}
                      sortKey={props.sortKey}
                      sortDir={props.sortDir}
                      onSort={(sortKey) => {
                        const next = nextSort(sortKey, { key: props.sortKey, dir: props.sortDir });
                        props.onSortChange(next.key, next.dir);
                      }}
                    />
                  ))}
                </tr>
              </thead>
              <tbody>
                {skeleton ? (
                  Array.from({ length: SKELETON_ROWS }, (_, index) => (
                    <tr key={index} aria-hidden>
                      {Array.from({ length: columnCount }, (_, cell) => (
                        <td key={cell}>
                          <span className="rt-skeleton" />
                        </td>
                      ))}
                    </tr>
                  ))
                ) : rows.length === 0 ? (
                  <tr>
                    <td colSpan={columnCount} className="rt-empty">
                      {emptyContent}
                    </td>
                  </tr>
                ) : (
                  rows.map((row, index) => {
                    const key = props.rowKey(row);
                    const reason = props.selectionDisabled?.(row) || false;
                    return (
                      <tr key={key} data-row-key={key} aria-selected={selectable ? selected.has(key) : undefined}>
                        {selectable ? (
                          <td className="rt-select rt-sticky-start" style={{ insetInlineStart: 0 }}>
                            <Checkbox
                              aria-label={t('selection.row')}
                              title={reason || undefined}
                              disabled={!!reason}
                              checked={selected.has(key)}
                              onChange={(event) => toggleRow(key, event.target.checked)}
                            />
                          </td>
                        ) : null}
                        {columns.map((column) => (
                          <td key={column.key} className={cellClass(column)} style={cellStyle(column)}>
                            {column.contentWidth ? (
                              <div className="rt-fixed-width" style={{ inlineSize: column.contentWidth }}>
                                {column.render(undefined, row, index)}
                              </div>
                            ) : (
                              column.render(undefined, row, index)
                            )}
                          </td>
                        ))}
                      </tr>
                    );
                  })
                )}
              </tbody>
            </table>
          </div>
          {skeleton ? <span className="rt-visually-hidden" role="status">{t('states.loading')}</span> : null}
          {/* Drawn with the first rows, not above the skeleton: it would be pushed down (a layout shift). */}
          {skeleton ? null : (
            <Pager
              page={props.page}
              pageSize={props.pageSize}
              pageSizes={pageSizes}
              rowCount={rows.length}
              total={props.total}
              hasNext={props.hasNext}
              onPage={(page) => props.onPageChange(page, props.pageSize)}
              onPageSize={changePageSize}
            />
          )}
        </>
      )}
    </section>
  );
}

interface ColumnHeaderProps<T> {
  column: ResourceColumn<T>;
  className?: string;
  style: CSSProperties;
  sortKey?: string;
  sortDir?: SortDir;
  onSort: (sortKey: string) => void;
}

function ColumnHeader<T>({ column, className, style, sortKey, sortDir, onSort }: ColumnHeaderProps<T>) {
  if (!column.sortKey) {
    return (
      <th scope="col" className={className} style={style}>
        {column.title}
      </th>
    );
  }
  const active = column.sortKey === sortKey;
  const direction = active ? sortDir : undefined;
  return (
    <th scope="col" className={className} style={style} aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined}>
      <button type="button" className="rt-sort" onClick={() => onSort(column.sortKey!)} style={{ justifyContent: column.align === 'right' ? 'flex-end' : undefined }}>
        {column.title}
        <span className="rt-sort-icon" aria-hidden>
          <span data-active={direction === 'asc'}>▲</span>
          <span data-active={direction === 'desc'}>▼</span>
        </span>
      </button>
    </th>
  );
}
