import { QueryCache, QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/errors';
import type { ApiCallEvent } from '../../api/http';
import type { Session } from '../../api/session';
import { volumeActionCalls } from '../../api/volume-actions';
import { createActivityTracker, STORAGE_KEY, type TrackerDeps } from './tracker';

const session = {
  token: 'secret-token',
  expiresAt: '2999-01-01T00:00:00Z',
  user: { id: 'u1', name: 'demo', domainId: 'default', domainName: 'Default' },
  project: { id: 'p1', name: 'demo', domainId: 'default', domainName: 'Default' },
  roles: ['member'],
  endpoints: { blockStorage: '/api/block-storage/v3/p1', image: null },
  volumeApiVersion: '3.70',
} satisfies Session;

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map };
}

function setup(overrides: Partial<TrackerDeps> = {}) {
  let emit: (event: ApiCallEvent) => void = () => undefined;
  let sessionListener: (s: Session | null) => void = () => undefined;
  let current: Session | null = session;
  const storage = memoryStorage();
  const fetchResource = vi.fn<TrackerDeps['fetchResource']>(async () => ({ id: 'v1', status: 'extending', size: 1 }));
  const fetchMessages = vi.fn<TrackerDeps['fetchMessages']>(async () => []);
  const tracker = createActivityTracker({
    onApiCall: (listener) => {
      emit = listener;
      return () => undefined;
    },
    getSession: () => current,
    subscribeSession: (listener) => {
      sessionListener = listener;
      return () => undefined;
    },
    fetchResource,
    fetchMessages,
    pollIntervalMs: () => 2000,
    storage,
    now: () => Date.now(),
    ...overrides,
  });
  const extend = (newSize = 2) =>
    emit({
      ...volumeActionCalls.extend('v1', newSize),
      status: 202,
      requestId: 'req-9',
      startedAt: Date.now() - 50,
      endedAt: Date.now(),
    });
  const signOut = () => {
    current = null;
    sessionListener(null);
  };
  return { tracker, extend, emit: (e: ApiCallEvent) => emit(e), fetchResource, fetchMessages, storage, signOut };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_700_000_000_000);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('activity tracker', () => {
  it('sets no timer and makes no request while nothing is in flight', async () => {
    const { fetchResource } = setup();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetchResource).not.toHaveBeenCalled();
  });

  it('polls an in-flight volume nobody else refreshes until it settles, then stops', async () => {
    const { tracker, extend, fetchResource } = setup();
    extend(2);
    expect(tracker.getState().operations[0]).toMatchObject({ action: 'extend', phase: 'running', requestId: 'req-9', user: 'demo' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(fetchResource).toHaveBeenCalledWith('volume', 'v1');
    fetchResource.mockResolvedValue({ id: 'v1', status: 'available', size: 2 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(tracker.getState().operations[0]!.phase).toBe('succeeded');
    expect(tracker.getState().operations[0]!.transitions.map((t) => t.status)).toEqual(['extending', 'available']);
    const calls = fetchResource.mock.calls.length;
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetchResource).toHaveBeenCalledTimes(calls);
  });

  it('uses the pages’ fresh query data instead of its own request', async () => {
    const { tracker, extend, fetchResource } = setup();
    const client = new QueryClient({ queryCache: new QueryCache() });
    const stop = tracker.watchQueryCache(client.getQueryCache());
    extend(2);
    for (let i = 0; i < 3; i++) {
      await vi.advanceTimersByTimeAsync(1000);
      client.setQueryData(['volumes', 'list', i], { volumes: [{ id: 'other', status: 'creating' }, { id: 'v1', status: 'extending', size: 1 }] });
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(fetchResource).not.toHaveBeenCalled();
    client.setQueryData(['volumes', 'detail', 'v1'], { id: 'v1', status: 'available', size: 2 });
    expect(tracker.getState().operations[0]!.phase).toBe('succeeded');
    stop();
  });

  it('looks up Cinder’s user message for a failure', async () => {
    const { tracker, extend, fetchResource, fetchMessages } = setup();
    fetchMessages.mockResolvedValue([
      { user_message: 'extend volume:Volume Driver failed to extend volume.', created_at: new Date(Date.now() + 1000).toISOString() },
    ]);
    extend(2);
    fetchResource.mockResolvedValue({ id: 'v1', status: 'error_extending', size: 1 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(fetchMessages).toHaveBeenCalledWith('v1');
    expect(tracker.getState().operations[0]).toMatchObject({ phase: 'failed', notify: 'ready', userMessage: 'extend volume:Volume Driver failed to extend volume.' });
  });

  it('names an operation by the resource the pages showed, not its UUID (#20 item 4)', () => {
    const { tracker, emit } = setup();
    const client = new QueryClient({ queryCache: new QueryCache() });
    const stop = tracker.watchQueryCache(client.getQueryCache());
    client.setQueryData(['volumes', 'list', {}], { volumes: [{ id: 'v1', name: 'web-data', status: 'available' }] });
    emit({ ...volumeActionCalls.remove('v1'), status: 202, requestId: null, startedAt: Date.now(), endedAt: Date.now() });
    expect(tracker.getState().operations[0]).toMatchObject({ action: 'delete', resourceId: 'v1', resourceName: 'web-data' });
    stop();
  });

  it('judges a retype sent by type id by the type’s name when the volume shows no volume_type_id', async () => {
    const { tracker, emit, fetchResource } = setup();
    const client = new QueryClient({ queryCache: new QueryCache() });
    const stop = tracker.watchQueryCache(client.getQueryCache());
    client.setQueryData(['volume-actions', 'types'], [{ id: 'ssd-id', name: 'ssd' }, { id: 'std-id', name: 'standard' }]);
    const retype = () => emit({ ...volumeActionCalls.retype('v1', 'ssd-id', 'on-demand'), status: 202, requestId: null, startedAt: Date.now(), endedAt: Date.now() });
    retype();
    expect(tracker.getState().operations[0]!.expect).toEqual({ type: 'ssd-id', typeName: 'ssd' });
    fetchResource.mockResolvedValue({ id: 'v1', status: 'available', volume_type: 'ssd' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(tracker.getState().operations[0]!.phase).toBe('succeeded');
    retype();
    fetchResource.mockResolvedValue({ id: 'v1', status: 'available', volume_type: 'standard' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(tracker.getState().operations[0]).toMatchObject({ phase: 'failed', unchanged: true });
    stop();
  });

  it('a refused create keeps the name it asked for', () => {
    const { tracker, emit } = setup();
    const refusal = new ApiError({ kind: 'http', status: 413, message: 'VolumeSizeExceedsAvailableQuota' });
    emit({ ...volumeActionCalls.create({ name: 'too-big', size: 5000 }), status: 413, requestId: 'req-1', startedAt: Date.now(), endedAt: Date.now(), error: refusal });
    expect(tracker.getState().operations[0]).toMatchObject({ action: 'create', phase: 'failed', resourceName: 'too-big' });
  });

  it('settles a delete on 404', async () => {
    const { tracker, emit, fetchResource } = setup();
    emit({ ...volumeActionCalls.remove('v1'), status: 202, requestId: null, startedAt: Date.now(), endedAt: Date.now() });
    fetchResource.mockRejectedValue(new ApiError({ kind: 'http', status: 404, message: 'Volume v1 could not be found.' }));
    await vi.advanceTimersByTimeAsync(2000);
    expect(tracker.getState().operations[0]).toMatchObject({ action: 'delete', phase: 'succeeded' });
  });

  it('keeps plain records in sessionStorage (no token, no body) and forgets them on sign-out', () => {
    const { extend, storage, signOut, tracker } = setup();
    extend(7);
    const stored = storage.map.get(STORAGE_KEY)!;
    expect(JSON.parse(stored).operations).toHaveLength(1);
    expect(stored).not.toContain('secret-token');
    expect(stored).not.toContain('os-extend');
    signOut();
    expect(storage.map.has(STORAGE_KEY)).toBe(false);
    expect(tracker.getState().operations).toHaveLength(0);
  });

  it('restores operations after a reload and carries on following them', async () => {
    const first = setup();
    first.extend(2);
    const restored = setup({ storage: first.storage });
    expect(restored.tracker.getState().operations).toHaveLength(1);
    restored.fetchResource.mockResolvedValue({ id: 'v1', status: 'available', size: 2 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(restored.tracker.getState().operations[0]!.phase).toBe('succeeded');
  });
});
