/**
 * List mechanics shared by Cinder collections: limit/marker/offset, sort / sort_key+sort_dir,
 * the default "created_at desc, id desc" order, and `<coll>_links` next links.
 */
import { badRequest, invalidInput, type CinderFault } from './faults';
import type { CinderContext } from './context';

export const MAX_LIMIT = 1000; // osapi_max_limit

export type SortValue = string | number | boolean | null;

export interface ListParams {
  marker: string | null;
  limit: number;
  offset: number;
  sortKeys: string[];
  sortDirs: ('asc' | 'desc')[];
  /** Remaining query parameters (filters), first value of each key, in request order. */
  filters: Map<string, string>;
}

const PAGING_KEYS = new Set(['limit', 'marker', 'offset', 'sort', 'sort_key', 'sort_dir']);

export function limitParam(query: URLSearchParams): number {
  const raw = query.get('limit');
  if (raw === null) return MAX_LIMIT;
  if (!/^\s*[+-]?\d+\s*$/.test(raw)) throw badRequest('limit param must be an integer');
  const n = Number(raw);
  if (n < 0) throw badRequest('limit param must be positive');
  return Math.min(n, MAX_LIMIT);
}

export function parseListParams(query: URLSearchParams, defaults: { key?: string; dir?: 'asc' | 'desc' } = {}): ListParams {
  const defaultKey = defaults.key ?? 'created_at';
  const defaultDir = defaults.dir ?? 'desc';
  const limit = limitParam(query);
  const marker = query.get('marker');
  const rawOffset = query.get('offset');
  let offset = 0;
  if (rawOffset !== null) {
    if (!/^\s*[+-]?\d+\s*$/.test(rawOffset)) throw badRequest('offset must be an integer');
    offset = Number(rawOffset);
    if (offset < 0) throw badRequest('offset must be >= 0');
    if (offset > 2147483647) throw badRequest('offset must be <= 2147483647');
  }

  if (query.has('sort') && (query.has('sort_key') || query.has('sort_dir'))) {
    throw badRequest("The 'sort_key' and 'sort_dir' parameters are deprecated and cannot be used with the 'sort' parameter.");
  }
  const keys: string[] = [];
  const dirs: string[] = [];
  if (query.has('sort')) {
    for (const part of query.get('sort')!.trim().split(',')) {
      const idx = part.indexOf(':');
      const key = (idx === -1 ? part : part.slice(0, idx)).trim();
      const dir = (idx === -1 ? '' : part.slice(idx + 1)).trim();
      keys.push(key);
      dirs.push(dir || defaultDir);
    }
  } else {
    keys.push((query.get('sort_key') ?? defaultKey).trim());
    dirs.push((query.get('sort_dir') ?? defaultDir).trim());
  }
  for (const d of dirs) if (d !== 'asc' && d !== 'desc') throw invalidInput("Unknown sort direction, must be 'desc' or 'asc'.");
  // process_sort_params: always end with created_at and id, in the first key's direction.
  const first = dirs[0] as 'asc' | 'desc';
  for (const k of ['created_at', 'id']) {
    if (!keys.includes(k)) {
      keys.push(k);
      dirs.push(first);
    }
  }
  const filters = new Map<string, string>();
  for (const [k, v] of query) if (!PAGING_KEYS.has(k) && !filters.has(k)) filters.set(k, v);
  return { marker, limit, offset, sortKeys: keys, sortDirs: dirs as ('asc' | 'desc')[], filters };
}

/** MySQL ordering: NULL sorts before everything ascending. */
function cmp(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export interface Column<T> {
  [key: string]: (item: T) => SortValue;
}

/**
 * Sort, then page after the marker. `columns` lists what the model can sort by (anything else is
 * "Invalid sort key"); `markerNotFound` builds the resource's NotFound fault.
 */
export function paginate<T extends { id: string }>(
  items: T[],
  params: ListParams,
  columns: Column<T>,
  markerNotFound: (id: string) => CinderFault,
  findMarker?: (id: string) => T | undefined,
): T[] {
  const getters = params.sortKeys.map((k) => {
    const g = columns[k];
    if (!g) throw invalidInput('Invalid sort key');
    return g;
  });
  const dirs = params.sortDirs.map((d) => (d === 'desc' ? -1 : 1));
  const compare = (a: T, b: T) => {
    for (let i = 0; i < getters.length; i++) {
      const c = cmp(getters[i]!(a), getters[i]!(b));
      if (c !== 0) return c * dirs[i]!;
    }
    return 0;
  };
  let start = 0;
  let markerItem: T | undefined;
  if (params.marker !== null) {
    markerItem = findMarker ? findMarker(params.marker) : items.find((i) => i.id === params.marker);
    if (!markerItem) throw markerNotFound(params.marker);
  }
  const sorted = items.slice().sort(compare);
  if (markerItem) {
    // Everything strictly after the marker in this order (the marker itself may be filtered out).
    const m = markerItem;
    start = sorted.findIndex((x) => compare(x, m) > 0);
    if (start === -1) start = sorted.length;
  }
  start += params.offset;
  return sorted.slice(start, start + params.limit);
}

/**
 * `<coll>_links` as Cinder builds them: present when the page is non-empty and limit ≤ itemCount,
 * where itemCount is the page length, or the total when with_count was asked for (a Cinder quirk:
 * then the last page also gets a "next").
 */
export function collectionLinks(ctx: CinderContext, page: { id: string }[], collectionPath: string, itemCount?: number): { rel: 'next'; href: string }[] {
  const count = itemCount ?? page.length;
  const limit = limitParam(ctx.url.searchParams);
  if (!page.length || limit > count) return [];
  const params = new URLSearchParams(ctx.url.searchParams);
  params.set('marker', page[page.length - 1]!.id);
  return [{ rel: 'next', href: `${ctx.base}/${collectionPath}?${params.toString()}` }];
}

/** A filter value as Cinder's ast.literal_eval would turn it into a Python value (best effort). */
export function literalEval(raw: string): unknown {
  const s = raw.trim();
  if (/^-?\d+$/.test(s)) return Number(s);
  if (/^-?\d+\.\d+$/.test(s)) return Number(s);
  if (s === 'True') return true;
  if (s === 'False') return false;
  if (s === 'None') return null;
  if ((s.startsWith('{') && s.endsWith('}')) || (s.startsWith('[') && s.endsWith(']'))) {
    try {
      return JSON.parse(s.replace(/'/g, '"').replace(/\bTrue\b/g, 'true').replace(/\bFalse\b/g, 'false').replace(/\bNone\b/g, 'null'));
    } catch {
      return raw;
    }
  }
  if (/^'.*'$|^".*"$/.test(s)) return s.slice(1, -1);
  return raw;
}

/** Exact-match semantics of Cinder's DB filters (lists mean IN). */
export function matches(field: SortValue, wanted: unknown): boolean {
  if (Array.isArray(wanted)) return wanted.some((w) => matches(field, w));
  if (field === null) return wanted === null || wanted === 'None';
  if (typeof field === 'boolean') {
    if (typeof wanted === 'boolean') return field === wanted;
    return String(field).toLowerCase() === String(wanted).toLowerCase();
  }
  if (typeof field === 'number') return Number(wanted) === field;
  return field === String(wanted);
}
