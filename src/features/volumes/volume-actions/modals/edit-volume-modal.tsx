import { Form, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../../api/models';
import { setBootable, volumeActionCalls } from '../../../../api/volume-actions';
import { updateVolume, volumeCalls, type VolumeUpdate } from '../../../../api/volumes';
import { ActionModal } from '../action-modal';
import { useVolumeMutation } from '../../../../queries/volume-actions';
import { NAME_MAX } from '../../../../domain/volumes';
import { volumeLabel } from '../../../../domain/volumes';
import { useFeedback } from '../../../../components/feedback/feedback';

interface Values {
  name: string;
  description: string;
  bootable: boolean;
}

/** What changed, as the two calls Cinder needs (PUT for name/description, os-set_bootable for the flag). */
export function editChanges(volume: Volume, values: Values): { update: VolumeUpdate | null; bootable: boolean | null } {
  const update: VolumeUpdate = {};
  if (values.name.trim() !== (volume.name ?? '')) update.name = values.name.trim();
  if (values.description.trim() !== (volume.description ?? '')) update.description = values.description.trim();
  const bootable = values.bootable !== (volume.bootable === 'true') ? values.bootable : null;
  return { update: Object.keys(update).length ? update : null, bootable };
}

export function EditVolumeModal({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  const { t } = useTranslation(['volume-actions', 'app']);
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const mutation = useVolumeMutation({
    volumeId: volume.id,
    mutationFn: async (values: Values) => {
      const { update, bootable } = editChanges(volume, values);
      if (update) await updateVolume(volume.id, update);
      if (bootable !== null) await setBootable(volume.id, bootable);
    },
    patch: (values) => ({ name: values.name.trim(), description: values.description.trim(), bootable: values.bootable ? 'true' : 'false' }),
  });
  return (
    <ActionModal<Values>
      cli={(values) => {
        const { update, bootable } = editChanges(volume, { name: values.name ?? '', description: values.description ?? '', bootable: !!values.bootable });
        return [...(update ? [volumeCalls.update(volume.id, update)] : []), ...(bootable !== null ? [volumeActionCalls.setBootable(volume.id, bootable)] : [])];
      }}
      title={t('edit.title', { name: volumeLabel(volume) })}
      okText={t('app:actions.save')}
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      initialValues={{ name: volume.name ?? '', description: volume.description ?? '', bootable: volume.bootable === 'true' }}
      onSubmit={(values) => {
        const changes = editChanges(volume, values);
        if (!changes.update && changes.bootable === null) {
          onClose();
          return;
        }
        mutation.mutate(values, {
          onSuccess: () => {
            message.success(t('edit.done', { name: values.name.trim() || volume.id }));
            onClose();
          },
        });
      }}
    >
      <Form.Item name="name" label={t('fields.name')} rules={[{ max: NAME_MAX, message: t('validation.nameTooLong', { max: NAME_MAX }) }]}>
        <Input autoFocus />
      </Form.Item>
      <Form.Item name="description" label={t('fields.description')} rules={[{ max: NAME_MAX, message: t('validation.descriptionTooLong', { max: NAME_MAX }) }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="bootable" label={t('fields.bootable')} valuePropName="checked" extra={t('edit.bootableHelp')}>
        <Switch aria-label={t('fields.bootable')} />
      </Form.Item>
    </ActionModal>
  );
}
