import { Alert, Card, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectQuotaUsage, QuotaUsageEntry } from '../../../../api/quotas';
import { ApiErrorAlert } from '../../../../components/api-error-alert';

interface QuotaPanelProps {
  quota: ProjectQuotaUsage | undefined;
  error: unknown;
  loading: boolean;
  typeName?: string;
  /** GiB this request would add. */
  requestedGiB: number;
}

function QuotaLine({ label, entry, adding, unit }: { label: string; entry: QuotaUsageEntry; adding: number; unit: 'count' | 'gib' }) {
  const { t } = useTranslation('volume-actions');
  const used = entry.in_use + entry.reserved;
  const unlimited = entry.limit < 0;
  const after = used + adding;
  const percent = unlimited || entry.limit === 0 ? 0 : Math.min(100, Math.round((after / entry.limit) * 100));
  const over = !unlimited && after > entry.limit;
  const text = unlimited
    ? t(unit === 'gib' ? 'quota.usedUnlimitedGiB' : 'quota.usedUnlimited', { used })
    : t(unit === 'gib' ? 'quota.usedOfGiB' : 'quota.usedOf', { used, limit: entry.limit, adding });
  return (
    <div>
      <Flex justify="space-between">
        <Typography.Text>{label}</Typography.Text>
        <Typography.Text type={over ? 'danger' : 'secondary'}>{text}</Typography.Text>
      </Flex>
      {unlimited ? null : <Progress percent={percent} size="small" status={over ? 'exception' : 'normal'} showInfo={false} aria-label={label} />}
    </div>
  );
}

/** Where this request leaves the project's quota: volumes, GiB, and the chosen type's own limits. */
export function QuotaPanel({ quota, error, loading, typeName, requestedGiB }: QuotaPanelProps) {
  const { t } = useTranslation('volume-actions');
  const perType = typeName ? quota?.perType[typeName] : undefined;
  return (
    <Card size="small" title={t('quota.title')} role="region" aria-label={t('quota.title')}>
      {loading ? <Typography.Text type="secondary">{t('common.loading')}</Typography.Text> : null}
      {error ? <ApiErrorAlert error={error} title={t('quota.unavailable')} /> : null}
      {quota ? (
        <Flex vertical gap={8}>
          <QuotaLine label={t('quota.volumes')} entry={quota.volumes} adding={1} unit="count" />
          <QuotaLine label={t('quota.gigabytes')} entry={quota.gigabytes} adding={requestedGiB} unit="gib" />
          {perType?.volumes ? <QuotaLine label={t('quota.typeVolumes', { type: typeName })} entry={perType.volumes} adding={1} unit="count" /> : null}
          {perType?.gigabytes ? <QuotaLine label={t('quota.typeGigabytes', { type: typeName })} entry={perType.gigabytes} adding={requestedGiB} unit="gib" /> : null}
          {quota.volumes.remaining === 0 || perType?.volumes?.remaining === 0 ? <Alert type="error" showIcon title={t('quota.noVolumesLeft')} /> : null}
        </Flex>
      ) : null}
    </Card>
  );
}
