import { Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useStatusHistory } from '../../../lib/status-history';
import { useBackupStatusLabel } from '../actions/reasons';

const ACTION_KEYS = {
  create: 'detail.actionLabel.create',
  update: 'detail.actionLabel.update',
  delete: 'detail.actionLabel.delete',
  restore: 'detail.actionLabel.restore',
  resetStatus: 'detail.actionLabel.resetStatus',
  forceDelete: 'detail.actionLabel.forceDelete',
} as const;

const isKnownAction = (action: string): action is keyof typeof ACTION_KEYS => Object.hasOwn(ACTION_KEYS, action);

/** The statuses the activity center saw this backup pass through, per action made from this tab. */
export function StatusHistoryTab({ backupId }: { backupId: string }) {
  const { t } = useTranslation('backups');
  const statusLabel = useBackupStatusLabel();
  const operations = useStatusHistory(backupId);
  if (!operations.length) return <Empty description={t('detail.historyEmpty')} />;
  return (
    <Timeline
      items={operations.flatMap((op) => [
        {
          key: op.id,
          color: op.phase === 'failed' ? 'red' : op.phase === 'running' ? 'blue' : 'green',
          children: (
            <Typography.Text strong>
              {dayjs(op.startedAt).format('HH:mm:ss')} {t('detail.historyBy', { action: t(isKnownAction(op.action) ? ACTION_KEYS[op.action] : 'detail.actionLabel.other'), user: op.user })}
              {op.error ? <Typography.Text type="danger"> — {op.error}</Typography.Text> : null}
            </Typography.Text>
          ),
        },
        ...op.transitions.map((transition, index) => ({
          key: `${op.id}-${index}`,
          color: 'gray',
          children: `${dayjs(transition.at).format('HH:mm:ss')} ${statusLabel(transition.status)}`,
        })),
      ])}
    />
  );
}
