import { Alert, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QosSpec } from '../../../api/models';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { qosCalls } from '../../../api/qos-specs';
import { PageLoading } from '../../../components/page-states';
import { useDeleteQosSpec, useQosAssociations } from '../../../queries/qos-specs';
import { useFeedback } from '../../../components/feedback/feedback';

type Mode = 'disassociate' | 'force';

interface DeleteQosModalProps {
  spec: QosSpec | null;
  onClose: () => void;
  onDeleted?: (spec: QosSpec) => void;
}

/**
 * Cinder refuses to delete a spec that is still associated (400 "Qos specs still in use."), so the
 * modal checks the associations first and, when there are some, offers the two ways out: disassociate
 * all then delete, or force (which Cinder turns into the same thing in one call) behind a typed name.
 */
export function DeleteQosModal({ spec, onClose, onDeleted }: DeleteQosModalProps) {
  const { t } = useTranslation(['qos-specs', 'app']);
  const { message } = useFeedback();
  const open = spec !== null;
  // fresh: what is associated may have changed since the list was loaded, so ask again on each open.
  const associations = useQosAssociations(spec?.id ?? '', { enabled: open, fresh: true });
  const remove = useDeleteQosSpec();
  const [mode, setMode] = useState<Mode>('disassociate');
  const [typed, setTyped] = useState('');

  const { refetch } = associations;

  const types = associations.data ?? [];
  const inUse = types.length > 0;
  const typedOk = typed === spec?.name;
  const canDelete = !associations.isFetching && !associations.isError && (!inUse || mode === 'disassociate' || typedOk);

  const submit = () => {
    if (!spec || !canDelete) return;
    remove.mutate(
      { id: spec.id, force: inUse && mode === 'force', disassociateFirst: inUse && mode === 'disassociate' },
      {
        onSuccess: () => {
          void message.success(t('delete.deleted', { name: spec.name }));
          onDeleted?.(spec);
          onClose();
        },
        // A refusal may mean the associations changed meanwhile: refresh what the modal shows.
        onError: () => void refetch(),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('delete.title', { name: spec?.name ?? '' })}
      onCancel={onClose}
      onOk={submit}
      okText={t('delete.deleteButton')}
      okButtonProps={{ danger: true, disabled: !canDelete }}
      cancelText={t('app:actions.cancel')}
      confirmLoading={remove.isPending}
      afterClose={() => {
        remove.reset();
        setMode('disassociate');
        setTyped('');
      }}
    >
      {associations.isPending || (associations.isFetching && !associations.data) ? (
        <PageLoading />
      ) : associations.isError ? (
        <ApiErrorAlert error={associations.error} />
      ) : !inUse ? (
        <Typography.Paragraph>{t('delete.confirm', { name: spec?.name ?? '' })}</Typography.Paragraph>
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert
            type="warning"
            showIcon
            title={t('delete.inUse', { name: spec?.name ?? '' })}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {types.map((type) => (
                  <li key={type.id}>{type.name}</li>
                ))}
              </ul>
            }
          />
          <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as Mode)} aria-label={t('delete.choose')}>
            <Space orientation="vertical">
              <Radio value="disassociate">
                {t('delete.disassociateThenDelete')}
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {t('delete.disassociateThenDeleteHelp')}
                </Typography.Text>
              </Radio>
              <Radio value="force">
                {t('delete.force')}
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {t('delete.forceHelp')}
                </Typography.Text>
              </Radio>
            </Space>
          </Radio.Group>
          {mode === 'force' ? (
            <Form layout="vertical" onFinish={submit}>
              <Form.Item
                label={t('delete.typeName', { name: spec?.name ?? '' })}
                validateStatus={typed && !typedOk ? 'error' : undefined}
                help={typed && !typedOk ? t('delete.typeNameMismatch') : undefined}
                htmlFor="qos-delete-typed-name"
              >
                <Input
                  id="qos-delete-typed-name"
                  value={typed}
                  onChange={(e) => setTyped(e.target.value)}
                  aria-label={t('delete.typeNameLabel')}
                  autoComplete="off"
                />
              </Form.Item>
            </Form>
          ) : null}
        </Space>
      )}
      <CliEquivalent
        request={
          spec
            ? [
                ...(inUse && mode === 'disassociate' ? [qosCalls.disassociateAll(spec.id)] : []),
                qosCalls.remove(spec.id, inUse && mode === 'force'),
              ]
            : null
        }
      />
      {remove.error ? <ApiErrorAlert error={remove.error} /> : null}
    </Modal>
  );
}
