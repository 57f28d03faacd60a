import { Alert, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../../api/models';
import { serverCalls } from '../../../../api/servers';
import { useFeedback } from '../../../../components/feedback/feedback';
import { canDetach, volumeLabel } from '../../../../domain/volumes';
import { useRequiredSession } from '../../../../lib/use-session';
import { useDetachVolume } from '../../../../queries/volume-attachments';
import { serverLabel, useServerNames } from '../../server-names';
import { ActionModal } from '../action-modal';
import { useReasonText } from '../use-reason-text';

interface Values {
  attachmentId?: string;
}

/**
 * Nova detach of one attachment, confirmed by naming the server. A multiattach volume lists its attachments
 * to choose from; the Attachments tab opens it on the row's attachment.
 */
export function DetachVolumeModal({ volume, attachmentId, onClose }: { volume: Volume; attachmentId?: string; onClose: () => void }) {
  const { t } = useTranslation('volume-actions');
  const { message } = useFeedback();
  const session = useRequiredSession();
  const reasonText = useReasonText();
  const [form] = Form.useForm<Values>();
  const names = useServerNames([volume]);
  const mutation = useDetachVolume(volume.id);
  const attachments = volume.attachments ?? [];
  const chosenId = Form.useWatch('attachmentId', form) ?? attachmentId ?? attachments[0]?.attachment_id;
  const chosen = attachments.find((a) => a.attachment_id === chosenId);
  const server = chosen ? serverLabel(chosen.server_id, names[chosen.server_id]) : '';
  const verdict = canDetach({ volume, version: session.volumeApiVersion, compute: true });
  return (
    <ActionModal<Values>
      cli={() => (chosen ? serverCalls.removeVolume(chosen.server_id, volume.id) : null)}
      title={t('detach.title', { name: volumeLabel(volume) })}
      okText={t('detach.submit')}
      danger
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      okDisabled={!verdict.allowed || !chosen}
      initialValues={{ attachmentId: chosenId }}
      onSubmit={() => {
        if (!chosen) return;
        mutation.mutate(
          { serverId: chosen.server_id },
          {
            onSuccess: () => {
              message.success(t('detach.done', { name: volumeLabel(volume), server }));
              onClose();
            },
          },
        );
      }}
    >
      {!verdict.allowed ? <Alert type="warning" showIcon title={reasonText(verdict.reason)} style={{ marginBottom: 16 }} /> : null}
      {attachments.length > 1 ? (
        <Form.Item name="attachmentId" label={t('detach.which')}>
          <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
            {attachments.map((a) => (
              <Radio key={a.attachment_id} value={a.attachment_id}>
                {t('detach.onDevice', { server: serverLabel(a.server_id, names[a.server_id]), device: a.device || '?' })}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
      ) : null}
      {chosen ? <p>{t('detach.confirm', { name: volumeLabel(volume), server })}</p> : null}
    </ActionModal>
  );
}
