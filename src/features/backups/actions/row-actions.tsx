import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../api/backup-models';
import { RowActionsButton } from '../../../components/list/row-actions-button';
import { backupLabel } from '../../../domain/backups';
import { useRequiredSession } from '../../../lib/use-session';
import type { BackupDialog } from './backup-dialog';
import { useBackupReasons } from './reasons';

interface Props {
  backup: Backup;
  isAdmin: boolean;
  onAction: (dialog: BackupDialog, backup: Backup) => void;
}

/** The row's menu: actions Cinder would refuse are disabled, with the reason as their title. */
export function BackupRowActions({ backup, isAdmin, onAction }: Props) {
  const { t } = useTranslation('backups');
  const session = useRequiredSession();
  const reasons = useBackupReasons(session.volumeApiVersion);
  const item = (key: BackupDialog, label: string, reason: string | null, danger = false) => ({ key, label, danger, disabled: !!reason, title: reason ?? undefined });
  const items = [
    item('restore', t('actions.restore'), reasons.restore(backup)),
    item('createVolume', t('actions.createVolume'), reasons.createVolume(backup)),
    item('edit', t('actions.edit'), null),
    { type: 'divider' as const, key: 'delete-divider' },
    item('delete', t('actions.delete'), reasons.delete(backup), true),
    ...(isAdmin
      ? [{ type: 'divider' as const, key: 'admin-divider' }, item('reset', t('actions.resetStatus'), null), item('forceDelete', t('actions.forceDelete'), null, true)]
      : []),
  ];
  return (
    <RowActionsButton label={t('list.rowActions', { name: backupLabel(backup) })} menu={{ items, onClick: ({ key }) => onAction(key as BackupDialog, backup) }} />
  );
}
