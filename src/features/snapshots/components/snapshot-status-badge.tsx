import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/list/status-badge';
import { snapshotStatusInfo } from '../../../domain/snapshots';

/** A snapshot status in words, coloured, with a spinner while it changes (list and detail share it). */
export function SnapshotStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('snapshots');
  const info = snapshotStatusInfo(status);
  const label = info.labelKey === 'status.unknown' ? status : t(info.labelKey);
  return <StatusBadge label={label} presentation={info} raw={status} />;
}
