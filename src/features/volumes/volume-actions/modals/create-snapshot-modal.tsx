import { useQueryClient } from '@tanstack/react-query';
import type { Volume } from '../../../../api/models';
import { CreateSnapshotModal as SharedCreateSnapshotModal } from '../../../../components/create-snapshot-modal';
import { volumeKeys } from '../../../../queries/volumes';

/**
 * The snapshots page's dialog, opened for this volume: one form for both places. The volume's
 * snapshot list and status (snapshots count in delete/revert rules) refresh once Cinder accepts it.
 */
export function CreateSnapshotModal({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  const queryClient = useQueryClient();
  return (
    <SharedCreateSnapshotModal
      open
      volume={volume}
      onClose={onClose}
      onCreated={() => {
        void queryClient.invalidateQueries({ queryKey: volumeKeys.all });
        onClose();
      }}
    />
  );
}
