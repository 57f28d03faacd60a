import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/list/status-badge';
import { backupStatusInfo } from '../../../domain/backups';

/** A backup status in words, coloured, with a spinner while it changes; a failure shows Cinder's fail_reason on hover. */
export function BackupStatusBadge({ status, failReason }: { status: string; failReason?: string | null }) {
  const { t } = useTranslation('backups');
  const info = backupStatusInfo(status);
  const label = info.labelKey === 'status.unknown' ? status : t(info.labelKey);
  return <StatusBadge label={label} presentation={info} raw={status} detail={info.isError && failReason ? failReason : undefined} />;
}
