import { useQuery } from '@tanstack/react-query';
import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../../api/models';
import { hasCompute } from '../../../../api/servers';
import { forceDeleteVolume, volumeActionCalls } from '../../../../api/volume-actions';
import { useRequiredSession } from '../../../../lib/use-session';
import { ActionModal } from '../action-modal';
import { useVolumeMutation, volumeSnapshotsOptions } from '../../../../queries/volume-actions';
import { canForceDelete } from '../../../../domain/volumes';
import { useReasonText } from '../use-reason-text';
import { TypedConfirmation } from './typed-confirmation';
import { volumeLabel } from '../../../../domain/volumes';
import { useFeedback } from '../../../../components/feedback/feedback';

interface Values {
  confirmation: string;
}

export function ForceDeleteModal({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  const { t } = useTranslation('volume-actions');
  const { message } = useFeedback();
  const session = useRequiredSession();
  const reasonText = useReasonText();
  const [form] = Form.useForm<Values>();
  const snapshots = useQuery(volumeSnapshotsOptions(volume.id));
  const verdict = canForceDelete({ volume, version: session.volumeApiVersion, snapshots: snapshots.data, compute: hasCompute(session) });
  const mutation = useVolumeMutation({ volumeId: volume.id, mutationFn: () => forceDeleteVolume(volume.id), transitional: 'deleting' });
  return (
    <ActionModal<Values>
      cli={() => volumeActionCalls.forceDelete(volume.id)}
      title={t('forceDelete.title', { name: volumeLabel(volume) })}
      okText={t('forceDelete.submit')}
      danger
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      okDisabled={!verdict.allowed}
      onSubmit={() =>
        mutation.mutate(undefined, {
          onSuccess: () => {
            message.success(t('forceDelete.done', { name: volumeLabel(volume) }));
            onClose();
          },
        })
      }
    >
      <Alert type="error" showIcon title={t('forceDelete.warning', { status: volume.status })} style={{ marginBottom: 16 }} />
      {!verdict.allowed ? <Alert type="warning" showIcon title={reasonText(verdict.reason)} style={{ marginBottom: 16 }} /> : null}
      <TypedConfirmation volume={volume} />
    </ActionModal>
  );
}
