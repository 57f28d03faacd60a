/**
 * The first screen's data, asked for before the app has loaded: the entry knows the session and the
 * URL, so it sends the page's first Cinder reads in parallel with downloading React, antd and the page's
 * code (on a cold load that is most of the wait). The page's own queries take the answers over through
 * the API layer (src/api/primed-reads.ts): same requests, same query keys and options, no second key.
 * React-free, like the entry. Keystone is not asked: a stored token that has not expired is used as is
 * (getSession drops an expired one), and a revoked one gets a 401 that ends the session as anywhere else.
 */
import { primeReads } from '../api/http';
import type { Session } from '../api/session';
import { readFirstQosSpecsPage } from '../features/qos-specs/list/first-page';
import { readFirstSnapshotPage } from '../features/snapshots/list/first-page';
import { readFirstVolumeTypesPage } from '../features/volume-types/list/first-page';
import { loadVolumeDetailPage, readVolumeDetail } from '../features/volumes/detail/first-read';
import { readFirstVolumePage } from '../features/volumes/list/first-page';
import { firstPage, listPageFor } from './preload';

type FirstReads = (params: URLSearchParams, session: Session) => Promise<unknown>;

/** The list pages and their first reads (the other pages start their own once loaded). */
const FIRST_READS: Record<string, FirstReads> = {
  volumes: readFirstVolumePage,
  snapshots: readFirstSnapshotPage,
  'volume-types': readFirstVolumeTypesPage,
  'qos-specs': readFirstQosSpecsPage,
};

/** Detail pages with a first read, and their code (loaded ahead on hover or focus of a link to one). */
const DETAIL_PAGES: Record<string, { read: (id: string) => Promise<unknown>; load: () => Promise<unknown> }> = {
  volumes: { read: readVolumeDetail, load: loadVolumeDetailPage },
};

/** `/volumes/<id>` (or `/volumes/<id>/<tab>`) as its page and id. */
function detailOf(pathname: string): { page: string; id: string } | null {
  const match = /^\/([^/]+)\/([^/]+)(?:\/[^/]+)?\/?$/.exec(pathname);
  return match ? { page: match[1]!, id: decodeURIComponent(match[2]!) } : null;
}

/** The reads the page at `pathname` (a list, or a detail page that has one) sends first, or null. */
export function firstReadsFor(pathname: string, session: Session | null): FirstReads | null {
  if (!session || !firstPage(pathname, session)) return null;
  const list = listPageFor(pathname, session);
  if (list) return FIRST_READS[list.path] ?? null;
  const detail = detailOf(pathname);
  const page = detail && DETAIL_PAGES[detail.page];
  return detail && page ? () => page.read(detail.id) : null;
}

/** The code of the page at `pathname` (its route's chunk, and a detail page's own). */
export function loadPageCode(pathname: string, session: Session | null): void {
  const route = session && firstPage(pathname, session);
  if (!route) return;
  void route.load().catch(() => undefined);
  const detail = detailOf(pathname);
  if (detail) void DETAIL_PAGES[detail.page]?.load().catch(() => undefined);
}

/** Sends the first reads of the page at `location` for `session`; true when there were any. */
export function startFirstData(location: { pathname: string; search: string }, session: Session | null): boolean {
  const reads = firstReadsFor(location.pathname, session);
  if (!reads || !session) return false;
  primeReads(() => reads(new URLSearchParams(location.search), session));
  return true;
}
