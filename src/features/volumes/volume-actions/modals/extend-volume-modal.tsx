import { useQuery } from '@tanstack/react-query';
import { Descriptions, Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../../api/models';
import { extendVolume, volumeActionCalls } from '../../../../api/volume-actions';
import { useRequiredSession } from '../../../../lib/use-session';
import { ActionModal } from '../action-modal';
import { quotaOptions, useVolumeMutation } from '../../../../queries/volume-actions';
import { extendProblem } from '../../../../domain/volumes';
import { parseGiB } from '../../../../domain/size';
import { volumeLabel } from '../../../../domain/volumes';
import { remainingGiBFor } from '../create/quota-math';
import { useFeedback } from '../../../../components/feedback/feedback';

interface Values {
  /** As typed: parsed once by parseGiB for the check and for the request alike. */
  newSize: number | string | null;
}

export function ExtendVolumeModal({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  const { t } = useTranslation('volume-actions');
  const { message } = useFeedback();
  const session = useRequiredSession();
  const [form] = Form.useForm<Values>();
  const projectId = volume['os-vol-tenant-attr:tenant_id'] ?? session.project.id;
  // Another project's quota is only readable by admins; without it the server's 413 still protects.
  const quota = useQuery({ ...quotaOptions(projectId), retry: false });
  const growth = remainingGiBFor(quota.data, volume.volume_type ?? undefined);
  // per_volume_gigabytes caps the new size itself, on top of what the project has left.
  const perVolume = quota.data?.perVolumeGigabytes && quota.data.perVolumeGigabytes.limit >= 0 ? quota.data.perVolumeGigabytes.limit : null;
  const caps = [growth === null ? null : volume.size + growth, perVolume].filter((v): v is number => v !== null);
  const max = caps.length ? Math.min(...caps) : undefined;
  const remaining = max === undefined ? null : max - volume.size;
  const mutation = useVolumeMutation({ volumeId: volume.id, mutationFn: (size: number) => extendVolume(volume.id, size), transitional: 'extending' });
  return (
    <ActionModal<Values>
      cli={(values) => volumeActionCalls.extend(volume.id, parseGiB(values.newSize))}
      title={t('extend.title', { name: volumeLabel(volume) })}
      okText={t('extend.submit')}
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      initialValues={{ newSize: volume.size + 1 }}
      onSubmit={(values) => {
        const newSize = parseGiB(values.newSize)!;
        mutation.mutate(newSize, {
          onSuccess: () => {
            message.success(t('extend.done', { name: volumeLabel(volume), size: newSize }));
            onClose();
          },
        });
      }}
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('extend.current')}>{t('common.gib', { size: volume.size })}</Descriptions.Item>
        <Descriptions.Item label={t('extend.available')}>
          {quota.isPending ? t('common.loading') : remaining === null ? t('quota.unlimited') : t('common.gib', { size: remaining })}
        </Descriptions.Item>
      </Descriptions>
      <Form.Item
        name="newSize"
        label={t('extend.newSize')}
        extra={max !== undefined ? t('extend.range', { min: volume.size + 1, max }) : t('extend.rangeOpen', { min: volume.size + 1 })}
        rules={[
          { required: true, message: t('validation.sizeRequired') },
          {
            validator: async (_rule, value: unknown) => {
              const size = parseGiB(value);
              if (size === null) return;
              const problem = extendProblem(volume.size, size, remaining);
              if (problem === 'notInteger') throw new Error(t('validation.sizeInteger'));
              if (problem === 'notLarger') throw new Error(t('validation.extendNotLarger', { size: volume.size }));
              if (problem === 'overQuota') throw new Error(t('validation.extendOverQuota', { max: max ?? 0 }));
            },
          },
        ]}
      >
        {/* No min or precision: antd would round or clamp what was typed; the rule refuses it instead. */}
        <InputNumber aria-label={t('extend.newSize')} suffix="GiB" style={{ width: 200 }} autoFocus />
      </Form.Item>
    </ActionModal>
  );
}
