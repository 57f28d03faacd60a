import { useQuery } from '@tanstack/react-query';
import { Alert, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../api/models';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { snapshotCalls } from '../../../api/snapshots';
import { useIsAdmin } from '../../../lib/use-session';
import { createdVolumesOptions, useDeleteSnapshot } from '../../../queries/snapshots';
import { useDeleteBlockReason } from './reasons';
import { useFeedback } from '../../../components/feedback/feedback';

interface Props {
  snapshot: Snapshot;
  open: boolean;
  onClose: () => void;
  onDeleted?: () => void;
}

/** Confirm one delete; warns (without blocking) when volumes were created from the snapshot. */
export function DeleteSnapshotModal({ snapshot, open, onClose, onDeleted }: Props) {
  const { t } = useTranslation(['snapshots', 'app']);
  const { message } = useFeedback();
  const isAdmin = useIsAdmin();
  const remove = useDeleteSnapshot();
  const blocked = useDeleteBlockReason()(snapshot);
  const dependents = useQuery({ ...createdVolumesOptions([snapshot.id], isAdmin), enabled: open });
  const name = snapshot.name || snapshot.id;

  return (
    <Modal
      open={open}
      title={t('delete.title', { name })}
      okText={t('app:actions.delete')}
      okButtonProps={{ danger: true, loading: remove.isPending, disabled: !!blocked }}
      cancelText={t('app:actions.cancel')}
      onCancel={() => {
        remove.reset();
        onClose();
      }}
      onOk={() =>
        remove.mutate(snapshot.id, {
          onSuccess: () => {
            message.success(t('delete.success', { name }));
            onClose();
            onDeleted?.();
          },
        })
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('delete.text')}</Typography.Paragraph>
        {blocked ? <Alert type="error" showIcon title={blocked} /> : null}
        {dependents.data?.volumes.length ? (
          <Alert
            type="warning"
            showIcon
            title={t('delete.dependents', { count: dependents.data.volumes.length })}
            description={dependents.data.volumes.map((v) => v.name || v.id).join(', ')}
          />
        ) : null}
        {dependents.isError ? <Alert type="info" showIcon title={t('delete.dependentsUnknown')} /> : null}
        <CliEquivalent request={snapshotCalls.remove(snapshot.id)} />
        {remove.isError ? <ApiErrorAlert error={remove.error} /> : null}
      </Space>
    </Modal>
  );
}
