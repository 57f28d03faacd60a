import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { supports } from '../../../api/microversion';
import type { Volume } from '../../../api/models';
import { getVolume } from '../../../api/volumes';
import { useLivePageRows } from '../../../lib/live-page';
import { useIsAdmin, useRequiredSession } from '../../../lib/use-session';
import { listIdentity, volumeListRequest, type VolumeListRequest, type VolumeListState } from '../list-schema';
import { isAdmin, type Session } from '../../../api/session';
import { primedSucceeded } from '../../../api/http';
import { firstVolumeListState, firstVolumePageRequest, readVolumePage } from './first-page';
import { volumeKeys, volumeListOptions } from '../../../queries/volumes';
import { pollSpeed } from '../../../domain/volumes';
import { useNameMatch } from '../../../queries/resource-filters';

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

/** The page's query for `request` (built from `state`), remembering where the next page starts. */
function volumePageOptions(state: VolumeListState, request: VolumeListRequest, isAdmin: boolean) {
  const identity = listIdentity(state, isAdmin);
  return volumeListOptions(request, {
    // The remembered marker's volume may be gone since ("marker not found"): fall back to the offset.
    withoutMarker: ({ marker: _marker, ...rest }) => {
      markerMemory.delete(`${identity}#${state.page}`);
      return { ...rest, offset: (state.page - 1) * state.limit };
    },
    onNextMarker: (next) => rememberMarker(`${identity}#${state.page + 1}`, next),
  });
}

/**
 * Puts the list's first page for a fresh load of `params` into `queryClient` before the page renders
 * (src/app/first-queries.ts): its answer was asked for by the entry (./first-page.ts) and has usually
 * arrived by the time the shell renders, so the page's first render has its rows instead of a skeleton
 * and a second pass. The same request and options the page builds; a name search is left to the page
 * (how it filters by name depends on the cloud's answer on `name~`).
 */
export function prefetchFirstVolumePage(queryClient: QueryClient, params: URLSearchParams, session: Session): void {
  const state = firstVolumeListState(params);
  if (state.filters.name) return;
  const request = firstVolumePageRequest(state, session);
  const options = volumePageOptions(state, request, isAdmin(session));
  // Only a success: a failed answer is left to the page's own query, which reports it as always.
  void primedSucceeded(() => readVolumePage(request)).then((ok) => (ok ? queryClient.prefetchQuery(options) : undefined));
}

/**
 * One page of volumes for the URL state, kept live: only the transitional volumes on the page are
 * re-fetched (GET /volumes/{id}) and patched into the cached page; a 404 removes the row.
 */
export function useVolumeList(state: VolumeListState) {
  const session = useRequiredSession();
  const isAdmin = useIsAdmin();
  const queryClient = useQueryClient();
  const withCount = supports(session, 'count');
  const nameMatch = useNameMatch('volume');
  // A member's name search waits for the cloud's answer on `name~` rather than sending the wrong filter.
  const waiting = !!state.filters.name && nameMatch === undefined;

  const marker = markerMemory.get(`${listIdentity(state, isAdmin)}#${state.page}`);
  const request = useMemo(() => volumeListRequest(state, { isAdmin, withCount, marker, nameMatch }), [state, isAdmin, withCount, marker, nameMatch]);
  const options = volumePageOptions(state, request, isAdmin);
  const query = useQuery({ ...options, enabled: !waiting });

  const live = useLivePageRows({
    queryKey: options.queryKey,
    rows: query.isPlaceholderData ? undefined : query.data?.volumes,
    field: 'volumes',
    speedOf,
    fetchOne: getVolume,
    onUpdate: (volume) => queryClient.setQueryData(volumeKeys.detail(volume.id), volume),
    onGone: (id) => queryClient.removeQueries({ queryKey: volumeKeys.detail(id) }),
  });

  return { query, request, live, isAdmin, withCount, nameMatch };
}
