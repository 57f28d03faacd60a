import { lazy, Suspense, type ReactNode } from 'react';
import type { BulkItem } from './bulk-runner';
import type { BulkResultsModalProps } from './bulk-results-dialog';

const loadDialog = () => import('./bulk-results-dialog');
const loadStarting = () => import('./bulk-starting-dialog');
// The results dialog (Modal, List, Progress) is needed only once a bulk action has run; the list page
// does not carry it, nor the small "started" dialog shown while it loads (a few KB, with the Modal the
// confirmation already loaded). lazy() drops the components' type parameter; this restores it.
type ResultsComponent = <I extends BulkItem>(props: BulkResultsModalProps<I>) => ReactNode;
const BulkResultsDialog = lazy(loadDialog) as unknown as ResultsComponent;
const BulkStartingDialog = lazy(loadStarting) as unknown as ResultsComponent;

/** Starts loading the results dialogs (when a confirmation opens), so they are there when the run starts. */
export function preloadBulkResults(): void {
  void loadStarting();
  void loadDialog();
}

/** One line per item: done / failed with the server's reason and request id; "Retry failed" re-runs only those. */
export function BulkResultsModal<I extends BulkItem>(props: BulkResultsModalProps<I>) {
  if (!props.runner.open && props.runner.results.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <Suspense fallback={<BulkStartingDialog {...props} />}>
        <BulkResultsDialog {...props} />
      </Suspense>
    </Suspense>
  );
}
