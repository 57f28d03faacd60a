import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { transferCalls } from '../../../../api/volume-transfers';
import { useFeedback } from '../../../../components/feedback/feedback';
import { UUID_PATTERN } from '../../list-schema';
import { useRequiredSession } from '../../../../lib/use-session';
import { useAcceptTransfer } from '../../../../queries/volume-transfers';
import { ActionModal } from '../action-modal';

interface Values {
  transferId: string;
  authKey: string;
}

/**
 * "Accept transfer": the id and key someone handed over. The key field is a password field (not echoed
 * to onlookers, never autofilled or remembered); on success the accepted volume opens.
 */
export function AcceptTransferModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['transfers', 'volume-actions']);
  const session = useRequiredSession();
  const navigate = useNavigate();
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const accept = useAcceptTransfer();
  return (
    <ActionModal<Values>
      // The CLI line masks the key (src/lib/cli/commands/transfers.ts).
      cli={(values) => transferCalls.accept(values.transferId?.trim() || '<transfer-id>', values.authKey ?? '')}
      title={t('accept.title')}
      okText={t('accept.submit')}
      form={form}
      pending={accept.isPending}
      error={accept.error}
      onClose={onClose}
      initialValues={{ transferId: '', authKey: '' }}
      onSubmit={(values) =>
        accept.mutate(
          { transferId: values.transferId.trim(), authKey: values.authKey.trim() },
          {
            onSuccess: (transfer) => {
              message.success(t('accept.done', { project: session.project.name }));
              onClose();
              navigate(`/volumes/${encodeURIComponent(transfer.volume_id)}`);
            },
          },
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('accept.intro', { project: session.project.name })}</Typography.Paragraph>
      <Form.Item
        name="transferId"
        label={t('accept.id')}
        rules={[
          { required: true, whitespace: true, message: t('accept.idRequired') },
          { pattern: UUID_PATTERN, message: t('accept.idInvalid') },
        ]}
      >
        <Input autoFocus autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item name="authKey" label={t('accept.key')} rules={[{ required: true, whitespace: true, message: t('accept.keyRequired') }]}>
        <Input.Password autoComplete="off" spellCheck={false} />
      </Form.Item>
    </ActionModal>
  );
}
