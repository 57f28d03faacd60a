import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { manageCalls } from '../../../api/admin/manage';
import type { Snapshot } from '../../../api/models';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { useFeedback } from '../../../components/feedback/feedback';
import { useUnmanageSnapshot } from '../../../queries/manage';

/** os-unmanage on a snapshot (available or error): Cinder forgets it, the backend keeps it. */
export function UnmanageSnapshotModal({ snapshot, open, onClose, onDone }: { snapshot: Snapshot; open: boolean; onClose: () => void; onDone?: () => void }) {
  const { t } = useTranslation(['snapshots', 'app']);
  const { message } = useFeedback();
  const unmanage = useUnmanageSnapshot();
  const name = snapshot.name || snapshot.id;
  const allowed = snapshot.status === 'available' || snapshot.status === 'error';
  const close = () => {
    unmanage.reset();
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('unmanage.title', { name })}
      okText={t('unmanage.submit')}
      cancelText={t('app:actions.cancel')}
      okButtonProps={{ danger: true, disabled: !allowed, loading: unmanage.isPending }}
      onCancel={close}
      onOk={() =>
        unmanage.mutate(snapshot.id, {
          onSuccess: () => {
            message.success(t('unmanage.done', { name }));
            close();
            onDone?.();
          },
        })
      }
      destroyOnHidden
    >
      <Typography.Paragraph>{t('unmanage.text')}</Typography.Paragraph>
      {!allowed ? <Alert type="warning" showIcon title={t('unmanage.status', { status: snapshot.status })} style={{ marginBottom: 12 }} /> : null}
      {unmanage.isError ? <ApiErrorAlert error={unmanage.error} /> : null}
      <CliEquivalent request={manageCalls.unmanageSnapshot(snapshot.id)} />
    </Modal>
  );
}
