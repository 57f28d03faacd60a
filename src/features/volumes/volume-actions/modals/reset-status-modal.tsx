import { Alert, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../../api/models';
import { resetVolumeStatus, type ResetStatusBody, volumeActionCalls } from '../../../../api/volume-actions';
import { ActionModal } from '../action-modal';
import { useVolumeMutation } from '../../../../queries/volume-actions';
import { isAttached, RESET_ATTACH_STATUSES, RESET_MIGRATION_STATUSES, RESET_STATUSES } from '../../../../domain/volumes';
import { volumeLabel } from '../../../../domain/volumes';
import { useFeedback } from '../../../../components/feedback/feedback';
import { useStatusWithCode } from '../../../../components/list/status-badge';
import { useAttachStatusLabel, useMigrationStatusLabel, useVolumeStatusLabel } from '../../volume-status';

type Values = ResetStatusBody;

interface StatusSelectProps {
  label: string;
  options: { value: string; label: string }[];
  /** Given by the Form.Item around it. */
  value?: string;
  onChange?: (value: string | undefined) => void;
}

/** One of the dialog's three choices: empty leaves that field unchanged; searchable by label or Cinder's value. */
function StatusSelect({ label, options, ...field }: StatusSelectProps) {
  const { t } = useTranslation('volume-actions');
  return <Select {...field} aria-label={label} allowClear showSearch={{ optionFilterProp: 'label' }} options={options} placeholder={t('reset.unchanged')} />;
}

export function ResetStatusModal({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  const { t } = useTranslation('volume-actions');
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const mutation = useVolumeMutation({
    volumeId: volume.id,
    mutationFn: (values: Values) => resetVolumeStatus(volume.id, values),
    transitional: (values) => values.status,
    patch: (values) =>
      values.migration_status ? { migration_status: values.migration_status === 'none' ? null : values.migration_status } : {},
  });
  const statusLabel = useVolumeStatusLabel();
  const attachLabel = useAttachStatusLabel();
  const migrationLabel = useMigrationStatusLabel();
  // The localized label with Cinder's value beside it: admins know the raw values from the CLI and the logs.
  const withRaw = useStatusWithCode();
  const choices = (values: readonly string[], labelOf: (value: string) => string) => values.map((value) => ({ value, label: withRaw(labelOf(value), value) }));
  return (
    <ActionModal<Values>
      cli={(values) => (values.status || values.attach_status || values.migration_status ? volumeActionCalls.resetStatus(volume.id, values) : null)}
      title={t('reset.title', { name: volumeLabel(volume) })}
      okText={t('reset.submit')}
      danger
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      onSubmit={(values) =>
        mutation.mutate(values, {
          onSuccess: () => {
            message.success(t('reset.done', { name: volumeLabel(volume) }));
            onClose();
          },
        })
      }
    >
      <Alert type="warning" showIcon title={t('reset.warning')} style={{ marginBottom: 16 }} />
      <p>
        {t('reset.current', {
          status: withRaw(statusLabel(volume.status), volume.status),
          migration: withRaw(migrationLabel(volume.migration_status), volume.migration_status || 'none'),
        })}
      </p>
      <Form.Item
        name="status"
        label={t('reset.status')}
        rules={[
          {
            validator: async (_r, value: string | undefined) => {
              if (value === 'in-use' && !isAttached(volume)) throw new Error(t('validation.inUseNeedsAttachment'));
            },
          },
        ]}
      >
        <StatusSelect label={t('reset.status')} options={choices(RESET_STATUSES, statusLabel)} />
      </Form.Item>
      <Form.Item name="attach_status" label={t('reset.attachStatus')}>
        <StatusSelect label={t('reset.attachStatus')} options={choices(RESET_ATTACH_STATUSES, attachLabel)} />
      </Form.Item>
      <Form.Item
        name="migration_status"
        label={t('reset.migrationStatus')}
        dependencies={['status', 'attach_status']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_r, value: string | undefined) => {
              if (!value && !getFieldValue('status') && !getFieldValue('attach_status')) throw new Error(t('validation.resetNeedsOne'));
            },
          }),
        ]}
      >
        <StatusSelect label={t('reset.migrationStatus')} options={choices(RESET_MIGRATION_STATUSES, migrationLabel)} />
      </Form.Item>
    </ActionModal>
  );
}
