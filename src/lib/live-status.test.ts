import { describe, expect, it } from 'vitest';
import { setConfig } from '../api/config';
import { idsForTick, nextDelay, planPoll, pollInterval, refetchIntervalFor, type PollSpeed } from './live-status';

interface Item {
  id: string;
  status: string;
}
const speeds: Record<string, PollSpeed> = { creating: 'fast', deleting: 'fast', reserved: 'slow', available: false, error: false };
const plan = (items: Item[], cap?: number) => planPoll(items, (i) => i.id, (i) => speeds[i.status] ?? false, cap);

describe('planPoll', () => {
  it('watches nothing (no timer) when nothing is transitional', () => {
    const p = plan([
      { id: 'a', status: 'available' },
      { id: 'b', status: 'error' },
    ]);
    expect(p).toEqual({ fast: [], slow: [] });
    expect(nextDelay(p, 2000)).toBe(false);
    expect(nextDelay(plan([]), 2000)).toBe(false);
  });

  it('watches only the transitional items', () => {
    const p = plan([
      { id: 'a', status: 'available' },
      { id: 'b', status: 'creating' },
      { id: 'c', status: 'reserved' },
      { id: 'd', status: 'deleting' },
    ]);
    expect(p).toEqual({ fast: ['b', 'd'], slow: ['c'] });
    expect(nextDelay(p, 2000)).toBe(2000);
  });

  it('caps the ids per poll, fast ones first, independent of how many items are on screen', () => {
    const items = [
      ...Array.from({ length: 3 }, (_, i) => ({ id: `s${i}`, status: 'reserved' })),
      ...Array.from({ length: 40 }, (_, i) => ({ id: `f${i}`, status: 'creating' })),
      ...Array.from({ length: 500 }, (_, i) => ({ id: `x${i}`, status: 'available' })),
    ];
    const p = plan(items, 25);
    expect(p.fast).toHaveLength(25);
    expect(p.slow).toHaveLength(0);
    const few = plan(items.slice(0, 5), 25);
    expect(few).toEqual({ fast: ['f0', 'f1'], slow: ['s0', 's1', 's2'] });
  });
});

describe('idsForTick', () => {
  const p = { fast: ['a'], slow: ['b'] };
  it('fetches fast ones every tick and slow ones every Nth tick', () => {
    expect(idsForTick(p, 1, 5)).toEqual(['a']);
    expect(idsForTick(p, 4, 5)).toEqual(['a']);
    expect(idsForTick(p, 5, 5)).toEqual(['a', 'b']);
    expect(idsForTick(p, 10, 5)).toEqual(['a', 'b']);
  });
});

describe('refetchIntervalFor (detail pages and short lists)', () => {
  const info = (status: string) => ({ poll: speeds[status] ?? false });
  const at = (intervalMs: number) => setConfig({ pollIntervalMs: intervalMs });

  it('stops polling when nothing is transitional, or there is no data yet', () => {
    at(2000);
    expect(refetchIntervalFor({ id: 'a', status: 'available' }, info)).toBe(false);
    expect(refetchIntervalFor([{ id: 'a', status: 'available' }, { id: 'b', status: 'error' }], info)).toBe(false);
    expect(refetchIntervalFor([], info)).toBe(false);
    expect(refetchIntervalFor(undefined, info)).toBe(false);
  });

  it('polls at the fastest speed any row has, from the configured interval', () => {
    at(1500);
    expect(refetchIntervalFor({ id: 'a', status: 'creating' }, info)).toBe(1500);
    expect(refetchIntervalFor({ id: 'a', status: 'reserved' }, info)).toBe(1500 * 5);
    expect(refetchIntervalFor([{ id: 'a', status: 'reserved' }, { id: 'b', status: 'deleting' }], info)).toBe(1500);
    expect(pollInterval(false)).toBe(false);
    at(2000);
  });
});
