import { useTranslation } from 'react-i18next';
import { isKnownVolumeStatus, volumeStatusInfo } from '../domain/volumes';
import { useStatusWithCode } from './list/status-badge';

/**
 * A volume's status for a sentence on another resource's page (a snapshot's revert, a backup's restore):
 * the label with Cinder's code beside it ("使用中（in-use）"); an unknown status is its code. The volumes
 * strings load in the background (no suspense: those pages must not wait for them); until then, the code.
 */
export function useVolumeStatusWithCode() {
  const { t, ready } = useTranslation('volumes', { useSuspense: false });
  const withCode = useStatusWithCode();
  return (status: string) => (ready && isKnownVolumeStatus(status) ? withCode(t(volumeStatusInfo(status).labelKey), status) : status);
}
