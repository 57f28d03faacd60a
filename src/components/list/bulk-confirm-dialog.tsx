import { Alert, Modal, Space, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkItem } from './bulk-runner';
import type { BlockedItem } from './bulk-plan';
import { preloadBulkResults } from './bulk-results-modal';

export interface BulkConfirmDialogProps<I extends BulkItem> {
  open: boolean;
  title: ReactNode;
  /** What running it means ("the data will be lost"). */
  intro: ReactNode;
  runnable: readonly I[];
  blocked: readonly BlockedItem<I>[];
  okText: (count: number) => string;
  onCancel: () => void;
  /** Called with the runnable items only. */
  onConfirm: (items: I[]) => void;
  /** Further warnings (dependents, order). */
  children?: ReactNode;
}

/**
 * Confirms a bulk delete after each item's rules ran: lists what will be sent and, apart, what cannot run
 * now with its reason (never sent). Loads the results dialog meanwhile, so progress shows at once.
 */
export function BulkConfirmDialog<I extends BulkItem>({ open, title, intro, runnable, blocked, okText, onCancel, onConfirm, children }: BulkConfirmDialogProps<I>) {
  const { t } = useTranslation(['list', 'app']);
  useEffect(() => {
    if (open) preloadBulkResults();
  }, [open]);
  return (
    <Modal
      open={open}
      title={title}
      okText={okText(runnable.length)}
      okButtonProps={{ danger: true, disabled: runnable.length === 0 }}
      cancelText={t('app:actions.cancel')}
      onCancel={onCancel}
      onOk={() => onConfirm([...runnable])}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>{intro}</Typography.Paragraph>
        {runnable.length ? (
          <ul aria-label={t('bulk.toRun', { count: runnable.length })} style={{ maxHeight: 200, overflow: 'auto', margin: 0 }}>
            {runnable.map(({ id, label }) => (
              <li key={id}>{label}</li>
            ))}
          </ul>
        ) : null}
        {blocked.length ? (
          <Alert
            type="warning"
            showIcon
            title={runnable.length ? t('bulk.blocked', { count: blocked.length }) : t('bulk.noneRunnable')}
            description={
              <ul aria-label={t('bulk.blockedList')} style={{ maxHeight: 200, overflow: 'auto', margin: 0, paddingInlineStart: 20 }}>
                {blocked.map(({ item, reason }) => (
                  <li key={item.id}>
                    <Typography.Text strong>{item.label}</Typography.Text>: {reason}
                  </li>
                ))}
              </ul>
            }
          />
        ) : null}
        {children}
      </Space>
    </Modal>
  );
}

export default BulkConfirmDialog;
