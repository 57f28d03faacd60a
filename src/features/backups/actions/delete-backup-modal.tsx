import { Alert, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../api/backup-models';
import { backupCalls } from '../../../api/backups';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { useFeedback } from '../../../components/feedback/feedback';
import { backupLabel } from '../../../domain/backups';
import { useRequiredSession } from '../../../lib/use-session';
import { useDeleteBackup } from '../../../queries/backups';
import { useBackupReasons } from './reasons';

/** Confirm one delete; refused up front (with Cinder's reason) while incrementals depend on it or it is busy. */
export function DeleteBackupModal({ backup, onClose, onDeleted }: { backup: Backup; onClose: () => void; onDeleted?: () => void }) {
  const { t } = useTranslation(['backups', 'app']);
  const { message } = useFeedback();
  const session = useRequiredSession();
  const blocked = useBackupReasons(session.volumeApiVersion).delete(backup);
  const remove = useDeleteBackup();
  const name = backupLabel(backup);
  return (
    <Modal
      open
      title={t('delete.title', { name })}
      okText={t('app:actions.delete')}
      okButtonProps={{ danger: true, loading: remove.isPending, disabled: !!blocked }}
      cancelText={t('app:actions.cancel')}
      onCancel={onClose}
      onOk={() =>
        remove.mutate(backup.id, {
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
        {blocked ? <Alert type="error" showIcon role="alert" title={blocked} /> : null}
        <CliEquivalent request={backupCalls.remove(backup.id)} />
        {remove.isError ? <ApiErrorAlert error={remove.error} /> : null}
      </Space>
    </Modal>
  );
}
