import { useQuery } from '@tanstack/react-query';
import { Checkbox, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { manageCalls, referenceLabel, type ManageVolumeInput } from '../../../../api/admin/manage';
import { ApiErrorAlert } from '../../../../components/api-error-alert';
import { useFeedback } from '../../../../components/feedback/feedback';
import { NAME_MAX } from '../../../../domain/volumes';
import { manageableVolumesOptions, useManageVolume } from '../../../../queries/manage';
import { poolsOptions, typesOptions, zonesOptions } from '../../../../queries/volume-actions';
import { ActionModal } from '../action-modal';
import { useEncryptedTypes } from '../../../../queries/encryption';

interface Values {
  host?: string;
  reference?: string;
  name?: string;
  description?: string;
  volumeType?: string;
  availabilityZone?: string;
  bootable?: boolean;
}

function toInput(values: Values): ManageVolumeInput | null {
  if (!values.host || !values.reference) return null;
  return {
    host: values.host,
    reference: { 'source-name': values.reference },
    name: values.name?.trim() || undefined,
    description: values.description?.trim() || undefined,
    volumeType: values.volumeType || undefined,
    availabilityZone: values.availabilityZone || undefined,
    bootable: values.bootable || undefined,
  };
}

/**
 * Manage an existing backend object (POST /manageable_volumes): the host from the scheduler's pools, the
 * object from what that backend reports as manageable (unsafe ones shown with Cinder's reason, not offered).
 */
export function ManageVolumeModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['volume-manage', 'volume-actions', 'app']);
  const { message } = useFeedback();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const host = Form.useWatch('host', form) ?? '';
  const pools = useQuery(poolsOptions());
  const types = useQuery(typesOptions(true));
  const zones = useQuery(zonesOptions());
  const manageable = useQuery(manageableVolumesOptions(host));
  const encrypted = useEncryptedTypes((types.data ?? []).map((type) => type.id), true);
  const mutation = useManageVolume();
  const safe = (manageable.data ?? []).filter((v) => v.safe_to_manage);
  const unsafe = (manageable.data ?? []).filter((v) => !v.safe_to_manage);

  return (
    <ActionModal<Values>
      title={t('manage.title')}
      okText={t('manage.submit')}
      form={form}
      width={640}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      cli={(values) => {
        const input = toInput(values);
        return input ? manageCalls.manageVolume(input) : null;
      }}
      onSubmit={(values) => {
        const input = toInput(values);
        if (!input) return;
        mutation.mutate(input, {
          onSuccess: (volume) => {
            message.success(t('manage.done', { name: volume.name || volume.id }));
            onClose();
            void navigate(`/volumes/${volume.id}`);
          },
        });
      }}
    >
      <Typography.Paragraph type="secondary">{t('manage.help')}</Typography.Paragraph>
      <Form.Item name="host" label={t('manage.host')} rules={[{ required: true, message: t('manage.hostRequired') }]}>
        <Select
          aria-label={t('manage.host')}
          loading={pools.isLoading}
          options={(pools.data ?? []).map((p) => ({ value: p.name, label: p.name }))}
          onChange={() => form.setFieldValue('reference', undefined)}
        />
      </Form.Item>
      {manageable.isError ? (
        <div style={{ marginBottom: 16 }}>
          <ApiErrorAlert error={manageable.error} title={t('manage.listFailed')} />
        </div>
      ) : null}
      <Form.Item
        name="reference"
        label={t('manage.reference')}
        extra={host && manageable.isSuccess ? t('manage.referenceCount', { safe: safe.length, unsafe: unsafe.length }) : t('manage.referenceHelp')}
        rules={[{ required: true, message: t('manage.referenceRequired') }]}
      >
        <Select
          aria-label={t('manage.reference')}
          disabled={!host}
          loading={manageable.isFetching}
          showSearch
          options={[...safe, ...unsafe].map((v) => {
            const name = referenceLabel(v.reference);
            return {
              value: name,
              disabled: !v.safe_to_manage,
              label: v.safe_to_manage ? t('manage.option', { name, size: v.size }) : t('manage.optionUnsafe', { name, size: v.size, reason: v.reason_not_safe ?? '' }),
            };
          })}
        />
      </Form.Item>
      <Form.Item name="name" label={t('manage.name')} rules={[{ max: NAME_MAX, message: t('manage.nameTooLong', { max: NAME_MAX }) }]}>
        <Input aria-label={t('manage.name')} />
      </Form.Item>
      <Form.Item name="description" label={t('manage.description')} rules={[{ max: 255 }]}>
        <Input aria-label={t('manage.description')} />
      </Form.Item>
      <Form.Item name="volumeType" label={t('manage.type')} extra={t('manage.typeHelp')}>
        <Select
          aria-label={t('manage.type')}
          allowClear
          loading={types.isLoading}
          options={(types.data ?? []).map((type) => ({
            value: type.name,
            label: encrypted.get(type.id) ? t('manage.typeEncrypted', { name: type.name }) : type.name,
            disabled: encrypted.get(type.id) === true,
          }))}
        />
      </Form.Item>
      <Form.Item name="availabilityZone" label={t('manage.zone')}>
        <Select aria-label={t('manage.zone')} allowClear loading={zones.isLoading} options={(zones.data ?? []).map((z) => ({ value: z.zoneName, label: z.zoneName }))} />
      </Form.Item>
      <Form.Item name="bootable" valuePropName="checked">
        <Checkbox>{t('manage.bootable')}</Checkbox>
      </Form.Item>
    </ActionModal>
  );
}
