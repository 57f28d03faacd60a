import { useQuery } from '@tanstack/react-query';
import { Alert, Checkbox, Form, InputNumber, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { getConfig } from '../../../../api/config';
import type { Volume } from '../../../../api/models';
import { retypeVolume, type MigrationPolicy, type VendorRetypeOptions, volumeActionCalls } from '../../../../api/volume-actions';
import { useIsAdmin, useRequiredSession } from '../../../../lib/use-session';
import { ApiErrorAlert } from '../../../../components/api-error-alert';
import { ActionModal } from '../action-modal';
import { typesOptions, useVolumeMutation, volumeSnapshotsOptions } from '../../../../queries/volume-actions';
import { isHiddenType } from '../create/type-options';
import { canMoveToAnotherBackend, volumeLabel } from '../../../../domain/volumes';
import { useReasonText } from '../use-reason-text';
import { useFeedback } from '../../../../components/feedback/feedback';

interface Values {
  newType: string;
  migrationPolicy: MigrationPolicy;
  qosBpsLimit?: number | null;
  forceHostCopy?: boolean;
  deleteOld?: boolean;
}

/** Only the vendor's Cinder accepts the extra fields; upstream answers 400, so they are opt-in by config. */
export function retypeVendorOptions(values: Values, enabled: boolean): VendorRetypeOptions | undefined {
  if (!enabled) return undefined;
  const options: VendorRetypeOptions = {};
  if (values.qosBpsLimit !== undefined && values.qosBpsLimit !== null) options.qos_bps_limit = values.qosBpsLimit;
  if (values.forceHostCopy) options.force_host_copy = true;
  if (values.deleteOld) options.delete_old = true;
  return Object.keys(options).length ? options : undefined;
}

export function RetypeVolumeModal({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  const { t } = useTranslation('volume-actions');
  const { message } = useFeedback();
  const admin = useIsAdmin();
  const vendor = getConfig().features.vendorRetypeOptions;
  const [form] = Form.useForm<Values>();
  const types = useQuery(typesOptions(admin));
  const choices = (types.data ?? []).filter(
    (type) => type.name !== volume.volume_type && type.id !== volume.volume_type_id && (admin || !isHiddenType(type.name)),
  );
  const session = useRequiredSession();
  const reasonText = useReasonText();
  // The Migrate action's rule: a volume Cinder will not move cannot be retyped "when needed" either.
  const snapshots = useQuery(volumeSnapshotsOptions(volume.id));
  const moving = canMoveToAnotherBackend({ volume, version: session.volumeApiVersion, snapshots: snapshots.data });
  const mutation = useVolumeMutation({
    volumeId: volume.id,
    mutationFn: (values: Values) => retypeVolume(volume.id, values.newType, values.migrationPolicy, retypeVendorOptions(values, vendor)),
    transitional: 'retyping',
  });
  return (
    <ActionModal<Values>
      cli={(values) => (values.newType ? volumeActionCalls.retype(volume.id, values.newType, values.migrationPolicy, retypeVendorOptions(values, vendor)) : null)}
      title={t('retype.title', { name: volumeLabel(volume) })}
      okText={t('retype.submit')}
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      initialValues={{ migrationPolicy: 'never' }}
      onSubmit={(values) =>
        mutation.mutate(values, {
          onSuccess: () => {
            const type = choices.find((c) => c.id === values.newType);
            message.success(t('retype.done', { name: volumeLabel(volume), type: type?.name ?? values.newType }));
            onClose();
          },
        })
      }
    >
      <p>{t('retype.intro', { type: volume.volume_type ?? '—' })}</p>
      {types.isError ? <ApiErrorAlert error={types.error} /> : null}
      <Form.Item name="newType" label={t('retype.newType')} rules={[{ required: true, message: t('validation.typeRequired') }]}>
        <Select
          aria-label={t('retype.newType')}
          loading={types.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={choices.map((type) => ({ value: type.id, label: type.name }))}
          notFoundContent={types.isPending ? t('common.loading') : t('retype.noOtherTypes')}
        />
      </Form.Item>
      <Form.Item
        name="migrationPolicy"
        label={t('retype.policy')}
        extra={moving.allowed ? t('retype.policyHelp') : t('retype.cannotMove', { reason: reasonText(moving.reason) })}
      >
        <Radio.Group>
          <Space orientation="vertical">
            <Radio value="never">{t('retype.never')}</Radio>
            <Radio value="on-demand" disabled={!moving.allowed}>
              {t('retype.onDemand')}
            </Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      {volume.status === 'in-use' ? <Alert type="info" showIcon title={t('retype.inUseNote')} style={{ marginBottom: 16 }} /> : null}
      {vendor ? (
        <>
          <Alert type="warning" showIcon title={t('retype.vendorNote')} style={{ marginBottom: 16 }} />
          <Form.Item name="qosBpsLimit" label={t('retype.qosBpsLimit')}>
            <InputNumber aria-label={t('retype.qosBpsLimit')} min={0} precision={0} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="forceHostCopy" valuePropName="checked">
            <Checkbox>{t('retype.forceHostCopy')}</Checkbox>
          </Form.Item>
          <Form.Item name="deleteOld" valuePropName="checked">
            <Checkbox>{t('retype.deleteOld')}</Checkbox>
          </Form.Item>
        </>
      ) : null}
    </ActionModal>
  );
}
