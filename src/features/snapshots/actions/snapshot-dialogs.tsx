import type { Snapshot } from '../../../api/models';
import { useIsAdmin } from '../../../lib/use-session';
import { ForceDeleteModal, ResetStatusModal } from './admin-modals';
import { CreateVolumeFromSnapshotModal } from './create-volume-modal';
import { DeleteSnapshotModal } from './delete-snapshot-modal';
import { EditSnapshotModal } from './edit-snapshot-modal';
import { UnmanageSnapshotModal } from '../manage/unmanage-snapshot-modal';

export type SnapshotDialog = 'edit' | 'delete' | 'createVolume' | 'reset' | 'forceDelete' | 'unmanage';

interface Props {
  snapshot: Snapshot | null;
  dialog: SnapshotDialog | null;
  onClose: () => void;
  /** After a delete / force delete succeeded (the detail page goes back to the list). */
  onDeleted?: () => void;
}

/** The per-snapshot dialogs, shared by the list's row menu and the detail page. */
export function SnapshotDialogs({ snapshot, dialog, onClose, onDeleted }: Props) {
  const isAdmin = useIsAdmin();
  if (!snapshot) return null;
  return (
    <>
      <EditSnapshotModal key={`edit-${snapshot.id}`} snapshot={snapshot} open={dialog === 'edit'} onClose={onClose} />
      <DeleteSnapshotModal snapshot={snapshot} open={dialog === 'delete'} onClose={onClose} onDeleted={onDeleted} />
      <CreateVolumeFromSnapshotModal key={`cv-${snapshot.id}`} snapshot={snapshot} open={dialog === 'createVolume'} onClose={onClose} />
      {isAdmin ? (
        <>
          <ResetStatusModal snapshot={snapshot} open={dialog === 'reset'} onClose={onClose} />
          <ForceDeleteModal snapshot={snapshot} open={dialog === 'forceDelete'} onClose={onClose} onDeleted={onDeleted} />
          <UnmanageSnapshotModal snapshot={snapshot} open={dialog === 'unmanage'} onClose={onClose} onDone={onDeleted} />
        </>
      ) : null}
    </>
  );
}
