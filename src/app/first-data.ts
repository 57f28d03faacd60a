/**
 * The first screen's data, asked for before the app has loaded: the entry knows the session and the
 * URL, so it sends the page's first Cinder reads in parallel with downloading React, antd and the page's
 * code (on a cold load that is most of the wait). The page's own queries take the answers over through
 * the API layer (src/api/primed-reads.ts): same requests, same query keys and options, no second key.
 * React-free, like the entry. Keystone is not asked: a stored token that has not expired is used as is
 * (getSession drops an expired one), and a revoked one gets a 401 that ends the session as anywhere else.
 */
import { primeReads } from '../api/http';
import { isAdmin, type Session } from '../api/session';
import { readFirstQosSpecsPage } from '../features/qos-specs/list/first-page';
import { readFirstSnapshotPage } from '../features/snapshots/list/first-page';
import { readFirstVolumeTypesPage } from '../features/volume-types/list/first-page';
import { readFirstVolumePage } from '../features/volumes/list/first-page';
import { routeFor } from './preload';

type FirstReads = (params: URLSearchParams, session: Session) => Promise<unknown>;

/** The list pages and their first reads (the other pages start their own once loaded). */
const FIRST_READS: Record<string, FirstReads> = {
  volumes: readFirstVolumePage,
  snapshots: readFirstSnapshotPage,
  'volume-types': readFirstVolumeTypesPage,
  'qos-specs': readFirstQosSpecsPage,
};

/** The reads the list page at `pathname` (exactly a list, not a detail) sends first, or null. */
export function firstReadsFor(pathname: string, session: Session | null): FirstReads | null {
  if (!session) return null;
  const route = routeFor(pathname);
  if (!route || (route.adminOnly && !isAdmin(session))) return null;
  // "/" opens the first page; a deeper path (a volume's detail) is not the list.
  if (pathname !== '/' && !new RegExp(`^/${route.path}/?$`).test(pathname)) return null;
  return FIRST_READS[route.path] ?? null;
}

/** Sends the first reads of the page at `location` for `session`; true when there were any. */
export function startFirstData(location: { pathname: string; search: string }, session: Session | null): boolean {
  const reads = firstReadsFor(location.pathname, session);
  if (!reads || !session) return false;
  primeReads(() => reads(new URLSearchParams(location.search), session));
  return true;
}
