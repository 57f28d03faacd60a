import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../api/models';
import { deleteBlock, type RevertBlock } from '../../../domain/snapshots';
import { snapshotStatusInfo } from '../../../domain/snapshots';
import { useVolumeStatusWithCode } from '../../../components/status-words';

/** The status in words, for sentences ("… it is Creating"). */
export function useStatusLabel() {
  const { t } = useTranslation('snapshots');
  return (status: string) => {
    const info = snapshotStatusInfo(status);
    return info.labelKey === 'status.unknown' ? status : t(info.labelKey);
  };
}

/** Why a snapshot cannot be deleted right now, or null. */
export function useDeleteBlockReason() {
  const { t } = useTranslation('snapshots');
  const statusLabel = useStatusLabel();
  return (snapshot: Pick<Snapshot, 'status' | 'group_snapshot_id'>): string | null => {
    const block = deleteBlock(snapshot);
    if (block === 'status') return t('delete.blockedStatus', { status: statusLabel(snapshot.status) });
    if (block === 'group') return t('delete.blockedGroup');
    return null;
  };
}

export function useRevertBlockReason() {
  const { t } = useTranslation('snapshots');
  const volumeStatus = useVolumeStatusWithCode();
  return (block: RevertBlock, details: { version: string; volumeStatus?: string; volumeSize?: number; snapshotSize: number }): string => {
    switch (block) {
      case 'microversion':
        return t('revert.blockedMicroversion', { version: details.version });
      case 'volumeMissing':
        return t('revert.blockedVolumeMissing');
      case 'snapshotStatus':
        return t('revert.blockedSnapshotStatus');
      case 'volumeStatus':
        return t('revert.blockedVolumeStatus', { status: volumeStatus(details.volumeStatus ?? '') });
      case 'notLatest':
        return t('revert.blockedNotLatest');
      case 'sizeMismatch':
        return t('revert.blockedSizeMismatch', { volumeSize: details.volumeSize ?? 0, snapshotSize: details.snapshotSize });
    }
  };
}
