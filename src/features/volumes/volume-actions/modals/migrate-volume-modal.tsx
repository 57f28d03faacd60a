import { useQuery } from '@tanstack/react-query';
import { Checkbox, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Pool, Volume } from '../../../../api/models';
import { migrateVolume, volumeActionCalls } from '../../../../api/volume-actions';
import { ApiErrorAlert } from '../../../../components/api-error-alert';
import { ActionModal } from '../action-modal';
import { poolsOptions, useVolumeMutation } from '../../../../queries/volume-actions';
import { volumeLabel } from '../../../../domain/volumes';
import { useFeedback } from '../../../../components/feedback/feedback';

interface Values {
  host: string;
  forceHostCopy: boolean;
  lockVolume: boolean;
}

/** Pools a volume can move to: every pool but the one it is on. */
export function migrationTargets(pools: Pool[], currentHost: string | null | undefined): Pool[] {
  return pools.filter((pool) => pool.name !== currentHost);
}

function poolLabel(pool: Pool): string {
  const free = pool.capabilities?.free_capacity_gb;
  return free === undefined ? pool.name : `${pool.name} (${free} GiB free)`;
}

export function MigrateVolumeModal({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  const { t } = useTranslation('volume-actions');
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const pools = useQuery(poolsOptions());
  const currentHost = volume['os-vol-host-attr:host'];
  const targets = migrationTargets(pools.data ?? [], currentHost);
  const mutation = useVolumeMutation({
    volumeId: volume.id,
    mutationFn: (values: Values) => migrateVolume(volume.id, { host: values.host, force_host_copy: values.forceHostCopy, lock_volume: values.lockVolume }),
    patch: () => ({ migration_status: 'starting' }),
  });
  return (
    <ActionModal<Values>
      cli={(values) => (values.host ? volumeActionCalls.migrate(volume.id, { host: values.host, force_host_copy: !!values.forceHostCopy, lock_volume: !!values.lockVolume }) : null)}
      title={t('migrate.title', { name: volumeLabel(volume) })}
      okText={t('migrate.submit')}
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      initialValues={{ forceHostCopy: false, lockVolume: false }}
      onSubmit={(values) =>
        mutation.mutate(values, {
          onSuccess: () => {
            message.success(t('migrate.done', { name: volumeLabel(volume), host: values.host }));
            onClose();
          },
        })
      }
    >
      <p>
        {t('migrate.current')} <Typography.Text code>{currentHost ?? '—'}</Typography.Text>
      </p>
      {pools.isError ? <ApiErrorAlert error={pools.error} /> : null}
      <Form.Item name="host" label={t('migrate.host')} rules={[{ required: true, message: t('validation.hostRequired') }]}>
        <Select
          aria-label={t('migrate.host')}
          loading={pools.isPending}
          options={targets.map((pool) => ({ value: pool.name, label: poolLabel(pool) }))}
          notFoundContent={pools.isPending ? t('common.loading') : t('migrate.noTargets')}
        />
      </Form.Item>
      <Form.Item name="forceHostCopy" valuePropName="checked" extra={t('migrate.forceHostCopyHelp')}>
        <Checkbox>{t('migrate.forceHostCopy')}</Checkbox>
      </Form.Item>
      <Form.Item name="lockVolume" valuePropName="checked" extra={t('migrate.lockVolumeHelp')}>
        <Checkbox>{t('migrate.lockVolume')}</Checkbox>
      </Form.Item>
    </ActionModal>
  );
}
