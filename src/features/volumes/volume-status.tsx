import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { supports } from '../../api/microversion';
import { StatusBadge } from '../../components/list/status-badge';
import { useRequiredSession } from '../../lib/use-session';
import { volumeMessagesOptions } from '../../queries/volumes';
import { attachStatusLabelKeys, isAttachStatus, isKnownVolumeStatus, isMigrationStatus, migrationStatusLabelKeys, volumeStatusInfo } from '../../domain/volumes';
import { Text } from '../../components/text';

/** The label of a status in the current language; an unknown status shows as Cinder wrote it. */
export function useVolumeStatusLabel() {
  const { t } = useTranslation('volumes');
  return (status: string) => (isKnownVolumeStatus(status) ? t(volumeStatusInfo(status).labelKey) : status);
}

/** The label of a migration_status (null/empty reads as "none"); an unknown value shows as Cinder wrote it. */
export function useMigrationStatusLabel() {
  const { t } = useTranslation('volumes');
  return (status: string | null | undefined) => {
    const value = status || 'none';
    return isMigrationStatus(value) ? t(migrationStatusLabelKeys[value]) : value;
  };
}

/** The label of an attach_status (attached / detached); an unknown value shows as Cinder wrote it. */
export function useAttachStatusLabel() {
  const { t } = useTranslation('volumes');
  return (status: string) => (isAttachStatus(status) ? t(attachStatusLabelKeys[status]) : status);
}

export function VolumeStatusBadge({ status }: { status: string }) {
  const label = useVolumeStatusLabel()(status);
  return <StatusBadge label={label} presentation={volumeStatusInfo(status)} raw={status} />;
}

/**
 * Status plus, for error statuses, the reason from Cinder's user messages (GET /messages?resource_uuid=).
 * Only error rows ask, once each, cached — so a page of healthy volumes costs no extra request.
 */
export function VolumeStatusWithReason({ volumeId, status }: { volumeId: string; status: string }) {
  const session = useRequiredSession();
  const info = volumeStatusInfo(status);
  const messages = useQuery({ ...volumeMessagesOptions(volumeId), enabled: info.isError && supports(session, 'messages') });
  const reason = messages.data?.[0]?.user_message;
  return (
    <div>
      <VolumeStatusBadge status={status} />
      {info.isError && reason ? (
        <Text type="danger" style={{ display: 'block', fontSize: 12, maxWidth: 280 }}>
          {reason}
        </Text>
      ) : null}
    </div>
  );
}
