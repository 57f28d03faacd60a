import { Alert, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VolumeType } from '../../../api/models';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { volumeTypeCalls } from '../../../api/volume-types';
import { useDeleteVolumeType, useTypeUsage } from '../../../queries/volume-types';
import { useFeedback } from '../../../components/feedback/feedback';

interface DeleteTypeModalProps {
  type: VolumeType | null;
  isDefault: boolean;
  onClose: () => void;
  onDeleted?: () => void;
}

/** Says up front why Cinder will refuse (volumes use it, it is the default), and shows Cinder's reason if it does. */
export function DeleteTypeModal({ type, isDefault, onClose, onDeleted }: DeleteTypeModalProps) {
  const { t } = useTranslation(['volume-types', 'app']);
  const { message } = useFeedback();
  const remove = useDeleteVolumeType();
  const usage = useTypeUsage(type?.id ?? '', !!type);

  const close = () => {
    remove.reset();
    onClose();
  };

  return (
    <Modal
      open={!!type}
      title={t('delete.title', { name: type?.name ?? '' })}
      okText={t('app:actions.delete')}
      okButtonProps={{ danger: true }}
      cancelText={t('app:actions.cancel')}
      confirmLoading={remove.isPending}
      onCancel={close}
      onOk={() =>
        type &&
        remove.mutate(type.id, {
          onSuccess: () => {
            message.success(t('delete.done', { name: type.name }));
            close();
            onDeleted?.();
          },
        })
      }
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{t('delete.text')}</Typography.Paragraph>
        {isDefault ? <Alert type="warning" showIcon title={t('delete.isDefault')} /> : null}
        {usage.data && usage.data.count > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={usage.data.exact ? t('delete.inUse', { count: usage.data.count }) : t('delete.inUseSome')}
          />
        ) : null}
        {type ? <CliEquivalent request={volumeTypeCalls.remove(type.id)} /> : null}
        {remove.isError ? <ApiErrorAlert error={remove.error} title={t('delete.refused')} /> : null}
      </Space>
    </Modal>
  );
}
