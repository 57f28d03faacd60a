import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../api/backup-models';
import { supportsVersion } from '../../../api/microversion';
import { backupStatusInfo, deleteBackupBlock, restoreBlock } from '../../../domain/backups';
import { volumeFeatures } from '../../../api/microversion';

/** The status in words, for sentences ("… it is Creating"). */
export function useBackupStatusLabel() {
  const { t } = useTranslation('backups');
  return (status: string) => {
    const info = backupStatusInfo(status);
    return info.labelKey === 'status.unknown' ? status : t(info.labelKey);
  };
}

/** Why each backup action is unavailable right now (null: allowed), in the user's language. */
export function useBackupReasons(version: string) {
  const { t } = useTranslation('backups');
  const statusLabel = useBackupStatusLabel();
  return {
    delete: (backup: Pick<Backup, 'status' | 'has_dependent_backups'>): string | null => {
      const block = deleteBackupBlock(backup);
      if (!block) return null;
      return block.key === 'dependents' ? t('reasons.deleteDependents') : t('reasons.deleteStatus', { status: statusLabel(backup.status) });
    },
    restore: (backup: Pick<Backup, 'status' | 'size'>): string | null =>
      restoreBlock(backup) ? t('reasons.restoreStatus', { status: statusLabel(backup.status) }) : null,
    createVolume: (backup: Pick<Backup, 'status'>): string | null => {
      if (!supportsVersion(version, volumeFeatures.volumeFromBackup)) return t('reasons.createVolumeVersion', { current: version });
      return backup.status === 'available' ? null : t('reasons.createVolumeStatus');
    },
  };
}
