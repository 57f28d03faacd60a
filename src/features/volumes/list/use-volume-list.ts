import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { isApiError } from '../../../api/errors';
import { supports } from '../../../api/microversion';
import type { Volume } from '../../../api/models';
import { getVolume, listVolumes, type VolumePage } from '../../../api/volumes';
import { useLiveStatus } from '../../../lib/live-status';
import { useIsAdmin, useRequiredSession } from '../../../lib/use-session';
import { listIdentity, volumeListRequest, type VolumeListState } from '../list-schema';
import { volumeKeys } from '../../../queries/volumes';
import { pollSpeed } from '../../../domain/volumes';

const getId = (volume: Volume) => volume.id;

/**
 * Markers seen per list identity and page: page N+1's marker is the last id of page N. Module-level so it
 * outlives remounts (back from a detail page); small and bounded.
 */
const markerMemory = new Map<string, string>();
function rememberMarker(key: string, marker: string) {
  if (markerMemory.size > 500) markerMemory.clear();
  markerMemory.set(key, marker);
}
const speedOf = (volume: Volume) => pollSpeed(volume.status);

/**
 * One page of volumes for the URL state, kept live: only the transitional volumes on the page are
 * re-fetched (GET /volumes/{id}) and patched into the cached page; a 404 removes the row.
 */
export function useVolumeList(state: VolumeListState) {
  const session = useRequiredSession();
  const isAdmin = useIsAdmin();
  const queryClient = useQueryClient();
  const withCount = supports(session, 'count');

  const identity = listIdentity(state, isAdmin);
  const marker = markerMemory.get(`${identity}#${state.page}`);
  const request = useMemo(() => volumeListRequest(state, { isAdmin, withCount, marker }), [state, isAdmin, withCount, marker]);

  const queryKey = request.kind === 'byId' ? ([...volumeKeys.lists(), 'byId', request.id] as const) : volumeKeys.list(request.query);
  // The key is the Cinder query itself; identity/page only name where to remember the next marker.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const query = useQuery({
    queryKey,
    queryFn: async ({ signal }): Promise<VolumePage> => {
      if (request.kind === 'byId') {
        try {
          return { volumes: [await getVolume(request.id, signal)], count: 1 };
        } catch (error) {
          if (isApiError(error) && error.isNotFound) return { volumes: [], count: 0 };
          throw error;
        }
      }
      let page: VolumePage;
      try {
        page = await listVolumes(request.query, signal);
      } catch (error) {
        // The remembered marker's volume may be gone since ("marker not found"): fall back to the offset.
        if (!request.query.marker || !isApiError(error) || (error.status !== 400 && error.status !== 404)) throw error;
        markerMemory.delete(`${identity}#${state.page}`);
        const { marker: _marker, ...rest } = request.query;
        page = await listVolumes({ ...rest, offset: (state.page - 1) * state.limit }, signal);
      }
      if (page.nextMarker) rememberMarker(`${identity}#${state.page + 1}`, page.nextMarker);
      return page;
    },
    placeholderData: (previous) => previous,
  });

  const patch = (update: (page: VolumePage) => VolumePage) =>
    queryClient.setQueryData<VolumePage>(queryKey, (old) => (old ? update(old) : old));

  const live = useLiveStatus<Volume>({
    items: query.isPlaceholderData ? undefined : query.data?.volumes,
    getId,
    speedOf,
    fetchOne: getVolume,
    onUpdate: (volume) => {
      patch((page) => ({ ...page, volumes: page.volumes.map((v) => (v.id === volume.id ? volume : v)) }));
      queryClient.setQueryData(volumeKeys.detail(volume.id), volume);
    },
    onGone: (id) => {
      patch((page) => ({
        ...page,
        volumes: page.volumes.filter((v) => v.id !== id),
        count: typeof page.count === 'number' ? Math.max(0, page.count - 1) : page.count,
      }));
      queryClient.removeQueries({ queryKey: volumeKeys.detail(id) });
    },
  });

  return { query, request, live, isAdmin, withCount };
}
