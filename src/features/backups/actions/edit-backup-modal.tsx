import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../api/backup-models';
import { backupCalls, type UpdateBackupInput } from '../../../api/backups';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { useFeedback } from '../../../components/feedback/feedback';
import { changedFields } from '../../../domain/snapshots';
import { useUpdateBackup } from '../../../queries/backups';

interface Values {
  name: string;
  description: string;
}

/** PUT /backups/{id} (3.9+): name and description; only what changed is sent. */
export function EditBackupModal({ backup, onClose }: { backup: Backup; onClose: () => void }) {
  const { t } = useTranslation(['backups', 'app']);
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const watched = Form.useWatch((all: Values) => all, form) as Values | undefined;
  const update = useUpdateBackup(backup.id);
  const changes: UpdateBackupInput = watched ? changedFields(backup, watched) : {};
  return (
    <Modal
      open
      title={t('edit.title')}
      okText={t('app:actions.save')}
      cancelText={t('app:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: update.isPending }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="edit-backup"
        initialValues={{ name: backup.name ?? '', description: backup.description ?? '' }}
        onFinish={(values) => {
          const input = changedFields(backup, values);
          if (!Object.keys(input).length) {
            message.info(t('edit.nothingChanged'));
            onClose();
            return;
          }
          update.mutate(input, {
            onSuccess: () => {
              message.success(t('edit.success'));
              onClose();
            },
          });
        }}
      >
        <Form.Item name="name" label={t('fields.name')} rules={[{ max: 255 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="description" label={t('fields.description')} rules={[{ max: 255 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {update.isError ? <ApiErrorAlert error={update.error} /> : null}
      </Form>
      <CliEquivalent request={Object.keys(changes).length ? backupCalls.update(backup.id, changes) : null} />
    </Modal>
  );
}
