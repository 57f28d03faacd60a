import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { manageCalls, unmanageVolume } from '../../../../api/admin/manage';
import type { Volume } from '../../../../api/models';
import { useFeedback } from '../../../../components/feedback/feedback';
import { canUnmanage, volumeLabel } from '../../../../domain/volumes';
import { useRequiredSession } from '../../../../lib/use-session';
import { manageableKeys } from '../../../../queries/manage';
import { useVolumeMutation, volumeSnapshotsOptions } from '../../../../queries/volume-actions';
import { ActionModal } from '../action-modal';
import { useReasonText } from '../use-reason-text';

/** os-unmanage: Cinder forgets the volume (unmanaging → gone); its data stays on the backend, manageable again. */
export function UnmanageVolumeModal({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  const { t } = useTranslation(['volume-manage', 'volume-actions']);
  const { message } = useFeedback();
  const session = useRequiredSession();
  const reasonText = useReasonText();
  const client = useQueryClient();
  const [form] = Form.useForm<Record<string, never>>();
  const snapshots = useQuery(volumeSnapshotsOptions(volume.id));
  const verdict = canUnmanage({ volume, version: session.volumeApiVersion, snapshots: snapshots.data });
  const mutation = useVolumeMutation({ volumeId: volume.id, mutationFn: () => unmanageVolume(volume.id), transitional: 'unmanaging' });
  const host = volume['os-vol-host-attr:host'];
  return (
    <ActionModal<Record<string, never>>
      cli={() => manageCalls.unmanageVolume(volume.id)}
      title={t('unmanage.title', { name: volumeLabel(volume) })}
      okText={t('unmanage.submit')}
      danger
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      okDisabled={!verdict.allowed}
      onSubmit={() =>
        mutation.mutate(undefined, {
          onSuccess: () => {
            void client.invalidateQueries({ queryKey: manageableKeys.all });
            message.success(t('unmanage.done', { name: volumeLabel(volume) }));
            onClose();
          },
        })
      }
    >
      <Typography.Paragraph>{t('unmanage.text')}</Typography.Paragraph>
      {host ? <Typography.Paragraph type="secondary">{t('unmanage.host', { host })}</Typography.Paragraph> : null}
      {!verdict.allowed ? <Alert type="warning" showIcon title={reasonText(verdict.reason)} /> : null}
    </ActionModal>
  );
}
