import type { QosConsumer } from '../../../api/models';
import { DEFAULT_PAGE_SIZES, defineListSchema, parseListUrlState, writeListUrlState } from '../../../lib/list-state';
import { isConsumer } from '../consumer';

/** The list's filters and page live in the URL (shareable, survive a reload); read values are validated. */
export interface QosListState {
  name: string;
  consumer: QosConsumer | null;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = DEFAULT_PAGE_SIZES;

/** Sorting is the table's own (in the browser), so the schema's sort never leaves its default. */
const qosListSchema = defineListSchema({
  sortKeys: ['name'] as const,
  defaultSort: { key: 'name', dir: 'asc' },
  filterKeys: ['name', 'consumer'] as const,
  filterValues: { consumer: isConsumer },
  defaultPageSize: 20,
  // This list called its page size `size` before every list used `limit`.
  pageSizeAliases: ['size'],
});

export function parseQosListState(params: URLSearchParams): QosListState {
  const state = parseListUrlState(params, qosListSchema);
  const consumer = state.filters.consumer;
  return {
    name: state.filters.name ?? '',
    consumer: consumer && isConsumer(consumer) ? consumer : null,
    page: state.page,
    pageSize: state.limit,
  };
}

/** Defaults are left out of the URL. */
export function writeQosListState(state: QosListState): URLSearchParams {
  return writeListUrlState(
    {
      page: state.page,
      limit: state.pageSize,
      sortKey: 'name',
      sortDir: 'asc',
      filters: { name: state.name, ...(state.consumer ? { consumer: state.consumer } : {}) },
      allProjects: false,
    },
    qosListSchema,
  );
}

/** Case-insensitive substring on the name; exact consumer. */
export function matchesFilters(spec: { name: string; consumer: string }, state: Pick<QosListState, 'name' | 'consumer'>): boolean {
  const needle = state.name.trim().toLowerCase();
  if (needle && !spec.name.toLowerCase().includes(needle)) return false;
  if (state.consumer && spec.consumer !== state.consumer) return false;
  return true;
}
