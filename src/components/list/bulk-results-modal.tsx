import { lazy, Suspense, type ReactNode } from 'react';
import type { BulkItem } from './bulk-runner';
import type { BulkResultsModalProps } from './bulk-results-dialog';

// The results dialog (Modal, List, Progress) is needed only once a bulk action has run. lazy() drops
// the component's type parameter; this restores it.
const BulkResultsDialog = lazy(() => import('./bulk-results-dialog')) as unknown as <I extends BulkItem>(props: BulkResultsModalProps<I>) => ReactNode;

/** One line per item: done / failed with the server's reason and request id; "Retry failed" re-runs only those. */
export function BulkResultsModal<I extends BulkItem>(props: BulkResultsModalProps<I>) {
  if (!props.runner.open && props.runner.results.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <BulkResultsDialog {...props} />
    </Suspense>
  );
}
