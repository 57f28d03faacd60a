import { useQuery } from '@tanstack/react-query';
import { Alert, Checkbox, Form, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../../api/models';
import { deleteVolume, volumeActionCalls } from '../../../../api/volume-actions';
import { ApiErrorAlert } from '../../../../components/api-error-alert';
import { ActionModal } from '../action-modal';
import { useVolumeMutation, volumeSnapshotsOptions } from '../../../../queries/volume-actions';
import { cascadeBlockers } from '../../../../domain/volumes';
import { TypedConfirmation } from './typed-confirmation';
import { volumeLabel } from '../../../../domain/volumes';
import { useFeedback } from '../../../../components/feedback/feedback';
import { ItemList } from '../../../../components/item-list';
import { useSnapshotStatusWithCode } from '../../../../components/status-words';

interface Values {
  cascade: boolean;
  confirmation?: string;
}

export function DeleteVolumeModal({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  const { t } = useTranslation(['volume-actions', 'app']);
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const cascade = Form.useWatch('cascade', form) ?? false;
  const snapshots = useQuery(volumeSnapshotsOptions(volume.id));
  const snapshotStatus = useSnapshotStatusWithCode();
  const count = snapshots.data?.length ?? 0;
  const blockers = snapshots.data ? cascadeBlockers(snapshots.data) : [];
  const mutation = useVolumeMutation({
    volumeId: volume.id,
    mutationFn: (values: Values) => deleteVolume(volume.id, { cascade: values.cascade }),
    transitional: 'deleting',
  });
  const blocked = snapshots.isPending || snapshots.isError || (count > 0 && (!cascade || blockers.length > 0));
  return (
    <ActionModal<Values>
      cli={(values) => volumeActionCalls.remove(volume.id, { cascade: count > 0 && !!values.cascade })}
      title={t('delete.title', { name: volumeLabel(volume) })}
      okText={t('app:actions.delete')}
      danger
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      okDisabled={blocked}
      initialValues={{ cascade: false }}
      onSubmit={(values) =>
        mutation.mutate(
          { cascade: count > 0 && values.cascade },
          {
            onSuccess: () => {
              message.success(t('delete.done', { name: volumeLabel(volume) }));
              onClose();
            },
          },
        )
      }
    >
      <p>{t('delete.text', { name: volumeLabel(volume), size: volume.size })}</p>
      {snapshots.isPending ? <Spin /> : null}
      {snapshots.isError ? <ApiErrorAlert error={snapshots.error} title={t('delete.snapshotsUnknown')} /> : null}
      {count > 0 ? (
        <>
          <Alert type="warning" showIcon title={t('delete.hasSnapshots', { count })} style={{ marginBottom: 12 }} />
          <ItemList
            bordered
            style={{ marginBottom: 12, maxHeight: 160, overflow: 'auto' }}
            items={snapshots.data ?? []}
            itemKey={(snapshot) => snapshot.id}
            renderItem={(snapshot) => (
              <>
                {snapshot.name || snapshot.id} — {snapshotStatus(snapshot.status)}
              </>
            )}
          />
          {blockers.length > 0 ? <Alert type="error" showIcon title={t('delete.cascadeBlocked', { count: blockers.length })} style={{ marginBottom: 12 }} /> : null}
          <Form.Item name="cascade" valuePropName="checked">
            <Checkbox disabled={blockers.length > 0}>{t('delete.cascade', { count })}</Checkbox>
          </Form.Item>
          {cascade ? <TypedConfirmation volume={volume} /> : null}
        </>
      ) : null}
    </ActionModal>
  );
}
