/**
 * The volumes list's first read for a URL, React-free: the entry sends it while the app's code is
 * still loading (src/app/first-data.ts), and useVolumeList's own query then takes the answer over.
 * It must be the very request the page sends on a fresh load, so it is built by the same functions.
 */
import { supports } from '../../../api/microversion';
import { isAdmin, type Session } from '../../../api/session';
import { getVolume, listVolumes } from '../../../api/volumes';
import { readTablePrefs } from '../../../components/list/table-prefs-store';
import { parseListUrlState } from '../../../lib/list-state';
import { volumeListRequest, volumeListSchema, type VolumeListRequest, type VolumeListState } from '../list-schema';

/** The table's id for its stored preferences (page size, hidden columns). */
export const VOLUMES_TABLE_ID = 'volumes';

/** The list's state on a fresh load of `params` (the stored page size when the URL has none). */
export function firstVolumeListState(params: URLSearchParams): VolumeListState {
  return parseListUrlState(params, volumeListSchema, readTablePrefs(VOLUMES_TABLE_ID).pageSize);
}

/** The page's request on a fresh load: no marker is remembered yet, a page past the first goes by offset, as the page does. */
export function firstVolumePageRequest(state: VolumeListState, session: Session): VolumeListRequest {
  return volumeListRequest(state, { isAdmin: isAdmin(session), withCount: supports(session, 'count') });
}

export function readFirstVolumePage(params: URLSearchParams, session: Session): Promise<unknown> {
  return readVolumePage(firstVolumePageRequest(firstVolumeListState(params), session));
}

/** The one GET behind a page's request (the page's query adds the paging around it). */
export function readVolumePage(request: VolumeListRequest): Promise<unknown> {
  return request.kind === 'byId' ? getVolume(request.id) : listVolumes(request.query);
}
