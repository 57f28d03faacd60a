import { Alert, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/errors';
import type { VolumeType } from '../../../api/models';
import type { UpdateVolumeTypeInput } from '../../../api/volume-types';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { volumeTypeCalls } from '../../../api/volume-types';
import { useUpdateVolumeType } from '../../../queries/volume-types';
import { TypeBasicFields } from '../components/type-basic-fields';
import { useFeedback } from '../../../components/feedback/feedback';

interface FormValues {
  name: string;
  description: string;
  isPublic: boolean;
}

/** Name, description and visibility; only changed fields are sent (Cinder ≥3.53 refuses an empty update). */
/** Only what changed: Cinder >= 3.53 refuses an empty update. */
function changesOf(type: { name: string; description?: string | null; is_public: boolean }, values: Pick<FormValues, 'name' | 'description' | 'isPublic'>): UpdateVolumeTypeInput {
  const changes: UpdateVolumeTypeInput = {};
  if (values.name.trim() !== type.name) changes.name = values.name.trim();
  if (values.description.trim() !== (type.description ?? '')) changes.description = values.description.trim();
  if (values.isPublic !== type.is_public) changes.isPublic = values.isPublic;
  return changes;
}

export function EditTypeModal({ type, onClose }: { type: VolumeType | null; onClose: () => void }) {
  const { t } = useTranslation(['volume-types', 'app']);
  const { message } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const update = useUpdateVolumeType();
  const isPublic = Form.useWatch('isPublic', form);
  const watched = Form.useWatch((all: FormValues) => all, form);

  const close = () => {
    update.reset();
    onClose();
  };

  const submit = async () => {
    if (!type) return;
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const changes = changesOf(type, values);
    if (Object.keys(changes).length === 0) {
      close();
      return;
    }
    update.mutate(
      { id: type.id, changes },
      {
        onSuccess: (updated) => {
          message.success(t('edit.done', { name: updated.name }));
          close();
        },
        onError: (error) => {
          if (isApiError(error) && error.isConflict) form.setFields([{ name: 'name', errors: [t('form.nameTaken')] }]);
        },
      },
    );
  };

  return (
    <Modal
      open={!!type}
      title={t('edit.title', { name: type?.name ?? '' })}
      okText={t('app:actions.save')}
      cancelText={t('app:actions.cancel')}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      {type ? (
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ name: type.name, description: type.description ?? '', isPublic: type.is_public }}
        >
          <TypeBasicFields />
          {type.is_public && isPublic === false ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('edit.becomesPrivate')} /> : null}
          {update.isError ? <ApiErrorAlert error={update.error} /> : null}
        </Form>
      ) : null}
      {type && watched ? (
        <CliEquivalent
          request={(() => {
            const changes = changesOf(type, { name: watched.name ?? '', description: watched.description ?? '', isPublic: watched.isPublic ?? type.is_public });
            return Object.keys(changes).length ? volumeTypeCalls.update(type.id, changes) : null;
          })()}
        />
      ) : null}
    </Modal>
  );
}
