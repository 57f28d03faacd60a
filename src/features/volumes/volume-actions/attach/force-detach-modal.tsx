import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume, VolumeAttachment } from '../../../../api/models';
import { hasCompute } from '../../../../api/servers';
import { volumeActionCalls } from '../../../../api/volume-actions';
import { useFeedback } from '../../../../components/feedback/feedback';
import { canForceDetach, volumeLabel } from '../../../../domain/volumes';
import { useRequiredSession } from '../../../../lib/use-session';
import { useForceDetach } from '../../../../queries/volume-attachments';
import { serverLabel, useServerNames } from '../../server-names';
import { ActionModal } from '../action-modal';
import { useReasonText } from '../use-reason-text';

/** Admin: Cinder's os-force_detach of one attachment, offered only where Cinder allows it (the server is gone). */
export function ForceDetachModal({ volume, attachment, onClose }: { volume: Volume; attachment: VolumeAttachment; onClose: () => void }) {
  const { t } = useTranslation('volume-actions');
  const { message } = useFeedback();
  const reasonText = useReasonText();
  const compute = hasCompute(useRequiredSession());
  const [form] = Form.useForm<Record<string, never>>();
  const names = useServerNames([volume]);
  const known = names[attachment.server_id];
  // Without Nova in the catalog nothing can be asked: Cinder decides.
  const verdict = canForceDetach(attachment, compute ? (known === undefined ? undefined : known !== null) : undefined);
  const server = serverLabel(attachment.server_id, known);
  const mutation = useForceDetach(volume.id);
  return (
    <ActionModal<Record<string, never>>
      cli={() => volumeActionCalls.forceDetach(volume.id, attachment.attachment_id)}
      title={t('forceDetach.title', { name: volumeLabel(volume) })}
      okText={t('forceDetach.submit')}
      danger
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      okDisabled={!verdict.allowed}
      onSubmit={() =>
        mutation.mutate(
          { attachmentId: attachment.attachment_id },
          {
            onSuccess: () => {
              message.success(t('forceDetach.done', { name: volumeLabel(volume), server }));
              onClose();
            },
          },
        )
      }
    >
      <Alert type="error" showIcon title={t('forceDetach.warning', { server })} style={{ marginBottom: 16 }} />
      {!verdict.allowed ? <Alert type="warning" showIcon title={reasonText(verdict.reason)} /> : null}
    </ActionModal>
  );
}
