/** Pending volume transfers and the transfer mutations (every one also invalidates the volumes: their status moves). */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { acceptTransfer, createTransfer, deleteTransfer, listTransfers, type CreateTransferInput, type TransferListQuery } from '../api/volume-transfers';
import { moveVolumeToProject } from '../api/volume-move';
import { snapshotKeys } from './snapshots';
import { volumeKeys } from './volumes';

export const transferKeys = {
  all: ['volume-transfers'] as const,
  list: (query: TransferListQuery) => [...transferKeys.all, 'list', query] as const,
};

/** Transfers wait on someone else: read on demand (and on every transfer mutation), not polled. */
export const transferListOptions = (query: TransferListQuery) =>
  queryOptions({ queryKey: transferKeys.list(query), queryFn: ({ signal }) => listTransfers(query, signal) });

function useInvalidateAfterTransfer() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: transferKeys.all });
    void queryClient.invalidateQueries({ queryKey: volumeKeys.all });
    void queryClient.invalidateQueries({ queryKey: snapshotKeys.all });
  };
}

/** The answer holds the auth key: it reaches the dialog and is dropped from the mutation cache as soon as the dialog is gone (gcTime 0). */
export function useCreateTransfer() {
  const invalidate = useInvalidateAfterTransfer();
  return useMutation({ mutationFn: (input: CreateTransferInput) => createTransfer(input), onSuccess: invalidate, gcTime: 0 });
}

export function useAcceptTransfer() {
  const invalidate = useInvalidateAfterTransfer();
  // The typed key is a variable of this mutation: gone with the dialog (gcTime 0).
  return useMutation({ mutationFn: ({ transferId, authKey }: { transferId: string; authKey: string }) => acceptTransfer(transferId, authKey), onSuccess: invalidate, gcTime: 0 });
}

export function useCancelTransfer() {
  const invalidate = useInvalidateAfterTransfer();
  return useMutation({ mutationFn: (transferId: string) => deleteTransfer(transferId), onSuccess: invalidate });
}

/** Create with this project's token, accept with one scoped to the target: no key is shown or typed. */
export function useMoveVolume() {
  return useMutation({
    mutationFn: ({ volumeId, targetProjectId }: { volumeId: string; targetProjectId: string }) => moveVolumeToProject(volumeId, targetProjectId),
    // The session changes project on success; the shell resets the cache for the new one.
  });
}
