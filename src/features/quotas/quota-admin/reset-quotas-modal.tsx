import { Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { quotaAdminCalls } from '../../../api/admin/quota-admin';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { useFeedback } from '../../../components/feedback/feedback';
import { useResetProjectQuotas } from '../../../queries/quota-admin';

/** DELETE /os-quota-sets/{project}: the project's own limits go, the default class applies again. */
export function ResetQuotasModal({ project, onClose }: { project: { id: string; name: string } | null; onClose: () => void }) {
  const { t } = useTranslation(['quota-admin', 'quotas', 'app']);
  const { message } = useFeedback();
  const reset = useResetProjectQuotas(project?.id ?? '');
  const close = () => {
    reset.reset();
    onClose();
  };
  return (
    <Modal
      open={!!project}
      title={t('reset.title', { project: project?.name ?? '' })}
      okText={t('reset.button')}
      okButtonProps={{ danger: true }}
      cancelText={t('app:actions.cancel')}
      confirmLoading={reset.isPending}
      onOk={() =>
        reset.mutate(undefined, {
          onSuccess: () => {
            message.success(t('reset.done', { project: project?.name ?? '' }));
            close();
          },
        })
      }
      onCancel={close}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('reset.text')}</Typography.Paragraph>
      {reset.isError ? <ApiErrorAlert error={reset.error} /> : null}
      {project ? <CliEquivalent request={quotaAdminCalls.reset(project.id)} /> : null}
    </Modal>
  );
}
