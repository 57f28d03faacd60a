import { CheckCircleFilled, ClockCircleOutlined, CloseCircleFilled, LoadingOutlined } from '@ant-design/icons';
import { Button, Modal, Progress, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { useErrorMessage } from '../api-error-alert';
import type { BulkItem, BulkResult, BulkRunner } from './bulk-runner';
import { ItemList } from '../item-list';

export interface BulkResultsModalProps<I extends BulkItem> {
  title: ReactNode;
  runner: BulkRunner<I>;
}

function StateIcon({ state }: { state: BulkResult['state'] }) {
  if (state === 'success') return <CheckCircleFilled style={{ color: '#16a34a' }} aria-hidden />;
  if (state === 'failed') return <CloseCircleFilled style={{ color: '#dc2626' }} aria-hidden />;
  if (state === 'running') return <LoadingOutlined aria-hidden />;
  return <ClockCircleOutlined aria-hidden />;
}

/** One line per item: done / failed with the server's reason and request id; "Retry failed" re-runs only those. */
export default function BulkResultsDialog<I extends BulkItem>({ title, runner }: BulkResultsModalProps<I>) {
  const { t } = useTranslation('list');
  const messageOf = useErrorMessage();
  const { results, running } = runner;
  const succeeded = results.filter((r) => r.state === 'success').length;
  const failed = results.filter((r) => r.state === 'failed').length;
  const finished = succeeded + failed;
  const stateLabel = {
    pending: t('bulk.pending'),
    running: t('bulk.running'),
    success: t('bulk.success'),
    failed: t('bulk.failed'),
  } as const;

  return (
    <Modal
      open={runner.open}
      title={title}
      onCancel={running ? undefined : runner.close}
      closable={!running}
      mask={{ closable: false }}
      footer={[
        failed > 0 ? (
          <Button key="retry" type="primary" disabled={running} onClick={() => void runner.retryFailed()}>
            {t('bulk.retryFailed', { count: failed })}
          </Button>
        ) : null,
        <Button key="close" disabled={running} onClick={runner.close}>
          {t('actions.close')}
        </Button>,
      ]}
    >
      <Progress
        percent={results.length ? Math.round((finished / results.length) * 100) : 0}
        success={{ percent: results.length ? Math.round((succeeded / results.length) * 100) : 0 }}
        status={running ? 'active' : failed ? 'exception' : 'success'}
        aria-label={t('bulk.progress')}
      />
      <Typography.Paragraph role="status" aria-live="polite">
        {running ? t('bulk.inProgress', { done: finished, total: results.length }) : t('bulk.summary', { succeeded, failed })}
      </Typography.Paragraph>
      <ItemList
        aria-label={t('bulk.results')}
        items={results}
        itemKey={(r) => r.item.id}
        style={{ maxHeight: 360, overflow: 'auto' }}
        renderItem={(result) => (
          <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
            <StateIcon state={result.state} />
            <div>
              <div>
                {result.item.label} — <span>{stateLabel[result.state]}</span>
              </div>
              {result.state === 'failed' ? (
                <>
                  <Typography.Text type="danger">{messageOf(result.error)}</Typography.Text>
                  {isApiError(result.error) && result.error.requestId ? (
                    <div>
                      <Typography.Text type="secondary">
                        {t('bulk.requestId')}: <Typography.Text code copyable>{result.error.requestId}</Typography.Text>
                      </Typography.Text>
                    </div>
                  ) : null}
                </>
              ) : null}
            </div>
          </div>
        )}
      />
    </Modal>
  );
}
