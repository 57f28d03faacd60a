import { Alert, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../api/backup-models';
import { backupCalls, backupResetStatuses, type BackupResetStatus } from '../../../api/backups';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { useFeedback } from '../../../components/feedback/feedback';
import { backupLabel } from '../../../domain/backups';
import { useForceDeleteBackup, useResetBackupStatus } from '../../../queries/backups';
import { useBackupStatusLabel } from './reasons';
import { useStatusWithCode } from '../../../components/list/status-badge';

interface Props {
  backup: Backup;
  onClose: () => void;
}

/** Admin: os-reset_status (available or error) — changes only the database record. */
export function ResetBackupStatusModal({ backup, onClose }: Props) {
  const { t } = useTranslation(['backups', 'app']);
  const { message } = useFeedback();
  const statusLabel = useBackupStatusLabel();
  const withCode = useStatusWithCode();
  const reset = useResetBackupStatus(backup.id);
  const [status, setStatus] = useState<BackupResetStatus>('available');
  const name = backupLabel(backup);
  return (
    <Modal
      open
      title={t('reset.title', { name })}
      okText={t('actions.resetStatus')}
      cancelText={t('app:actions.cancel')}
      okButtonProps={{ loading: reset.isPending }}
      onCancel={onClose}
      onOk={() =>
        reset.mutate(status, {
          onSuccess: () => {
            message.success(t('reset.success', { name, status: statusLabel(status) }));
            onClose();
          },
        })
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="warning" showIcon title={t('reset.text')} />
        <Form layout="vertical">
          <Form.Item label={t('reset.status')} htmlFor="backup-reset-status">
            <Select<BackupResetStatus>
              id="backup-reset-status"
              value={status}
              onChange={setStatus}
              showSearch={{ optionFilterProp: 'label' }}
              options={backupResetStatuses.map((s) => ({ value: s, label: withCode(statusLabel(s), s) }))}
            />
          </Form.Item>
        </Form>
        <CliEquivalent request={backupCalls.resetStatus(backup.id, status)} />
        {reset.isError ? <ApiErrorAlert error={reset.error} /> : null}
      </Space>
    </Modal>
  );
}

/** Admin: os-force_delete whatever the status, confirmed by typing the backup's name (or id). */
export function ForceDeleteBackupModal({ backup, onClose, onDeleted }: Props & { onDeleted?: () => void }) {
  const { t } = useTranslation(['backups', 'app']);
  const { message } = useFeedback();
  const forceDelete = useForceDeleteBackup(backup.id);
  const [typed, setTyped] = useState('');
  const name = backupLabel(backup);
  return (
    <Modal
      open
      title={t('forceDelete.title', { name })}
      okText={t('actions.forceDelete')}
      cancelText={t('app:actions.cancel')}
      okButtonProps={{ danger: true, loading: forceDelete.isPending, disabled: typed.trim() !== name }}
      onCancel={onClose}
      onOk={() =>
        forceDelete.mutate(undefined, {
          onSuccess: () => {
            message.success(t('forceDelete.success', { name }));
            onClose();
            onDeleted?.();
          },
        })
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('forceDelete.text')}</Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('restore.confirmHelp', { name })} htmlFor="backup-force-delete-confirm">
            <Input id="backup-force-delete-confirm" value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />
          </Form.Item>
        </Form>
        <CliEquivalent request={backupCalls.forceDelete(backup.id)} />
        {forceDelete.isError ? <ApiErrorAlert error={forceDelete.error} /> : null}
      </Space>
    </Modal>
  );
}
