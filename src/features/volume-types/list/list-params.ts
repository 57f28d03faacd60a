import type { VolumeTypeVisibility } from '../../../api/volume-types';
import { DEFAULT_PAGE_SIZES, defineListSchema, parseListUrlState, writeListUrlState } from '../../../lib/list-state';

export interface TypeListParams {
  name: string;
  visibility: VolumeTypeVisibility;
  page: number;
  pageSize: number;
}

const visibilities: readonly string[] = ['all', 'public', 'private'] satisfies VolumeTypeVisibility[];
const pageSizes = [...DEFAULT_PAGE_SIZES];

/** The table sorts by name in the browser, so the schema's sort never leaves its default. */
const typeListSchema = defineListSchema({
  sortKeys: ['name'] as const,
  defaultSort: { key: 'name', dir: 'asc' },
  filterKeys: ['name', 'visibility'] as const,
  filterValues: { visibility: (value) => visibilities.includes(value) },
  defaultPageSize: 20,
  // This list called its page size `pageSize` before every list used `limit`.
  pageSizeAliases: ['pageSize'],
});

/** Reads list state from the URL, ignoring anything malformed (a shared link may be old or edited). */
export function readListParams(params: URLSearchParams): TypeListParams {
  const state = parseListUrlState(params, typeListSchema);
  return {
    name: state.filters.name ?? '',
    visibility: (state.filters.visibility as VolumeTypeVisibility | undefined) ?? 'all',
    page: state.page,
    pageSize: state.limit,
  };
}

export function writeListParams(state: TypeListParams): URLSearchParams {
  return writeListUrlState(
    {
      page: state.page,
      limit: state.pageSize,
      sortKey: 'name',
      sortDir: 'asc',
      filters: { name: state.name, ...(state.visibility !== 'all' ? { visibility: state.visibility } : {}) },
      allProjects: false,
    },
    typeListSchema,
  );
}

export { pageSizes };
