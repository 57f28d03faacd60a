import { Alert, Checkbox, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { supports } from '../../../../api/microversion';
import type { Volume } from '../../../../api/models';
import {
  IMAGE_NAME_MAX,
  UPLOAD_CONTAINER_FORMATS,
  UPLOAD_DISK_FORMATS,
  UPLOAD_VISIBILITIES,
  uploadCalls,
  uploadVolumeToImage,
  type UploadImageInput,
} from '../../../../api/volume-upload';
import { useFeedback } from '../../../../components/feedback/feedback';
import { volumeLabel } from '../../../../domain/volumes';
import { useIsAdmin, useRequiredSession } from '../../../../lib/use-session';
import { useVolumeMutation } from '../../../../queries/volume-actions';
import { ActionModal } from '../action-modal';

type Values = UploadImageInput;

/**
 * "Upload to image" (os-volume_upload_image). Visibility and protection from 3.1; public only for admins
 * (upload_public policy); force only offered for an attached volume. The activity center then follows the
 * new image in Glance until it is active.
 */
export function UploadImageModal({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  const { t } = useTranslation(['upload', 'volume-actions']);
  const session = useRequiredSession();
  const admin = useIsAdmin();
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const canSetVisibility = supports(session, 'uploadImageVisibility');
  const attached = volume.status === 'in-use';
  const mutation = useVolumeMutation({ volumeId: volume.id, mutationFn: (values: Values) => uploadVolumeToImage(volume.id, values), transitional: 'uploading' });
  const visibilityLabels: Record<(typeof UPLOAD_VISIBILITIES)[number], string> = {
    private: t('visibilityOptions.private'),
    shared: t('visibilityOptions.shared'),
    community: t('visibilityOptions.community'),
    public: t('visibilityOptions.public'),
  };
  const initial: Values = { imageName: volume.name ?? '', diskFormat: 'raw', containerFormat: 'bare', visibility: 'private', protected: false, force: false };
  return (
    <ActionModal<Values>
      cli={(values) => uploadCalls.upload(volume.id, { ...initial, ...values, imageName: values.imageName ?? '' })}
      title={t('title', { name: volumeLabel(volume) })}
      okText={t('submit')}
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      initialValues={initial}
      onSubmit={(values) =>
        mutation.mutate(values, {
          onSuccess: () => {
            message.success(t('started', { name: values.imageName.trim() }));
            onClose();
          },
        })
      }
    >
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Form.Item
        name="imageName"
        label={t('imageName')}
        rules={[
          { required: true, whitespace: true, message: t('imageNameRequired') },
          { max: IMAGE_NAME_MAX, message: t('imageNameTooLong', { max: IMAGE_NAME_MAX }) },
        ]}
      >
        <Input autoFocus autoComplete="off" />
      </Form.Item>
      <Form.Item name="diskFormat" label={t('diskFormat')}>
        <Select aria-label={t('diskFormat')} options={UPLOAD_DISK_FORMATS.map((f) => ({ value: f, label: f }))} />
      </Form.Item>
      <Form.Item name="containerFormat" label={t('containerFormat')}>
        <Select aria-label={t('containerFormat')} options={UPLOAD_CONTAINER_FORMATS.map((f) => ({ value: f, label: f }))} />
      </Form.Item>
      {canSetVisibility ? (
        <>
          <Form.Item name="visibility" label={t('visibility')} extra={admin ? undefined : t('publicNeedsAdmin')}>
            <Select
              aria-label={t('visibility')}
              options={UPLOAD_VISIBILITIES.map((v) => ({ value: v, label: visibilityLabels[v], disabled: v === 'public' && !admin }))}
            />
          </Form.Item>
          <Form.Item name="protected" valuePropName="checked" extra={t('protectedHelp')}>
            <Checkbox>{t('protected')}</Checkbox>
          </Form.Item>
        </>
      ) : (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('oldVersion', { version: session.volumeApiVersion })} />
      )}
      {attached ? (
        <Form.Item name="force" valuePropName="checked" extra={t('forceHelp')}>
          <Checkbox>{t('force')}</Checkbox>
        </Form.Item>
      ) : null}
    </ActionModal>
  );
}
