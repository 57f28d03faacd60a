import { useQuery } from '@tanstack/react-query';
import { Alert, Checkbox, Descriptions, Form, Spin } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../../api/models';
import { revertVolume, volumeActionCalls } from '../../../../api/volume-actions';
import { useRequiredSession } from '../../../../lib/use-session';
import { ApiErrorAlert } from '../../../../components/api-error-alert';
import { ActionModal } from '../action-modal';
import { useVolumeMutation, volumeSnapshotsOptions } from '../../../../queries/volume-actions';
import { canRevert, latestSnapshot } from '../../../../domain/volumes';
import { useReasonText } from '../use-reason-text';
import { volumeLabel } from '../../../../domain/volumes';
import { useFeedback } from '../../../../components/feedback/feedback';

interface Values {
  confirm: boolean;
}

export function RevertVolumeModal({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  const { t } = useTranslation('volume-actions');
  const { message } = useFeedback();
  const session = useRequiredSession();
  const reasonText = useReasonText();
  const [form] = Form.useForm<Values>();
  const snapshots = useQuery(volumeSnapshotsOptions(volume.id));
  const latest = snapshots.data ? latestSnapshot(snapshots.data) : undefined;
  const verdict = snapshots.data ? canRevert({ volume, version: session.volumeApiVersion, snapshots: snapshots.data }) : null;
  const mutation = useVolumeMutation({
    volumeId: volume.id,
    mutationFn: (snapshotId: string) => revertVolume(volume.id, snapshotId),
    transitional: 'reverting',
  });
  return (
    <ActionModal<Values>
      cli={() => (latest ? volumeActionCalls.revert(volume.id, latest.id) : null)}
      title={t('revert.title', { name: volumeLabel(volume) })}
      okText={t('revert.submit')}
      danger
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      okDisabled={!latest || !verdict?.allowed}
      onSubmit={() =>
        latest &&
        mutation.mutate(latest.id, {
          onSuccess: () => {
            message.success(t('revert.done', { name: volumeLabel(volume), snapshot: latest.name || latest.id }));
            onClose();
          },
        })
      }
    >
      {snapshots.isPending ? <Spin /> : null}
      {snapshots.isError ? <ApiErrorAlert error={snapshots.error} /> : null}
      {verdict && !verdict.allowed ? <Alert type="warning" showIcon title={reasonText(verdict.reason)} style={{ marginBottom: 16 }} /> : null}
      {latest ? (
        <>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }} title={t('revert.latest')}>
            <Descriptions.Item label={t('fields.name')}>{latest.name || latest.id}</Descriptions.Item>
            <Descriptions.Item label={t('revert.takenAt')}>{dayjs(latest.created_at).format('YYYY-MM-DD HH:mm:ss')}</Descriptions.Item>
            <Descriptions.Item label={t('fields.size')}>{t('common.gib', { size: latest.size })}</Descriptions.Item>
            <Descriptions.Item label={t('fields.status')}>{latest.status}</Descriptions.Item>
          </Descriptions>
          <Alert type="warning" showIcon title={t('revert.warning', { time: dayjs(latest.created_at).format('YYYY-MM-DD HH:mm:ss') })} style={{ marginBottom: 16 }} />
          <Form.Item
            name="confirm"
            valuePropName="checked"
            rules={[{ validator: async (_r, value: boolean) => { if (!value) throw new Error(t('validation.confirmRequired')); } }]}
          >
            <Checkbox>{t('revert.confirm')}</Checkbox>
          </Form.Item>
        </>
      ) : null}
    </ActionModal>
  );
}
