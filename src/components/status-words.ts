import { useTranslation } from 'react-i18next';
import { isKnownVolumeStatus, volumeStatusInfo } from '../domain/volumes';
import { snapshotStatusInfo } from '../domain/snapshots';
import { useStatusWithCode } from './list/status-badge';

/*
 * A status of one resource in words on another resource's page, with Cinder's code beside it ("使用中（in-use）");
 * an unknown status is its code. The resource's strings load in the background (no suspense: the page must
 * not wait for them); until then, the code.
 */

/** A volume's status for a sentence on a snapshot's or a backup's page (revert, restore). */
export function useVolumeStatusWithCode() {
  const { t, ready } = useTranslation('volumes', { useSuspense: false });
  const withCode = useStatusWithCode();
  return (status: string) => (ready && isKnownVolumeStatus(status) ? withCode(t(volumeStatusInfo(status).labelKey), status) : status);
}

/** A snapshot's status on a volume's page (the snapshots a delete would take with it). */
export function useSnapshotStatusWithCode() {
  const { t, ready } = useTranslation('snapshots', { useSuspense: false });
  const withCode = useStatusWithCode();
  return (status: string) => {
    const { labelKey } = snapshotStatusInfo(status);
    return ready && labelKey !== 'status.unknown' ? withCode(t(labelKey), status) : status;
  };
}
