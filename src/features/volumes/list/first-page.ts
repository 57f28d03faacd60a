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
import { volumeListRequest, volumeListSchema } from '../list-schema';

/** The table's id for its stored preferences (page size, hidden columns). */
export const VOLUMES_TABLE_ID = 'volumes';

export function readFirstVolumePage(params: URLSearchParams, session: Session): Promise<unknown> {
  const state = parseListUrlState(params, volumeListSchema, readTablePrefs(VOLUMES_TABLE_ID).pageSize);
  // No marker is remembered on a fresh load: a page past the first is asked for by offset, as the page does.
  const request = volumeListRequest(state, { isAdmin: isAdmin(session), withCount: supports(session, 'count') });
  return request.kind === 'byId' ? getVolume(request.id) : listVolumes(request.query);
}
