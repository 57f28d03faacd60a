import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsAdmin } from '../../../lib/use-session';
import { backupServicesOptions } from '../../../queries/backups';

/**
 * Admins are told before they try when no cinder-backup service is up (`GET /os-services`): Cinder would
 * accept the backup and fail it ("Service not found for creating backup."). Members cannot ask Cinder
 * (LP#1334856); for them the operator's `features.backups` switch hides backups instead.
 */
export function BackupServiceAlert() {
  const { t } = useTranslation('backups');
  const isAdmin = useIsAdmin();
  const services = useQuery({ ...backupServicesOptions(), enabled: isAdmin });
  if (!isAdmin || !services.data) return null;
  const up = services.data.filter((s) => s.state === 'up' && s.status === 'enabled');
  if (up.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={services.data.length ? t('service.down') : t('service.none')}
      description={t('service.hint')}
      style={{ marginBottom: 16 }}
    />
  );
}
