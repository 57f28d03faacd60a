import { Alert, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuotaUsage } from '../../../../queries/quotas';
import { ApiErrorAlert } from '../../../../components/api-error-alert';
import { QuotaLine, wouldExceed } from '../../../../components/quota-line/quota-line';

/** Where one more backup of `size` GiB leaves the project's `backups` and `backup_gigabytes` quotas (Cinder answers 413 past them). */
export function BackupQuotaPanel({ projectId, size }: { projectId: string; size: number }) {
  const { t } = useTranslation('backups');
  const quota = useQuotaUsage(projectId);
  const backups = quota.data?.backups;
  const gigabytes = quota.data?.backupGigabytes;
  const over = wouldExceed(backups, 1) || wouldExceed(gigabytes, size);
  return (
    <Card size="small" title={t('create.quota.title')} role="region" aria-label={t('create.quota.title')} style={{ marginBottom: 16 }}>
      {quota.isLoading ? <Typography.Text type="secondary">{t('create.quota.loading')}</Typography.Text> : null}
      {quota.error ? <ApiErrorAlert error={quota.error} title={t('create.quota.unavailable')} /> : null}
      <Flex vertical gap={8}>
        {backups ? <QuotaLine label={t('create.quota.backups')} entry={backups} adding={1} unit="count" /> : null}
        {gigabytes ? <QuotaLine label={t('create.quota.gigabytes')} entry={gigabytes} adding={size} unit="gib" /> : null}
        {over ? <Alert type="error" showIcon title={t('create.quota.over')} /> : null}
      </Flex>
    </Card>
  );
}
