import { Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { limitProblem, quotaKeyMeaning, type QuotaResourceKey, type QuotaRow } from '../../../domain/quota-limits';

const resourceLabelKeys = {
  volumes: 'quotas:resources.volumes',
  gigabytes: 'quotas:resources.gigabytes',
  snapshots: 'quotas:resources.snapshots',
  backups: 'quotas:resources.backups',
  backup_gigabytes: 'quotas:resources.backupGigabytes',
  per_volume_gigabytes: 'quotas:resources.perVolumeGigabytes',
  groups: 'quotas:resources.groups',
} as const satisfies Record<QuotaResourceKey, string>;

/** One number per limit key (whatever keys Cinder returned), with the project's usage beside it. */
export function QuotaLimitsFields({ rows, showUsage }: { rows: QuotaRow[]; showUsage: boolean }) {
  const { t } = useTranslation(['quota-admin', 'quotas']);
  const label = (key: string) => {
    const meaning = quotaKeyMeaning(key);
    if (meaning.scope === 'project') return t(resourceLabelKeys[meaning.resource]);
    if (meaning.scope === 'type') return t('edit.typeKey', { type: meaning.type, resource: t(resourceLabelKeys[meaning.resource]) });
    return key;
  };
  const problemText = (row: QuotaRow, value: number | null) => {
    const problem = limitProblem(row, value);
    if (!problem) return null;
    if (problem.kind === 'belowUsage') return t('edit.belowUsage', { key: row.key, usage: problem.used, limit: value });
    if (problem.kind === 'tooSmall') return t('edit.tooSmall');
    if (problem.kind === 'tooLarge') return t('edit.tooLarge');
    return t('edit.notInteger');
  };
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', columnGap: 16 }}>
      {rows.map((row) => (
        <Form.Item
          key={row.key}
          name={row.key}
          label={label(row.key)}
          extra={
            showUsage ? (
              <Typography.Text type="secondary">
                {row.reserved ? t('edit.usageReserved', { inUse: row.inUse, reserved: row.reserved }) : t('edit.usage', { inUse: row.inUse })}
              </Typography.Text>
            ) : null
          }
          rules={[
            {
              validator: (_rule, value: number | null) => {
                const text = problemText(row, value);
                return text ? Promise.reject(new Error(text)) : Promise.resolve();
              },
            },
          ]}
        >
          <InputNumber aria-label={label(row.key)} min={-1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      ))}
    </div>
  );
}
