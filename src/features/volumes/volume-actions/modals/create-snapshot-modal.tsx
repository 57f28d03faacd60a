import { App, Alert, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../../api/models';
import { createSnapshot } from '../../../../api/snapshots';
import { useRequiredSession } from '../../../../lib/use-session';
import { ActionModal } from '../action-modal';
import { useVolumeMutation } from '../queries';
import { NAME_MAX, snapshotNeedsForce } from '../rules';
import { volumeLabel } from './volume-label';

interface Values {
  name: string;
  description: string;
  force: boolean;
}

export function snapshotBody(volume: Volume, values: Values, needsForce: boolean) {
  return {
    volume_id: volume.id,
    name: values.name.trim() || undefined,
    description: values.description.trim() || undefined,
    // `force: false` is refused from 3.66 and pointless below it: sent only when needed and ticked.
    force: needsForce && values.force ? true : undefined,
  };
}

export function CreateSnapshotModal({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  const { t } = useTranslation('volume-actions');
  const { message } = App.useApp();
  const session = useRequiredSession();
  const needsForce = snapshotNeedsForce(volume, session.volumeApiVersion);
  const [form] = Form.useForm<Values>();
  const mutation = useVolumeMutation({ volumeId: volume.id, mutationFn: (values: Values) => createSnapshot(snapshotBody(volume, values, needsForce)) });
  return (
    <ActionModal<Values>
      title={t('snapshot.title', { name: volumeLabel(volume) })}
      okText={t('snapshot.submit')}
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      initialValues={{ name: '', description: '', force: false }}
      onSubmit={(values) =>
        mutation.mutate(values, {
          onSuccess: () => {
            message.success(t('snapshot.done', { name: values.name.trim() || volumeLabel(volume) }));
            onClose();
          },
        })
      }
    >
      <Form.Item name="name" label={t('fields.name')} rules={[{ max: NAME_MAX, message: t('validation.nameTooLong', { max: NAME_MAX }) }]}>
        <Input autoFocus />
      </Form.Item>
      <Form.Item name="description" label={t('fields.description')} rules={[{ max: NAME_MAX, message: t('validation.descriptionTooLong', { max: NAME_MAX }) }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      {volume.status === 'in-use' && !needsForce ? <Alert type="info" showIcon title={t('snapshot.inUseOk')} style={{ marginBottom: 16 }} /> : null}
      {needsForce ? (
        <>
          <Alert type="warning" showIcon title={t('snapshot.forceExplain', { version: session.volumeApiVersion })} style={{ marginBottom: 16 }} />
          <Form.Item
            name="force"
            valuePropName="checked"
            rules={[{ validator: async (_r, value: boolean) => { if (!value) throw new Error(t('validation.forceRequired')); } }]}
          >
            <Checkbox>{t('snapshot.force')}</Checkbox>
          </Form.Item>
        </>
      ) : null}
    </ActionModal>
  );
}
