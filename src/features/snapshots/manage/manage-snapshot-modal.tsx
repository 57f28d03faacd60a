import { useQuery } from '@tanstack/react-query';
import { Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { manageCalls, referenceLabel, type ManageableSnapshot, type ManageSnapshotInput } from '../../../api/admin/manage';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { useFeedback } from '../../../components/feedback/feedback';
import { manageableSnapshotsOptions, useManageSnapshot } from '../../../queries/manage';
import { poolsOptions } from '../../../queries/volume-actions';

interface Values {
  host?: string;
  reference?: string;
  volumeId?: string;
  name?: string;
  description?: string;
}

/** The volume a backend snapshot belongs to, when its source is a Cinder volume (`volume-<id>`). */
function cinderVolumeOf(snapshot: ManageableSnapshot | undefined): string | undefined {
  const source = snapshot ? referenceLabel(snapshot.source_reference) : '';
  return /^volume-([0-9a-f-]{36})$/.exec(source)?.[1];
}

function toInput(values: Values): ManageSnapshotInput | null {
  if (!values.reference || !values.volumeId?.trim()) return null;
  return { volumeId: values.volumeId.trim(), reference: { 'source-name': values.reference }, name: values.name?.trim() || undefined, description: values.description?.trim() || undefined };
}

/** POST /manageable_snapshots: a backend snapshot of a Cinder volume becomes a Cinder snapshot. */
export function ManageSnapshotModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['snapshots', 'app']);
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch((all: Values) => all, form) ?? {};
  const pools = useQuery(poolsOptions());
  const manageable = useQuery(manageableSnapshotsOptions(values.host ?? ''));
  const manage = useManageSnapshot();
  const list = manageable.data ?? [];
  const input = toInput(values);

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const request = toInput(v);
    if (!request) return;
    manage.mutate(request, {
      onSuccess: (snapshot) => {
        message.success(t('manage.done', { name: snapshot.name || snapshot.id }));
        onClose();
      },
    });
  };

  return (
    <Modal open title={t('manage.title')} okText={t('manage.submit')} cancelText={t('app:actions.cancel')} onOk={() => void submit()} onCancel={onClose} confirmLoading={manage.isPending} width={640} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('manage.help')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="host" label={t('manage.host')} rules={[{ required: true, message: t('manage.hostRequired') }]}>
          <Select aria-label={t('manage.host')} loading={pools.isLoading} options={(pools.data ?? []).map((p) => ({ value: p.name, label: p.name }))} onChange={() => form.setFieldsValue({ reference: undefined })} />
        </Form.Item>
        {manageable.isError ? <ApiErrorAlert error={manageable.error} title={t('manage.listFailed')} /> : null}
        <Form.Item name="reference" label={t('manage.reference')} rules={[{ required: true, message: t('manage.referenceRequired') }]}>
          <Select
            aria-label={t('manage.reference')}
            disabled={!values.host}
            loading={manageable.isFetching}
            onChange={(name: string) => {
              const volumeId = cinderVolumeOf(list.find((s) => referenceLabel(s.reference) === name));
              if (volumeId) form.setFieldValue('volumeId', volumeId);
            }}
            options={list.map((s) => {
              const name = referenceLabel(s.reference);
              const source = referenceLabel(s.source_reference);
              return {
                value: name,
                disabled: !s.safe_to_manage,
                label: s.safe_to_manage ? t('manage.option', { name, size: s.size, source }) : t('manage.optionUnsafe', { name, size: s.size, reason: s.reason_not_safe ?? '' }),
              };
            })}
          />
        </Form.Item>
        <Form.Item name="volumeId" label={t('manage.volume')} extra={t('manage.volumeHelp')} rules={[{ required: true, whitespace: true, message: t('manage.volumeRequired') }]}>
          <Input aria-label={t('manage.volume')} />
        </Form.Item>
        <Form.Item name="name" label={t('manage.name')} rules={[{ max: 255 }]}>
          <Input aria-label={t('manage.name')} />
        </Form.Item>
        <Form.Item name="description" label={t('manage.description')} rules={[{ max: 255 }]}>
          <Input aria-label={t('manage.description')} />
        </Form.Item>
      </Form>
      {manage.isError ? <ApiErrorAlert error={manage.error} /> : null}
      <CliEquivalent request={input ? manageCalls.manageSnapshot(input) : null} />
    </Modal>
  );
}
