import { Modal, Typography } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkItem } from './bulk-runner';
import type { BulkResultsModalProps } from './bulk-results-dialog';

const loadDialog = () => import('./bulk-results-dialog');
// The results dialog (Modal, List, Progress) is needed only once a bulk action has run. lazy() drops
// the component's type parameter; this restores it.
const BulkResultsDialog = lazy(loadDialog) as unknown as <I extends BulkItem>(props: BulkResultsModalProps<I>) => ReactNode;

/** Starts loading the results dialog (when a confirmation opens), so it is there when the run starts. */
export function preloadBulkResults(): void {
  void loadDialog();
}

/** Shown from the first moment of a run while the full dialog loads: the run has started, and how far. */
function StartingDialog<I extends BulkItem>({ title, runner }: BulkResultsModalProps<I>) {
  const { t } = useTranslation('list');
  const finished = runner.results.filter((r) => r.state === 'success' || r.state === 'failed').length;
  return (
    <Modal open title={title} closable={false} footer={null}>
      <Typography.Paragraph role="status" aria-live="polite">
        {t('bulk.inProgress', { done: finished, total: runner.results.length })}
      </Typography.Paragraph>
    </Modal>
  );
}

/** One line per item: done / failed with the server's reason and request id; "Retry failed" re-runs only those. */
export function BulkResultsModal<I extends BulkItem>(props: BulkResultsModalProps<I>) {
  if (!props.runner.open && props.runner.results.length === 0) return null;
  return (
    <Suspense fallback={<StartingDialog {...props} />}>
      <BulkResultsDialog {...props} />
    </Suspense>
  );
}
