import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors';
import { useLiveStatus, type PollSpeed } from './live-status';

interface Item {
  id: string;
  status: string;
}
const speedOf = (item: Item): PollSpeed => (item.status === 'creating' || item.status === 'deleting' ? 'fast' : false);
const getId = (item: Item) => item.id;

describe('useLiveStatus', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fetches only the transitional items, patches changes, drops 404s, and stops when all are stable', async () => {
    let items: Item[] = [
      { id: 'a', status: 'available' },
      { id: 'b', status: 'creating' },
      { id: 'c', status: 'deleting' },
    ];
    const fetchOne = vi.fn(async (id: string) => {
      if (id === 'c') throw new ApiError({ kind: 'http', status: 404, message: 'not found' });
      return { id, status: 'available' };
    });
    const onUpdate = vi.fn((item: Item) => {
      items = items.map((i) => (i.id === item.id ? item : i));
    });
    const onGone = vi.fn((id: string) => {
      items = items.filter((i) => i.id !== id);
    });
    const { result, rerender } = renderHook(() => useLiveStatus({ items, getId, speedOf, fetchOne, onUpdate, onGone, intervalMs: 2000 }));
    expect(result.current.watching).toEqual(['b', 'c']);
    expect(fetchOne).not.toHaveBeenCalled();

    await act(async () => {
      await vi.advanceTimersByTimeAsync(2000);
    });
    expect(fetchOne.mock.calls.map((call) => call[0]).sort()).toEqual(['b', 'c']);
    expect(onUpdate).toHaveBeenCalledWith({ id: 'b', status: 'available' });
    expect(onGone).toHaveBeenCalledWith('c');

    rerender();
    expect(result.current.active).toBe(false);
    fetchOne.mockClear();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_000);
    });
    expect(fetchOne).not.toHaveBeenCalled();
  });

  it('does not report an unchanged item, and keeps polling through a network failure', async () => {
    const items: Item[] = [{ id: 'b', status: 'creating' }];
    let calls = 0;
    const fetchOne = vi.fn(async (id: string) => {
      calls += 1;
      if (calls === 1) throw new ApiError({ kind: 'network', status: 0, message: 'offline' });
      return { id, status: 'creating' };
    });
    const onUpdate = vi.fn();
    const onGone = vi.fn();
    renderHook(() => useLiveStatus({ items, getId, speedOf, fetchOne, onUpdate, onGone, intervalMs: 1000 }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    expect(fetchOne).toHaveBeenCalledTimes(3);
    expect(onUpdate).not.toHaveBeenCalled();
    expect(onGone).not.toHaveBeenCalled();
  });
});
