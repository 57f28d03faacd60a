import { useQuery } from '@tanstack/react-query';
import { Alert, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../api/models';
import { useIsAdmin } from '../../../lib/use-session';
import { createdVolumesOptions } from '../../../queries/snapshots';
import { deleteBlock } from '../../../domain/snapshots';

interface Props {
  snapshots: Snapshot[];
  open: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Confirms a bulk delete; names the snapshots volumes were created from (a warning, not a block). */
export function BulkDeleteConfirm({ snapshots, open, onCancel, onConfirm }: Props) {
  const { t } = useTranslation(['snapshots', 'app']);
  const isAdmin = useIsAdmin();
  const ids = snapshots.map((s) => s.id);
  const dependents = useQuery({ ...createdVolumesOptions(ids, isAdmin), enabled: open && ids.length > 0 });
  const usedIds = new Set((dependents.data?.volumes ?? []).map((v) => v.snapshot_id));
  const used = snapshots.filter((s) => usedIds.has(s.id));
  const blocked = snapshots.filter((s) => deleteBlock(s) !== null).length;
  return (
    <Modal
      open={open}
      title={t('delete.bulkTitle', { count: snapshots.length })}
      okText={t('app:actions.delete')}
      okButtonProps={{ danger: true }}
      cancelText={t('app:actions.cancel')}
      onCancel={onCancel}
      onOk={onConfirm}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('delete.text')}</Typography.Paragraph>
        <Typography.Text>{snapshots.map((s) => s.name || s.id).join(', ')}</Typography.Text>
        {blocked ? <Alert type="warning" showIcon title={t('delete.bulkSkipped', { count: blocked })} /> : null}
        {used.length ? <Alert type="warning" showIcon title={t('delete.bulkDependents', { names: used.map((s) => s.name || s.id).join(', ') })} /> : null}
        {dependents.isError ? <Alert type="info" showIcon title={t('delete.dependentsUnknown')} /> : null}
      </Space>
    </Modal>
  );
}
