/**
 * The snapshot list's first read for a URL, React-free: the entry sends it while the app's code is
 * still loading (src/app/first-data.ts), and the page's own query then takes the answer over.
 */
import { supports, supportsVersion } from '../../../api/microversion';
import { isAdmin, type Session } from '../../../api/session';
import { listSnapshots } from '../../../api/snapshots';
import { readTablePrefs } from '../../../components/list/table-prefs-store';
import { parseListUrlState } from '../../../lib/list-state';
import { snapshotListSchema, snapshotQueryFor } from './list-schema';

/** The table's id for its stored preferences (page size, hidden columns). */
export const SNAPSHOTS_TABLE_ID = 'snapshots';

/** The list page's server query options for a session. */
export function snapshotQueryOptions(session: Session) {
  return { isAdmin: isAdmin(session), withCount: supports(session, 'count'), sortByName: supportsVersion(session.volumeApiVersion, '3.30') };
}

export function readFirstSnapshotPage(params: URLSearchParams, session: Session): Promise<unknown> {
  const state = parseListUrlState(params, snapshotListSchema, readTablePrefs(SNAPSHOTS_TABLE_ID).pageSize);
  return listSnapshots(snapshotQueryFor(state, snapshotQueryOptions(session)));
}
