import { Alert, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../api/backup-models';
import { backupLabel } from '../../../domain/backups';

interface Props {
  backups: Backup[];
  /** How many of them Cinder would refuse now (status, dependent incrementals): still sent, reported per item. */
  blocked: number;
  open: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Confirms a bulk delete, saying up front which ones Cinder will refuse. */
export function BulkDeleteConfirm({ backups, blocked, open, onCancel, onConfirm }: Props) {
  const { t } = useTranslation(['backups', 'app']);
  return (
    <Modal
      open={open}
      title={t('delete.bulkTitle', { count: backups.length })}
      okText={t('app:actions.delete')}
      okButtonProps={{ danger: true }}
      cancelText={t('app:actions.cancel')}
      onCancel={onCancel}
      onOk={onConfirm}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('delete.text')}</Typography.Paragraph>
        <Typography.Text>{backups.map(backupLabel).join(', ')}</Typography.Text>
        {backups.some((b) => b.is_incremental) ? <Typography.Text type="secondary">{t('delete.bulkOrder')}</Typography.Text> : null}
        {blocked ? <Alert type="warning" showIcon title={t('delete.bulkSkipped', { count: blocked })} /> : null}
      </Space>
    </Modal>
  );
}
