/**
 * The activity center's engine (React-free): records every classified API call of this tab, follows
 * the resources of running operations until they settle, and fetches Cinder's user message for
 * failures. It reads fresh data the pages already fetch (TanStack QueryCache) and polls on its own
 * only for a running resource nobody else refreshed lately — no timer at all when nothing is running.
 * State lives in sessionStorage (same tab, same session): plain operation records, no tokens, no bodies.
 */
import type { QueryCache } from '@tanstack/react-query';
import type { ApiCallEvent } from '../../api/http';
import { isApiError } from '../../api/errors';
import type { Session } from '../../api/session';
import { classifyCall } from './classify';
import type { Observation, Operation, ResourceKind } from './model';
import { activityReducer, emptyState, runningIn, toObservation, type ActivityEvent, type ActivityState } from './reducer';

export const STORAGE_KEY = 'cinder-console.activity';

/** Resources with asynchronous statuses the tracker follows until they settle (an upload follows its new Glance image). */
export type WatchedKind = 'volume' | 'snapshot' | 'backup' | 'image';
const WATCHED_KINDS: readonly ResourceKind[] = ['volume', 'snapshot', 'backup', 'image'] satisfies WatchedKind[];

export interface TrackerDeps {
  onApiCall: (listener: (event: ApiCallEvent) => void) => () => void;
  getSession: () => Session | null;
  subscribeSession: (listener: (session: Session | null) => void) => () => void;
  fetchResource: (kind: WatchedKind, id: string) => Promise<Record<string, unknown>>;
  /** Newest first. */
  fetchMessages: (resourceId: string) => Promise<{ user_message: string; created_at: string }[]>;
  pollIntervalMs: () => number;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  now?: () => number;
  isHidden?: () => boolean;
}

export interface ActivityTracker {
  getState: () => ActivityState;
  subscribe: (listener: () => void) => () => void;
  dispatch: (event: ActivityEvent) => void;
  /** Feed the pages' fresh query data to the tracker; returns the unsubscribe. */
  watchQueryCache: (cache: QueryCache) => () => void;
  /** One poll round now (the timer calls it; tests too). */
  pollNow: () => Promise<void>;
  stop: () => void;
}

let sequence = 0;
const newId = (now: number) => `${now.toString(36)}-${(sequence++).toString(36)}`;

function load(storage: TrackerDeps['storage']): ActivityState {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return emptyState;
    const parsed = JSON.parse(raw) as ActivityState;
    return Array.isArray(parsed.operations) ? { operations: parsed.operations } : emptyState;
  } catch {
    return emptyState;
  }
}

/** Calls every object in `data` (depth-limited) that has a string id the tracker is watching. */
function scan(data: unknown, watched: Set<string>, found: (id: string, raw: Record<string, unknown>) => void, depth = 0): void {
  if (!data || typeof data !== 'object' || depth > 3) return;
  if (Array.isArray(data)) {
    for (const item of data) scan(item, watched, found, depth + 1);
    return;
  }
  const obj = data as Record<string, unknown>;
  if (typeof obj.id === 'string' && watched.has(obj.id) && typeof obj.status === 'string') found(obj.id, obj);
  for (const value of Object.values(obj)) if (value && typeof value === 'object') scan(value, watched, found, depth + 1);
}

/** The name of the resource with this id in any query's data (a list or a detail the pages fetched). */
export function nameInCache(cache: QueryCache | null, id: string): string | null {
  if (!cache) return null;
  let name: string | null = null;
  const watched = new Set([id]);
  for (const query of cache.getAll()) {
    scanNamed(query.state.data, watched, (found) => {
      name ??= found;
    });
    if (name) return name;
  }
  return null;
}

function scanNamed(data: unknown, watched: Set<string>, found: (name: string) => void, depth = 0): void {
  if (!data || typeof data !== 'object' || depth > 3) return;
  if (Array.isArray(data)) {
    for (const item of data) scanNamed(item, watched, found, depth + 1);
    return;
  }
  const obj = data as Record<string, unknown>;
  if (typeof obj.id === 'string' && watched.has(obj.id) && typeof obj.name === 'string' && obj.name.trim()) found(obj.name);
  for (const value of Object.values(obj)) if (value && typeof value === 'object') scanNamed(value, watched, found, depth + 1);
}

