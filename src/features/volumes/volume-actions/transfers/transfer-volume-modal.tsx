import { Checkbox, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { supports } from '../../../../api/microversion';
import type { Volume } from '../../../../api/models';
import { transferCalls } from '../../../../api/volume-transfers';
import { useFeedback } from '../../../../components/feedback/feedback';
import { NAME_MAX, volumeLabel } from '../../../../domain/volumes';
import { useRequiredSession } from '../../../../lib/use-session';
import { useCreateTransfer } from '../../../../queries/volume-transfers';
import { ActionModal } from '../action-modal';
import { TransferKeyPanel } from './transfer-key-panel';

interface Values {
  name: string;
  noSnapshots: boolean;
}

/** "Transfer": creates the transfer, then shows its id and key once (TransferKeyPanel). */
export function TransferVolumeModal({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  const { t } = useTranslation(['transfers', 'volume-actions']);
  const session = useRequiredSession();
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const create = useCreateTransfer();
  const [created, setCreated] = useState<{ id: string; authKey: string } | null>(null);
  const withSnapshotsChoice = supports(session, 'volumeTransfers');
  const input = (values: Partial<Values>) => ({ volumeId: volume.id, name: values.name, noSnapshots: !!values.noSnapshots });

  if (created) return <TransferKeyPanel volumeName={volumeLabel(volume)} transferId={created.id} authKey={created.authKey} onClose={onClose} />;
  return (
    <ActionModal<Values>
      cli={(values) => transferCalls.create(input(values))}
      title={t('transfer.title', { name: volumeLabel(volume) })}
      okText={t('transfer.submit')}
      form={form}
      pending={create.isPending}
      error={create.error}
      onClose={onClose}
      initialValues={{ name: '', noSnapshots: false }}
      onSubmit={(values) =>
        create.mutate(input(values), {
          onSuccess: (transfer) => {
            setCreated({ id: transfer.id, authKey: transfer.auth_key });
            create.reset();
            message.success(t('transfer.createdTitle', { name: volumeLabel(volume) }));
          },
        })
      }
    >
      <Typography.Paragraph type="secondary">{t('transfer.intro')}</Typography.Paragraph>
      <Form.Item name="name" label={t('transfer.name')} extra={t('transfer.nameHelp')} rules={[{ max: NAME_MAX, message: t('volume-actions:validation.nameTooLong', { max: NAME_MAX }) }]}>
        <Input autoFocus autoComplete="off" />
      </Form.Item>
      {withSnapshotsChoice ? (
        <Form.Item name="noSnapshots" valuePropName="checked" extra={t('transfer.noSnapshotsHelp')}>
          <Checkbox>{t('transfer.noSnapshots')}</Checkbox>
        </Form.Item>
      ) : null}
    </ActionModal>
  );
}
