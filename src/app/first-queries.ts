/**
 * The opened list's first page, put into the query cache when the shell creates it: the entry asked
 * Cinder for it while the app was loading (first-data.ts), so its answer is usually here before the
 * page renders, and the page's first render then shows the rows instead of a skeleton followed by
 * another render pass once the answer has been read (on this 2-core machine each pass of the list costs
 * 100–200 ms). The page's own query (same key and options) finds the data in the cache.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Session } from '../api/session';
import { prefetchFirstVolumePage } from '../features/volumes/list/use-volume-list';
import { listPageFor } from './preload';

type FirstQueries = (queryClient: QueryClient, params: URLSearchParams, session: Session) => void;

/** The lists whose page is on the first screen's code (the others load theirs with the page). */
const FIRST_QUERIES: Record<string, FirstQueries> = {
  volumes: prefetchFirstVolumePage,
};

export function prefetchFirstScreen(queryClient: QueryClient, location: { pathname: string; search: string }, session: Session | null): void {
  const route = session && listPageFor(location.pathname, session);
  if (session && route) FIRST_QUERIES[route.path]?.(queryClient, new URLSearchParams(location.search), session);
}
