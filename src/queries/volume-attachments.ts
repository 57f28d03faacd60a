/** Attach / detach mutations (Nova) and Cinder's admin force detach; loaded with the dialogs, not the list. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { attachVolume, detachVolume } from '../api/servers';
import { forceDetachVolume } from '../api/volume-actions';
import { useVolumeMutation } from './volume-actions';
import { volumeKeys } from './volumes';

/** Nova attach: the volume shows "attaching" at once; polling follows it to in-use. */
export function useAttachVolume(volumeId: string) {
  return useVolumeMutation({
    volumeId,
    mutationFn: ({ serverId, device }: { serverId: string; device?: string }) => attachVolume(serverId, volumeId, device),
    transitional: 'attaching',
  });
}

export function useDetachVolume(volumeId: string) {
  return useVolumeMutation({
    volumeId,
    mutationFn: ({ serverId }: { serverId: string }) => detachVolume(serverId, volumeId),
    transitional: 'detaching',
  });
}

/** Admin force detach (Cinder): synchronous, so the refetch after success already shows the result. */
export function useForceDetach(volumeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ attachmentId }: { attachmentId: string }) => forceDetachVolume(volumeId, attachmentId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: volumeKeys.all }),
  });
}
