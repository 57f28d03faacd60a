import type { BulkItem } from './bulk-runner';

export interface BlockedItem<I extends BulkItem = BulkItem> {
  item: I;
  /** Why the item's own rules refuse it now (the sentence its action would show). */
  reason: string;
}

/** Splits the selection by each item's rule: what can run now, and what cannot with its reason. */
export function splitByRule<T, I extends BulkItem>(rows: readonly T[], toItem: (row: T) => I, reasonOf: (row: T) => string | null) {
  const runnable: I[] = [];
  const blocked: BlockedItem<I>[] = [];
  for (const row of rows) {
    const reason = reasonOf(row);
    if (reason) blocked.push({ item: toItem(row), reason });
    else runnable.push(toItem(row));
  }
  return { runnable, blocked };
}
