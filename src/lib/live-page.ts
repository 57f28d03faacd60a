/**
 * Live status of one cached list page (volumes, snapshots, backups): its transitional rows are fetched
 * again (useLiveStatus: only those, capped, no timer when none) and patched into the cached page in place;
 * a row that answers 404 leaves the page and its count. What else a fresh or vanished row changes (a
 * detail cache, a refetch of the lists) is the caller's `onUpdate` / `onGone`.
 */
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useLiveStatus, type LiveStatus, type PollSpeed } from './live-status';

interface LivePageOptions<Row, Field extends string> {
  /** The cached page's query key. */
  queryKey: QueryKey;
  /** The page on screen (undefined while it loads or shows placeholder data: nothing is watched then). */
  rows: readonly Row[] | undefined;
  /** The page's field holding the rows (`volumes`, `snapshots`, `backups`). */
  field: Field;
  /** Module-level (stable): a new function each render would re-plan the polling. */
  speedOf: (row: Row) => PollSpeed;
  fetchOne: (id: string, signal: AbortSignal) => Promise<Row>;
  onUpdate?: (row: Row) => void;
  onGone?: (id: string) => void;
}

type Page<Row, Field extends string> = { [K in Field]: Row[] } & { count?: number };

const idOf = (row: { id: string }) => row.id;

export function useLivePageRows<Row extends { id: string }, Field extends string>(options: LivePageOptions<Row, Field>): LiveStatus {
  const { queryKey, rows, field, speedOf, fetchOne, onUpdate, onGone } = options;
  const client = useQueryClient();
  const patch = (change: (page: Page<Row, Field>) => Partial<Page<Row, Field>>) =>
    client.setQueryData<Page<Row, Field>>(queryKey, (page) => (page ? { ...page, ...change(page) } : page));
  return useLiveStatus<Row>({
    items: rows,
    getId: idOf,
    speedOf,
    fetchOne,
    onUpdate: (fresh) => {
      patch((page) => ({ [field]: page[field].map((row) => (row.id === fresh.id ? fresh : row)) }) as Partial<Page<Row, Field>>);
      onUpdate?.(fresh);
    },
    onGone: (id) => {
      patch(
        (page) =>
          ({
            [field]: page[field].filter((row) => row.id !== id),
            ...(typeof page.count === 'number' ? { count: Math.max(0, page.count - 1) } : {}),
          }) as Partial<Page<Row, Field>>,
      );
      onGone?.(id);
    },
  });
}