export function createActivityTracker(deps: TrackerDeps): ActivityTracker {
  const now = deps.now ?? Date.now;
  const storage = deps.storage === undefined ? (typeof sessionStorage === 'undefined' ? null : sessionStorage) : deps.storage;
  let state = load(storage);
  const listeners = new Set<() => void>();
  /** When the pages' own queries last brought each watched resource fresh. */
  const lastSeen = new Map<string, number>();
  const fetchingReason = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let polling = false;
  /** The pages' query cache (watchQueryCache): names an operation on a resource the page showed. */
  let knownCache: QueryCache | null = null;

  const currentProject = () => deps.getSession()?.project.id;
  const watchedOps = () => runningIn(state, currentProject()).filter((op) => op.resourceId && WATCHED_KINDS.includes(op.kind));

  function persist() {
    try {
      if (state.operations.length) storage?.setItem(STORAGE_KEY, JSON.stringify(state));
      else storage?.removeItem(STORAGE_KEY);
    } catch {
      // storage full or blocked: the list lasts for this page only
    }
  }

  function dispatch(event: ActivityEvent) {
    const next = activityReducer(state, event);
    if (next === state) return;
    state = next;
    persist();
    findReasons();
    schedule();
    for (const listener of listeners) listener();
  }

  /** Failed watched operations: look up Cinder's user message, then announce. */
  function findReasons() {
    for (const op of state.operations) {
      if (op.notify !== 'pending' || op.phase !== 'failed' || fetchingReason.has(op.id)) continue;
      fetchingReason.add(op.id);
      const done = (userMessage?: string) => {
        fetchingReason.delete(op.id);
        dispatch({ type: 'reasonFound', id: op.id, userMessage });
      };
      if (!op.resourceId || op.projectId !== currentProject()) {
        done();
        continue;
      }
      deps.fetchMessages(op.resourceId).then(
        (messages) => {
          // Messages written since the action started (a minute of clock skew allowed); the newest wins.
          const since = op.startedAt - 60_000;
          const recent = messages.find((m) => Date.parse(m.created_at) >= since);
          done(recent?.user_message);
        },
        () => done(),
      );
    }
  }

  function observe(id: string, observation: Observation) {
    dispatch({ type: 'observed', resourceId: id, observation, at: now() });
  }

  async function pollNow() {
    if (polling) return;
    polling = true;
    try {
      const interval = deps.pollIntervalMs();
      const due = new Map<string, Operation>();
      for (const op of watchedOps()) {
        const id = op.resourceId!;
        const seen = lastSeen.get(id) ?? 0;
        // Someone (the page's own polling) refreshed it lately: no request of ours.
        if (now() - seen < interval * 1.5 - 50) continue;
        due.set(id, op);
      }
      await Promise.all(
        [...due.entries()].map(async ([id, op]) => {
          try {
            const raw = await deps.fetchResource(op.kind as WatchedKind, id);
            const observation = toObservation(raw);
            if (observation) observe(id, observation);
          } catch (error) {
            if (isApiError(error) && error.isNotFound) dispatch({ type: 'gone', resourceId: id, at: now() });
            // other trouble (network, 5xx): simply try again next round
          }
        }),
      );
    } finally {
      polling = false;
      schedule();
    }
  }

  function schedule() {
    const needed = watchedOps().length > 0;
    if (!needed) {
      if (timer) clearTimeout(timer);
      timer = null;
      return;
    }
    if (timer || polling) return;
    timer = setTimeout(() => {
      timer = null;
      if (deps.isHidden?.()) schedule();
      else void pollNow();
    }, deps.pollIntervalMs());
  }

  const stopCalls = deps.onApiCall((event) => {
    const init = classifyCall(event);
    if (!init) return;
    // "Delete volume web-data", not its UUID: the page that sent the call had the resource on screen.
    if (init.resourceId && !init.resourceName) init.resourceName = nameInCache(knownCache, init.resourceId);
    // A retype sent by type id is judged against the volume's type name too (volume_type_id needs 3.63).
    const newType = init.expect?.type;
    if (newType && init.expect && !init.expect.typeName) {
      const typeName = nameInCache(knownCache, newType);
      if (typeName && typeName !== newType) init.expect.typeName = typeName;
    }
    const session = deps.getSession();
    if (!session) return;
    dispatch({
      type: 'started',
      id: newId(event.startedAt),
      init,
      who: { user: session.user.name, projectId: session.project.id, projectName: session.project.name },
      startedAt: event.startedAt,
      respondedAt: event.endedAt,
      requestId: event.requestId,
      error: event.error ? event.error.message : undefined,
    });
  });

  let sessionKey = sessionIdentity(deps.getSession());
  const stopSession = deps.subscribeSession((session) => {
    const key = sessionIdentity(session);
    if (!session) {
      // Signed out: nothing of the session stays behind.
      state = emptyState;
      persist();
      for (const listener of listeners) listener();
    } else if (key !== sessionKey) {
      schedule();
      for (const listener of listeners) listener();
    }
    sessionKey = key;
  });

  // Operations restored after a reload continue where they were.
  findReasons();
  schedule();

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch,
    watchQueryCache(cache) {
      knownCache = cache;
      return cache.subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return;
        const ops = watchedOps();
        if (!ops.length) return;
        const watched = new Set(ops.map((op) => op.resourceId!));
        scan(event.query.state.data, watched, (id, raw) => {
          const observation = toObservation(raw);
          if (!observation) return;
          lastSeen.set(id, now());
          observe(id, observation);
        });
      });
    },
    pollNow,
    stop() {
      stopCalls();
      stopSession();
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

function sessionIdentity(session: Session | null): string {
  return session ? `${session.user.id}@${session.project.id}` : '';
}
