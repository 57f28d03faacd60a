/**
 * List state in the URL: page, page size, sort, filters and "all projects" — so a view can be shared
 * and survives a reload. Values are validated when read: anything invalid falls back to the default
 * (a hand-edited or stale URL never breaks the page).
 *
 * URL shape (defaults are left out):  ?page=3&limit=50&sort=size:asc&status=error&name=db&all=1
 * Every list names its page size `limit` (Cinder's word); older names a list used (`size`, `pageSize`)
 * are read as aliases so bookmarks keep working, and rewritten as `limit`.
 *
 * Usage (generic over the resource):
 *   const schema = defineListSchema({ sortKeys: ['name','size'] as const, defaultSort: { key: 'created_at', dir: 'desc' },
 *                                     filterKeys: ['name','status'] as const, filterValues: { status: (v) => … } });
 *   const [state, setState] = useListUrlState(schema, preferredLimit);   // React hook (list-url-state.ts)
 *   parseListUrlState(searchParams, schema) / writeListUrlState(state, schema, base) are pure and unit-tested.
 * Changing sort, filters, page size or all-projects goes back to page 1.
 *
 * React-free (the entry reads a list's first query from the URL before React has loaded); the hook
 * that binds it to the router is in list-url-state.ts.
 */
export type SortDir = 'asc' | 'desc';
export const DEFAULT_PAGE_SIZES = [10, 20, 50, 100] as const;

export interface ListSchema<S extends string, F extends string> {
  sortKeys: readonly S[];
  defaultSort: { key: S; dir: SortDir };
  filterKeys: readonly F[];
  /** Per-filter validation; an invalid value is dropped. Values are trimmed; empty means "no filter". */
  filterValues?: Partial<Record<F, (value: string) => boolean>>;
  pageSizes?: readonly number[];
  defaultPageSize?: number;
  /** Longest accepted filter value (Cinder names are ≤255). */
  maxFilterLength?: number;
  /** Older URL names of the page size, read when `limit` is absent. */
  pageSizeAliases?: readonly string[];
}

export interface ListState<S extends string, F extends string> {
  /** 1-based page number. */
  page: number;
  limit: number;
  sortKey: S;
  sortDir: SortDir;
  filters: Partial<Record<F, string>>;
  allProjects: boolean;
}

export function defineListSchema<S extends string, F extends string>(schema: ListSchema<S, F>): ListSchema<S, F> {
  return schema;
}

function pageSizesOf(schema: ListSchema<string, string>): readonly number[] {
  return schema.pageSizes ?? DEFAULT_PAGE_SIZES;
}

export function defaultLimit(schema: ListSchema<string, string>, preferred?: number | null): number {
  const sizes = pageSizesOf(schema);
  if (preferred && sizes.includes(preferred)) return preferred;
  return schema.defaultPageSize && sizes.includes(schema.defaultPageSize) ? schema.defaultPageSize : sizes[0]!;
}

const POSITIVE_INT = /^[1-9]\d{0,6}$/;

/** Reads and validates list state; `preferredLimit` (e.g. remembered per browser) is the page size when the URL has none. */
export function parseListUrlState<S extends string, F extends string>(
  params: URLSearchParams,
  schema: ListSchema<S, F>,
  preferredLimit?: number | null,
): ListState<S, F> {
  const pageText = params.get('page') ?? '';
  const page = POSITIVE_INT.test(pageText) ? Number(pageText) : 1;

  const limitText = ['limit', ...(schema.pageSizeAliases ?? [])].map((name) => params.get(name)).find((value) => value !== null) ?? '';
  const limitValue = POSITIVE_INT.test(limitText) ? Number(limitText) : NaN;
  const limit = pageSizesOf(schema).includes(limitValue) ? limitValue : defaultLimit(schema, preferredLimit);

  let sortKey = schema.defaultSort.key;
  let sortDir = schema.defaultSort.dir;
  const sortText = params.get('sort');
  if (sortText) {
    const [key, dir = 'asc'] = sortText.split(':');
    if ((schema.sortKeys as readonly string[]).includes(key ?? '') && (dir === 'asc' || dir === 'desc')) {
      sortKey = key as S;
      sortDir = dir;
    }
  }

  const filters: Partial<Record<F, string>> = {};
  const maxLength = schema.maxFilterLength ?? 255;
  for (const key of schema.filterKeys) {
    const value = params.get(key)?.trim();
    if (!value || value.length > maxLength) continue;
    const valid = schema.filterValues?.[key];
    if (valid && !valid(value)) continue;
    filters[key] = value;
  }

  const all = params.get('all');
  return { page, limit, sortKey, sortDir, filters, allProjects: all === '1' || all === 'true' };
}

/**
 * Writes state into (a copy of) `base`, leaving out defaults and keeping unrelated params (e.g. ?tab=, ?create=1).
 * `limit` is always written when it differs from the schema default so a shared link shows the same page.
 */
export function writeListUrlState<S extends string, F extends string>(
  state: ListState<S, F>,
  schema: ListSchema<S, F>,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of ['page', 'limit', ...(schema.pageSizeAliases ?? []), 'sort', 'all', ...schema.filterKeys]) params.delete(key);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.limit !== defaultLimit(schema)) params.set('limit', String(state.limit));
  if (state.sortKey !== schema.defaultSort.key || state.sortDir !== schema.defaultSort.dir) {
    params.set('sort', `${state.sortKey}:${state.sortDir}`);
  }
  for (const key of schema.filterKeys) {
    const value = state.filters[key]?.trim();
    if (value) params.set(key, value);
  }
  if (state.allProjects) params.set('all', '1');
  return params;
}

export function hasActiveFilters(state: ListState<string, string>): boolean {
  return Object.values(state.filters).some((value) => !!value);
}

/** A table's sort event as a list change: a cleared sort (no key) goes back to the schema's default. */
export function sortChange<S extends string>(schema: ListSchema<S, string>, key: string | undefined, dir: SortDir): { sortKey: S; sortDir: SortDir } {
  return key ? { sortKey: key as S, sortDir: dir } : { sortKey: schema.defaultSort.key, sortDir: schema.defaultSort.dir };
}

/** What a change does to the page: anything but a page change starts again at page 1. */
export function applyListChange<S extends string, F extends string>(
  state: ListState<S, F>,
  change: Partial<ListState<S, F>>,
): ListState<S, F> {
  const next = { ...state, ...change };
  const resetsPage =
    (change.limit !== undefined && change.limit !== state.limit) ||
    (change.sortKey !== undefined && change.sortKey !== state.sortKey) ||
    (change.sortDir !== undefined && change.sortDir !== state.sortDir) ||
    (change.allProjects !== undefined && change.allProjects !== state.allProjects) ||
    (change.filters !== undefined && JSON.stringify(change.filters) !== JSON.stringify(state.filters));
  if (resetsPage && change.page === undefined) next.page = 1;
  return next;
}

