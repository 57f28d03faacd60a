import { lazy, Suspense } from 'react';
import type { Backup } from '../../../api/backup-models';
import { useIsAdmin } from '../../../lib/use-session';
import type { BackupDialog } from './backup-dialog';

// Each dialog is downloaded when first opened: the list and detail pages do not pay for six forms.
const RestoreModal = lazy(() => import('./restore-modal').then((m) => ({ default: m.RestoreModal })));
const CreateVolumeFromBackupModal = lazy(() => import('./create-volume-modal').then((m) => ({ default: m.CreateVolumeFromBackupModal })));
const EditBackupModal = lazy(() => import('./edit-backup-modal').then((m) => ({ default: m.EditBackupModal })));
const DeleteBackupModal = lazy(() => import('./delete-backup-modal').then((m) => ({ default: m.DeleteBackupModal })));
const ResetBackupStatusModal = lazy(() => import('./admin-modals').then((m) => ({ default: m.ResetBackupStatusModal })));
const ForceDeleteBackupModal = lazy(() => import('./admin-modals').then((m) => ({ default: m.ForceDeleteBackupModal })));

interface Props {
  backup: Backup | null;
  dialog: BackupDialog | null;
  onClose: () => void;
  /** After a delete / force delete succeeded (the detail page goes back to the list). */
  onDeleted?: () => void;
}

/** The open per-backup dialog, shared by the list's row menu and the detail page. */
export function BackupDialogs({ backup, dialog, onClose, onDeleted }: Props) {
  const isAdmin = useIsAdmin();
  if (!backup || !dialog) return null;
  const props = { backup, onClose };
  return (
    <Suspense fallback={null}>
      {dialog === 'restore' ? <RestoreModal {...props} /> : null}
      {dialog === 'createVolume' ? <CreateVolumeFromBackupModal {...props} /> : null}
      {dialog === 'edit' ? <EditBackupModal {...props} /> : null}
      {dialog === 'delete' ? <DeleteBackupModal {...props} onDeleted={onDeleted} /> : null}
      {isAdmin && dialog === 'reset' ? <ResetBackupStatusModal {...props} /> : null}
      {isAdmin && dialog === 'forceDelete' ? <ForceDeleteBackupModal {...props} onDeleted={onDeleted} /> : null}
    </Suspense>
  );
}
