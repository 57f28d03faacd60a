import { Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BulkItem } from './bulk-runner';
import type { BulkResultsModalProps } from './bulk-results-dialog';

/** Shown from the first moment of a run while the full results dialog loads: the run has started, and how far. */
export default function BulkStartingDialog<I extends BulkItem>({ title, runner }: BulkResultsModalProps<I>) {
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
