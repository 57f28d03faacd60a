/** A table's preferences (table-prefs-store.ts) as React state. */
import { useCallback, useSyncExternalStore } from 'react';
import { readTablePrefs, subscribeTablePrefs, writeTablePrefs, type TablePrefs } from './table-prefs-store';

export { readTablePrefs, writeTablePrefs, type TablePrefs };

export function useTablePrefs(tableId: string) {
  const prefs = useSyncExternalStore(
    subscribeTablePrefs,
    () => readTablePrefs(tableId),
    () => readTablePrefs(tableId),
  );
  const update = useCallback((change: TablePrefs) => writeTablePrefs(tableId, change), [tableId]);
  return [prefs, update] as const;
}
