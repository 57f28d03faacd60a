import { Alert, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../api/models';
import { snapshotResetStatuses, type SnapshotResetStatus, snapshotCalls } from '../../../api/snapshots';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { useForceDeleteSnapshot, useResetSnapshotStatus } from '../../../queries/snapshots';
import { useStatusLabel } from './reasons';
import { useFeedback } from '../../../components/feedback/feedback';
import { useStatusWithCode } from '../../../components/list/status-badge';

interface Props {
  snapshot: Snapshot;
  open: boolean;
  onClose: () => void;
}

/** Admin: os-reset_status — changes only the database record. */
export function ResetStatusModal({ snapshot, open, onClose }: Props) {
  const { t } = useTranslation(['snapshots', 'app']);
  const { message } = useFeedback();
  const statusLabel = useStatusLabel();
  const withCode = useStatusWithCode();
  const reset = useResetSnapshotStatus(snapshot.id);
  const [status, setStatus] = useState<SnapshotResetStatus>('available');
  const name = snapshot.name || snapshot.id;
  return (
    <Modal
      open={open}
      title={t('admin.resetTitle', { name })}
      okText={t('actions.resetStatus')}
      cancelText={t('app:actions.cancel')}
      okButtonProps={{ loading: reset.isPending }}
      onCancel={() => {
        reset.reset();
        onClose();
      }}
      onOk={() =>
        reset.mutate(status, {
          onSuccess: () => {
            message.success(t('admin.resetSuccess', { status: statusLabel(status) }));
            onClose();
          },
        })
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="warning" showIcon title={t('admin.resetText')} />
        <Form layout="vertical">
          <Form.Item label={t('admin.newStatus')} htmlFor="snapshot-reset-status">
            <Select<SnapshotResetStatus>
              id="snapshot-reset-status"
              value={status}
              onChange={setStatus}
              showSearch={{ optionFilterProp: 'label' }}
              options={snapshotResetStatuses.map((s) => ({ value: s, label: withCode(statusLabel(s), s) }))}
            />
          </Form.Item>
        </Form>
        <CliEquivalent request={snapshotCalls.resetStatus(snapshot.id, status)} />
        {reset.isError ? <ApiErrorAlert error={reset.error} /> : null}
      </Space>
    </Modal>
  );
}

/** Admin: os-force_delete, confirmed by typing the snapshot's name (or id when it has none). */
export function ForceDeleteModal({ snapshot, open, onClose, onDeleted }: Props & { onDeleted?: () => void }) {
  const { t } = useTranslation(['snapshots', 'app']);
  const { message } = useFeedback();
  const forceDelete = useForceDeleteSnapshot(snapshot.id);
  const [typed, setTyped] = useState('');
  const expected = snapshot.name || snapshot.id;
  const matches = typed === expected;
  const close = () => {
    forceDelete.reset();
    setTyped('');
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('admin.forceTitle', { name: expected })}
      okText={t('actions.forceDelete')}
      cancelText={t('app:actions.cancel')}
      okButtonProps={{ danger: true, disabled: !matches, loading: forceDelete.isPending }}
      onCancel={close}
      onOk={() =>
        forceDelete.mutate(undefined, {
          onSuccess: () => {
            message.success(t('admin.forceSuccess', { name: expected }));
            close();
            onDeleted?.();
          },
        })
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="error" showIcon title={t('admin.forceText')} />
        <Form layout="vertical">
          <Form.Item
            label={t('admin.forceConfirmLabel', { value: expected })}
            htmlFor="snapshot-force-delete-confirm"
            validateStatus={typed && !matches ? 'error' : undefined}
            help={typed && !matches ? t('admin.forceMismatch', { value: expected }) : undefined}
          >
            <Input id="snapshot-force-delete-confirm" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
          </Form.Item>
        </Form>
        <Typography.Text code copyable>
          {expected}
        </Typography.Text>
        <CliEquivalent request={snapshotCalls.forceDelete(snapshot.id)} />
        {forceDelete.isError ? <ApiErrorAlert error={forceDelete.error} /> : null}
      </Space>
    </Modal>
  );
}
