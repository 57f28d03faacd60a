import { Form, Input, Modal, Typography } from 'antd';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DISABLED_REASON_MAX, serviceCalls, type CinderService } from '../../../api/admin/services';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { useFeedback } from '../../../components/feedback/feedback';
import type { ServiceChange } from '../../../queries/services';

interface DisableServiceModalProps {
  service: CinderService | null;
  onClose: () => void;
  change: UseMutationResult<void, Error, ServiceChange>;
}

/** Disable a service with the reason other admins will read; a disabled cinder-volume takes no new volumes. */
export function DisableServiceModal({ service, onClose, change }: DisableServiceModalProps) {
  const { t } = useTranslation(['services', 'app']);
  const { message } = useFeedback();
  const [form] = Form.useForm<{ reason: string }>();
  const reason = Form.useWatch('reason', form) ?? '';

  const submit = async () => {
    if (!service) return;
    let values: { reason: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    change.mutate(
      { host: service.host, binary: service.binary, enable: false, reason: values.reason.trim() },
      {
        onSuccess: () => {
          message.success(t('disable.done', { binary: service.binary, host: service.host }));
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open={!!service}
      title={service ? t('disable.title', { binary: service.binary, host: service.host }) : ''}
      okText={t('disable.button')}
      okButtonProps={{ danger: true }}
      cancelText={t('app:actions.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      {service ? (
        <>
          <Typography.Paragraph>{service.binary === 'cinder-volume' ? t('disable.volumeEffect') : t('disable.effect')}</Typography.Paragraph>
          <Form form={form} layout="vertical" preserve={false} initialValues={{ reason: '' }}>
            <Form.Item
              name="reason"
              label={t('disable.reason')}
              extra={t('disable.reasonHelp')}
              rules={[
                { required: true, whitespace: true, message: t('disable.reasonRequired') },
                { max: DISABLED_REASON_MAX, message: t('disable.reasonTooLong', { max: DISABLED_REASON_MAX }) },
              ]}
            >
              <Input.TextArea aria-label={t('disable.reason')} rows={2} maxLength={DISABLED_REASON_MAX} showCount />
            </Form.Item>
          </Form>
          {change.isError ? <ApiErrorAlert error={change.error} /> : null}
          <CliEquivalent request={serviceCalls.disable(service.host, service.binary, reason)} />
        </>
      ) : null}
    </Modal>
  );
}
