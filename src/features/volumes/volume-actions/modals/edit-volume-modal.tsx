import { Form, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../../api/models';
import { setBootable, setReadonly, volumeActionCalls } from '../../../../api/volume-actions';
import { updateVolume, volumeCalls, type VolumeUpdate } from '../../../../api/volumes';
import { ActionModal } from '../action-modal';
import { useVolumeMutation } from '../../../../queries/volume-actions';
import { canSetReadonly, isReadonly, NAME_MAX } from '../../../../domain/volumes';
import { volumeLabel } from '../../../../domain/volumes';
import { useFeedback } from '../../../../components/feedback/feedback';
import { useRequiredSession } from '../../../../lib/use-session';
import { useReasonText } from '../use-reason-text';

interface Values {
  name: string;
  description: string;
  bootable: boolean;
  readonly: boolean;
}

export interface EditChanges {
  update: VolumeUpdate | null;
  bootable: boolean | null;
  readonly: boolean | null;
}

/** What changed, as the calls Cinder needs (PUT for name/description, os-set_bootable and os-update_readonly_flag for the flags). */
export function editChanges(volume: Volume, values: Values): EditChanges {
  const update: VolumeUpdate = {};
  if (values.name.trim() !== (volume.name ?? '')) update.name = values.name.trim();
  if (values.description.trim() !== (volume.description ?? '')) update.description = values.description.trim();
  const bootable = values.bootable !== (volume.bootable === 'true') ? values.bootable : null;
  const readonly = values.readonly !== isReadonly(volume) ? values.readonly : null;
  return { update: Object.keys(update).length ? update : null, bootable, readonly };
}

/** The requests for those changes, in the order they are sent. */
export function editCalls(volume: Volume, changes: EditChanges) {
  return [
    ...(changes.update ? [volumeCalls.update(volume.id, changes.update)] : []),
    ...(changes.bootable !== null ? [volumeActionCalls.setBootable(volume.id, changes.bootable)] : []),
    ...(changes.readonly !== null ? [volumeActionCalls.setReadonly(volume.id, changes.readonly)] : []),
  ];
}

export function EditVolumeModal({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  const { t } = useTranslation(['volume-actions', 'app']);
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const session = useRequiredSession();
  const reasonText = useReasonText();
  // Cinder changes the read-only flag of an available volume only; bootable follows the edit rule (not in maintenance).
  const readonlyVerdict = canSetReadonly({ volume, version: session.volumeApiVersion });
  const mutation = useVolumeMutation({
    volumeId: volume.id,
    mutationFn: async (values: Values) => {
      const { update, bootable, readonly } = editChanges(volume, values);
      if (update) await updateVolume(volume.id, update);
      if (bootable !== null) await setBootable(volume.id, bootable);
      if (readonly !== null) await setReadonly(volume.id, readonly);
    },
    patch: (values) => ({ name: values.name.trim(), description: values.description.trim(), bootable: values.bootable ? 'true' : 'false' }),
  });
  return (
    <ActionModal<Values>
      cli={(values) => editCalls(volume, editChanges(volume, { name: values.name ?? '', description: values.description ?? '', bootable: !!values.bootable, readonly: !!values.readonly }))}
      title={t('edit.title', { name: volumeLabel(volume) })}
      okText={t('app:actions.save')}
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      initialValues={{ name: volume.name ?? '', description: volume.description ?? '', bootable: volume.bootable === 'true', readonly: isReadonly(volume) }}
      onSubmit={(values) => {
        const changes = editChanges(volume, values);
        if (!changes.update && changes.bootable === null && changes.readonly === null) {
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
      <Form.Item
        name="readonly"
        label={t('fields.readonly')}
        valuePropName="checked"
        extra={readonlyVerdict.allowed ? t('edit.readonlyHelp') : reasonText(readonlyVerdict.reason)}
      >
        <Switch aria-label={t('fields.readonly')} disabled={!readonlyVerdict.allowed} />
      </Form.Item>
    </ActionModal>
  );
}
