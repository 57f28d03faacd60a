/**
 * Bulk actions with a per-item outcome: run one async action over many items (bounded concurrency),
 * record success or the server's error for each, and retry only the failed ones.
 *
 *   const bulk = useBulkRunner((v: { id, label }) => deleteVolume(v.id), { onSettled: () => invalidate() });
 *   bulk.run(selected.map((v) => ({ id: v.id, label: v.name || v.id })));
 *   <BulkResultsModal title="Delete volumes" runner={bulk} />
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type BulkItemState = 'pending' | 'running' | 'success' | 'failed';

export interface BulkItem {
  id: string;
  /** What the person sees for this item (name, or id when unnamed). */
  label: string;
}

export interface BulkResult<I extends BulkItem = BulkItem> {
  item: I;
  state: BulkItemState;
  error?: unknown;
}

/** Runs `action` over `items`, at most `concurrency` at a time, reporting every state change. */
export async function runBulk<I extends BulkItem>(
  items: readonly I[],
  action: (item: I) => Promise<unknown>,
  options: { concurrency?: number; onProgress?: (result: BulkResult<I>) => void } = {},
): Promise<BulkResult<I>[]> {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const results: BulkResult<I>[] = items.map((item) => ({ item, state: 'pending' }));
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index]!;
      options.onProgress?.({ item, state: 'running' });
      try {
        await action(item);
        results[index] = { item, state: 'success' };
      } catch (error) {
        results[index] = { item, state: 'failed', error };
      }
      options.onProgress?.(results[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

export interface BulkRunner<I extends BulkItem = BulkItem> {
  results: BulkResult<I>[];
  running: boolean;
  /** Whether the results modal should show. */
  open: boolean;
  run: (items: I[]) => Promise<BulkResult<I>[]>;
  retryFailed: () => Promise<BulkResult<I>[]>;
  close: () => void;
}

export function useBulkRunner<I extends BulkItem>(
  action: (item: I) => Promise<unknown>,
  options: { concurrency?: number; onSettled?: (results: BulkResult<I>[]) => void } = {},
): BulkRunner<I> {
  const [results, setResults] = useState<BulkResult<I>[]>([]);
  const [running, setRunning] = useState(false);
  const [open, setOpen] = useState(false);
  const latest = useRef({ action, options });
  useEffect(() => {
    latest.current = { action, options };
  });

  const execute = useCallback(async (items: I[], keep: BulkResult<I>[]) => {
    setOpen(true);
    setRunning(true);
    const ids = new Set(items.map((item) => item.id));
    // A retry keeps every row where it was; only the retried ones go back to pending.
    setResults(
      keep.length
        ? keep.map((r) => (ids.has(r.item.id) ? { item: r.item, state: 'pending' as const } : r))
        : items.map((item) => ({ item, state: 'pending' as const })),
    );
    const done = await runBulk(items, (item) => latest.current.action(item), {
      concurrency: latest.current.options.concurrency,
      onProgress: (result) => setResults((current) => current.map((r) => (r.item.id === result.item.id ? result : r))),
    });
    setRunning(false);
    latest.current.options.onSettled?.(done);
    return done;
  }, []);

  const run = useCallback((items: I[]) => execute(items, []), [execute]);
  const retryFailed = useCallback(
    () => execute(results.filter((r) => r.state === 'failed').map((r) => r.item), results),
    [execute, results],
  );
  const close = useCallback(() => {
    setOpen(false);
    setResults([]);
  }, []);

  return { results, running, open, run, retryFailed, close };
}
