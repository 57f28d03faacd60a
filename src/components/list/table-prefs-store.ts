/**
 * Per-browser UI preferences of one table (hidden columns, page size, row density), in localStorage.
 * Only harmless UI choices live here — never tokens or data. React-free: the entry reads a list's page
 * size before React has loaded (src/app/first-data.ts); the hook is in table-prefs.ts.
 */

export interface TablePrefs {
  hiddenColumns?: string[];
  pageSize?: number;
  /** Row height: compact fits about twice the rows on a screen. */
  density?: 'compact';
}

const PREFIX = 'cinder-console.table.';
const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; value: TablePrefs }>();

export function readTablePrefs(tableId: string): TablePrefs {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(PREFIX + tableId);
  } catch {
    raw = null;
  }
  const cached = cache.get(tableId);
  if (cached && cached.raw === raw) return cached.value;
  let value: TablePrefs = {};
  if (raw) {
    try {
      const parsed = JSON.parse(raw) as TablePrefs;
      value = {
        hiddenColumns: Array.isArray(parsed.hiddenColumns) ? parsed.hiddenColumns.filter((c) => typeof c === 'string') : undefined,
        pageSize: typeof parsed.pageSize === 'number' ? parsed.pageSize : undefined,
        density: parsed.density === 'compact' ? 'compact' : undefined,
      };
    } catch {
      value = {};
    }
  }
  cache.set(tableId, { raw, value });
  return value;
}

export function writeTablePrefs(tableId: string, change: TablePrefs): void {
  const next = { ...readTablePrefs(tableId), ...change };
  try {
    localStorage.setItem(PREFIX + tableId, JSON.stringify(next));
  } catch {
    // storage blocked: the choice lasts for this page only
  }
  for (const listener of listeners) listener();
}

/** Called on every write (the hook re-reads). */
export function subscribeTablePrefs(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
