import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Backup } from '../../../api/backup-models';
import { volumeActionCalls } from '../../../api/volume-actions';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { useFeedback } from '../../../components/feedback/feedback';
import { newVolumeSizeProblem } from '../../../domain/backups';
import { useRequiredSession } from '../../../lib/use-session';
import { useCreateVolumeFromBackup } from '../../../queries/backups';
import { volumeTypeListOptions } from '../../../queries/volume-types';
import { useBackupReasons } from './reasons';

interface Values {
  name?: string;
  size: number;
  volumeType?: string;
  description?: string;
}

/** `POST /volumes` with `backup_id` (3.47): a new volume holding the backup's data, at least its size. */
export function CreateVolumeFromBackupModal({ backup, onClose }: { backup: Backup; onClose: () => void }) {
  const { t } = useTranslation(['backups', 'app']);
  const { message } = useFeedback();
  const session = useRequiredSession();
  const blocked = useBackupReasons(session.volumeApiVersion).createVolume(backup);
  const [form] = Form.useForm<Values>();
  const watched = Form.useWatch((all: Values) => all, form) as Values | undefined;
  const create = useCreateVolumeFromBackup();
  const types = useQuery({ ...volumeTypeListOptions('public'), staleTime: 60_000 });
  const toBody = (values: Partial<Values> | undefined) => ({
    backup_id: backup.id,
    size: values?.size,
    name: values?.name?.trim() || undefined,
    description: values?.description?.trim() || undefined,
    volume_type: values?.volumeType,
  });
  const sizeMessage = (size: number | null | undefined) => {
    switch (newVolumeSizeProblem(size, backup.size)) {
      case 'required':
        return t('createVolume.sizeRequired');
      case 'integer':
        return t('createVolume.sizeInteger');
      case 'tooSmall':
        return t('createVolume.sizeTooSmall', { size: backup.size });
      default:
        return null;
    }
  };
  return (
    <Modal
      open
      title={t('createVolume.title')}
      okText={t('app:actions.create')}
      cancelText={t('app:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: create.isPending, disabled: !!blocked }}
    >
      {blocked ? <Alert type="warning" showIcon title={blocked} style={{ marginBottom: 16 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="create-volume-from-backup"
        initialValues={{ size: backup.size }}
        onFinish={(values) =>
          create.mutate(
            { ...toBody(values), size: values.size },
            {
              onSuccess: (volume) => {
                message.success(
                  <span>
                    {t('createVolume.success', { name: volume.name || volume.id })} <Link to={`/volumes/${volume.id}`}>{t('createVolume.open')}</Link>
                  </span>,
                );
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="name" label={t('createVolume.name')} rules={[{ max: 255 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="size"
          label={t('createVolume.size')}
          extra={t('createVolume.sizeHelp', { size: backup.size })}
          rules={[{ validator: (_, value: number | null) => (sizeMessage(value) ? Promise.reject(new Error(sizeMessage(value)!)) : Promise.resolve()) }]}
        >
          <InputNumber min={1} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="volumeType" label={t('createVolume.type')}>
          <Select
            allowClear
            loading={types.isLoading}
            placeholder={t('createVolume.typeDefault')}
            options={(types.data ?? []).map((type) => ({ value: type.name, label: type.name }))}
          />
        </Form.Item>
        <Form.Item name="description" label={t('createVolume.description')} rules={[{ max: 255 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {create.isError ? <ApiErrorAlert error={create.error} /> : null}
      </Form>
      <CliEquivalent request={volumeActionCalls.create(toBody(watched))} />
    </Modal>
  );
}
