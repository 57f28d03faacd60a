/**
 * Live status for lists and detail pages: poll ONLY the items on screen whose status is transitional,
 * one GET per item (capped), and hand each fresh item back to the caller to patch into its cache.
 * Requests per poll depend on how many things are changing, never on page size or project total;
 * when nothing is transitional there is no timer at all.
 *
 *   useLiveStatus({
 *     items: page?.volumes, getId: (v) => v.id,
 *     speedOf: (v) => pollSpeed(v.status),          // 'fast' | 'slow' | false, from the resource's status table
 *     fetchOne: (id, signal) => getVolume(id, signal),
 *     onUpdate: (v) => patch the cached page,        // called only when something changed
 *     onGone: (id) => drop it from the cached page,  // the GET answered 404 (e.g. deleted)
 *   });
 *
 * 'fast' items are fetched every `intervalMs` (config pollIntervalMs, ≈2 s); 'slow' ones (waiting on
 * someone else, e.g. awaiting-transfer) every `slowEvery` ticks. Polling pauses while the tab is hidden.
 *
 * Queries that re-read a whole record or a short list instead (detail pages, a volume's snapshots) take
 * their `refetchInterval` from `refetchIntervalFor(data, statusInfo)`: the same table, the same speeds.
 * This file is the only reader of the configured interval.
 */
import { useEffect, useMemo, useRef } from 'react';
import { getConfig } from '../api/config';
import { isApiError } from '../api/errors';
import type { PollSpeed, StatusInfo } from '../domain/status';

export type { PollSpeed };

/** A 'slow' item is fetched on every `SLOW_EVERY`th fast tick. */
export const SLOW_EVERY = 5;

/** The delay a speed means: the configured interval for 'fast', `SLOW_EVERY` times it for 'slow'. */
export function pollInterval(speed: PollSpeed): number | false {
  if (speed === 'fast') return getConfig().pollIntervalMs;
  if (speed === 'slow') return getConfig().pollIntervalMs * SLOW_EVERY;
  return false;
}

/** The fastest of some speeds ('fast' beats 'slow' beats false). */
export function fastestSpeed(speeds: Iterable<PollSpeed>): PollSpeed {
  let fastest: PollSpeed = false;
  for (const speed of speeds) {
    if (speed === 'fast') return 'fast';
    if (speed === 'slow') fastest = 'slow';
  }
  return fastest;
}

/**
 * `refetchInterval` for a query holding one record or rows with a `status`: polled at the fastest speed
 * the resource's status table gives any of them, and not at all once nothing is transitional.
 *   refetchInterval: (query) => refetchIntervalFor(query.state.data, volumeStatusInfo)
 */
export function refetchIntervalFor<T extends { status: string }>(
  data: T | readonly T[] | null | undefined,
  statusInfo: (status: string) => Pick<StatusInfo, 'poll'>,
): number | false {
  if (!data) return false;
  const rows: readonly T[] = Array.isArray(data) ? data : [data as T];
  return pollInterval(fastestSpeed(rows.map((row) => statusInfo(row.status).poll)));
}

export interface PollPlan {
  fast: string[];
  slow: string[];
}

export const DEFAULT_POLL_CAP = 25;

/** Which ids to watch: transitional items only, fast ones first, at most `cap` in all. */
export function planPoll<T>(items: readonly T[] | undefined, getId: (item: T) => string, speedOf: (item: T) => PollSpeed, cap = DEFAULT_POLL_CAP): PollPlan {
  const fast: string[] = [];
  const slow: string[] = [];
  for (const item of items ?? []) {
    const speed = speedOf(item);
    if (speed === 'fast') fast.push(getId(item));
    else if (speed === 'slow') slow.push(getId(item));
  }
  const keptFast = fast.slice(0, cap);
  return { fast: keptFast, slow: slow.slice(0, Math.max(0, cap - keptFast.length)) };
}

/** The ids to fetch on tick number `tick` (1, 2, …): fast ones every tick, slow ones every `slowEvery`th. */
export function idsForTick(plan: PollPlan, tick: number, slowEvery: number): string[] {
  return tick % slowEvery === 0 ? [...plan.fast, ...plan.slow] : plan.fast;
}

/** The delay before the next tick, or false when nothing needs watching. */
export function nextDelay(plan: PollPlan, intervalMs: number): number | false {
  return plan.fast.length + plan.slow.length > 0 ? intervalMs : false;
}

export interface LiveStatusOptions<T> {
  items: readonly T[] | undefined;
  getId: (item: T) => string;
  speedOf: (item: T) => PollSpeed;
  fetchOne: (id: string, signal: AbortSignal) => Promise<T>;
  onUpdate: (item: T) => void;
  onGone: (id: string) => void;
  /** Treat a fetched item as unchanged (no onUpdate) when this says so; default compares JSON. */
  isSame?: (before: T, after: T) => boolean;
  enabled?: boolean;
  cap?: number;
  intervalMs?: number;
  slowEvery?: number;
}

export interface LiveStatus {
  /** Whether a poll timer is running. */
  active: boolean;
  /** Ids being watched. */
  watching: string[];
}

export function useLiveStatus<T>(options: LiveStatusOptions<T>): LiveStatus {
  const { items, getId, speedOf, enabled = true, cap = DEFAULT_POLL_CAP, slowEvery = SLOW_EVERY } = options;
  const intervalMs = options.intervalMs ?? (pollInterval('fast') as number);
  const plan = useMemo(() => (enabled ? planPoll(items, getId, speedOf, cap) : { fast: [], slow: [] }), [items, getId, speedOf, cap, enabled]);
  const planKey = `${plan.fast.join(',')}|${plan.slow.join(',')}`;

  // Callbacks and the latest items through a ref: a new closure each render must not restart the timer.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const delay = nextDelay(plan, intervalMs);
    if (delay === false) return;
    const controller = new AbortController();
    let tick = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const run = async () => {
      tick += 1;
      if (typeof document !== 'undefined' && document.hidden) {
        timer = setTimeout(run, delay);
        return;
      }
      const ids = idsForTick(plan, tick, slowEvery);
      const results = await Promise.allSettled(ids.map((id) => latest.current.fetchOne(id, controller.signal)));
      if (controller.signal.aborted) return;
      const current = latest.current;
      const byId = new Map((current.items ?? []).map((item) => [current.getId(item), item] as const));
      results.forEach((result, index) => {
        const id = ids[index]!;
        if (result.status === 'fulfilled') {
          const before = byId.get(id);
          const same = before !== undefined && (current.isSame ? current.isSame(before, result.value) : JSON.stringify(before) === JSON.stringify(result.value));
          if (!same) current.onUpdate(result.value);
        } else if (isApiError(result.reason) && result.reason.isNotFound) {
          current.onGone(id);
        }
        // Other failures (network, 5xx): keep the last known state and try again next tick.
      });
      timer = setTimeout(run, delay);
    };
    timer = setTimeout(run, delay);
    return () => {
      controller.abort();
      if (timer) clearTimeout(timer);
    };
    // planKey captures `plan`'s content; re-planning on every new array would reset the timer each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [planKey, intervalMs, slowEvery]);

  return { active: plan.fast.length + plan.slow.length > 0, watching: [...plan.fast, ...plan.slow] };
}
