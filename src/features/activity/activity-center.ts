/** The one tracker of this tab, wired to the real API layer, plus the React hooks that read it. */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { getBackup } from '../../api/backups';
import { getConfig } from '../../api/config';
import { onApiCall } from '../../api/http';
import { getImage } from '../../api/images';
import { listMessages } from '../../api/messages';
import { getSession, subscribeSession } from '../../api/session';
import { getSnapshot } from '../../api/snapshots';
import { getVolume } from '../../api/volumes';
import { provideStatusHistory } from '../../lib/status-history';
import { useSession } from '../../lib/use-session';
import type { Operation } from './model';
import { runningIn, type ActivityState } from './reducer';
import { createActivityTracker, type ActivityTracker, type WatchedKind } from './tracker';

/** How the tracker reads each resource it follows (an upload follows its new Glance image). */
const WATCHED_FETCHERS: Record<WatchedKind, (id: string) => Promise<unknown>> = {
  volume: getVolume,
  snapshot: getSnapshot,
  backup: getBackup,
  image: getImage,
};

let tracker: ActivityTracker | null = null;

export function activityTracker(): ActivityTracker {
  tracker ??= createActivityTracker({
    onApiCall,
    getSession,
    subscribeSession,
    fetchResource: async (kind, id) =>
      (await WATCHED_FETCHERS[kind](id)) as unknown as Record<string, unknown>,
    fetchMessages: (resourceId) => listMessages({ resourceUuid: resourceId, limit: 10 }),
    pollIntervalMs: () => getConfig().pollIntervalMs,
    isHidden: () => typeof document !== 'undefined' && document.visibilityState === 'hidden',
  });
  return tracker;
}

const subscribe = (listener: () => void) => activityTracker().subscribe(listener);
const snapshot = (): ActivityState => activityTracker().getState();

// Detail pages of other features read a resource's operations through src/lib (they may not import this feature).
provideStatusHistory({ subscribe, getState: snapshot });

export function useActivityState(): ActivityState {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** Operations of the current project still running (the header badge). */
export function useRunningOperations(): Operation[] {
  const state = useActivityState();
  const projectId = useSession()?.project.id;
  return runningIn(state, projectId);
}

/** Starts the tracker and lets it read the pages' fresh query data. Mount once, inside the QueryClientProvider. */
export function useActivityTracking(): void {
  const queryClient = useQueryClient();
  useEffect(() => activityTracker().watchQueryCache(queryClient.getQueryCache()), [queryClient]);
}
