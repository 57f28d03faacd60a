import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../api/backup-models';
import { BulkConfirmModal, type BlockedItem, type BulkItem } from '../../../components/list';

interface Props {
  backups: Backup[];
  /** Judged by the Delete action's rules: what Cinder would delete now, and what it would refuse (not sent). */
  runnable: BulkItem[];
  blocked: BlockedItem[];
  open: boolean;
  onCancel: () => void;
  onConfirm: (items: BulkItem[]) => void;
}

/** Confirms a bulk delete, saying up front which ones Cinder would refuse (those are not sent). */
export function BulkDeleteConfirm({ backups, runnable, blocked, open, onCancel, onConfirm }: Props) {
  const { t } = useTranslation(['backups', 'app']);
  return (
    <BulkConfirmModal
      open={open}
      title={t('delete.bulkTitle', { count: backups.length })}
      intro={t('delete.text')}
      runnable={runnable}
      blocked={blocked}
      okText={(count) => t('delete.bulkConfirm', { count })}
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      {backups.some((b) => b.is_incremental) ? <Typography.Text type="secondary">{t('delete.bulkOrder')}</Typography.Text> : null}
    </BulkConfirmModal>
  );
}
