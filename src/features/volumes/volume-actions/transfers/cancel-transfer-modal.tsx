import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../../api/models';
import { transferCalls } from '../../../../api/volume-transfers';
import { useFeedback } from '../../../../components/feedback/feedback';
import { volumeLabel } from '../../../../domain/volumes';
import { transferListOptions, useCancelTransfer } from '../../../../queries/volume-transfers';
import { ActionModal } from '../action-modal';

/** "Cancel transfer" on a volume awaiting one: finds its pending transfer and deletes it. */
export function CancelTransferModal({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  const { t } = useTranslation(['transfers', 'volume-actions']);
  const { message } = useFeedback();
  const [form] = Form.useForm<Record<string, never>>();
  const transfers = useQuery(transferListOptions({ volumeId: volume.id }));
  const transfer = transfers.data?.find((candidate) => candidate.volume_id === volume.id);
  const cancel = useCancelTransfer();
  return (
    <ActionModal<Record<string, never>>
      cli={() => (transfer ? transferCalls.remove(transfer.id) : null)}
      title={t('cancelTransfer.title', { name: volumeLabel(volume) })}
      okText={t('cancelTransfer.submit')}
      danger
      okDisabled={!transfer}
      form={form}
      pending={cancel.isPending}
      error={cancel.error ?? transfers.error}
      onClose={onClose}
      onSubmit={() =>
        transfer &&
        cancel.mutate(transfer.id, {
          onSuccess: () => {
            message.success(t('cancelTransfer.done', { name: volumeLabel(volume) }));
            onClose();
          },
        })
      }
    >
      <Typography.Paragraph>{t('cancelTransfer.body')}</Typography.Paragraph>
      {transfer ? (
        <Typography.Paragraph type="secondary">
          {t('cancelTransfer.transferName')}: <Typography.Text code>{transfer.name || transfer.id}</Typography.Text>
        </Typography.Paragraph>
      ) : null}
      {transfers.isSuccess && !transfer ? <Alert type="info" showIcon title={t('cancelTransfer.notFound')} /> : null}
    </ActionModal>
  );
}
