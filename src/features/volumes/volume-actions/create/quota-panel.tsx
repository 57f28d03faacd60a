import { Alert, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectQuotaUsage } from '../../../../api/quotas';
import { ApiErrorAlert } from '../../../../components/api-error-alert';
import { QuotaLine } from '../../../../components/quota-line/quota-line';

interface QuotaPanelProps {
  quota: ProjectQuotaUsage | undefined;
  error: unknown;
  loading: boolean;
  typeName?: string;
  /** GiB this request would add. */
  requestedGiB: number;
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
