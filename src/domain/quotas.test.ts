import { describe, expect, it } from 'vitest';
import { parseQuotaSet } from '../api/quotas';
import { perTypeRows, quotaOverview, toGauge } from './quotas';

const entry = (limit: number, in_use: number, reserved = 0) => ({ limit, in_use, reserved, remaining: null });

describe('toGauge', () => {
  it('counts reserved with in_use against the limit', () => {
    expect(toGauge(entry(50, 30, 5))).toEqual({ inUse: 30, reserved: 5, used: 35, limit: 50, percent: 70, remaining: 15, level: 'normal' });
  });

  it('shows -1 as unlimited: no percent, no remaining, never a warning', () => {
    expect(toGauge(entry(-1, 900, 10))).toEqual({ inUse: 900, reserved: 10, used: 910, limit: null, percent: null, remaining: null, level: 'normal' });
  });

  it('warns above 80 % and is full at the limit', () => {
    expect(toGauge(entry(10, 8)).level).toBe('normal');
    expect(toGauge(entry(10, 9)).level).toBe('warning');
    expect(toGauge(entry(10, 10)).level).toBe('full');
  });

  it('caps the dial at 100 when usage exceeds a lowered limit', () => {
    expect(toGauge(entry(10, 25))).toMatchObject({ percent: 100, remaining: 0, level: 'full' });
  });

  it('treats a zero limit as full even with nothing used', () => {
    expect(toGauge(entry(0, 0))).toMatchObject({ percent: 100, remaining: 0, level: 'full' });
  });
});

describe('per-type rows', () => {
  const usage = parseQuotaSet({
    id: 'p1',
    volumes: { limit: 50, in_use: 12, reserved: 0 },
    gigabytes: { limit: 2000, in_use: 1700, reserved: 0 },
    snapshots: { limit: 50, in_use: 3, reserved: 1 },
    volumes_ssd: { limit: 5, in_use: 4, reserved: 0 },
    gigabytes_ssd: { limit: -1, in_use: 40, reserved: 0 },
    snapshots_ssd: { limit: -1, in_use: 0, reserved: 0 },
    volumes___DEFAULT__: { limit: -1, in_use: 0, reserved: 0 },
    gigabytes___DEFAULT__: { limit: -1, in_use: 0, reserved: 0 },
    snapshots___DEFAULT__: { limit: -1, in_use: 0, reserved: 0 },
    per_volume_gigabytes: { limit: -1, in_use: 0, reserved: 0 },
  });

  it('one row per type from volumes_/gigabytes_/snapshots_ keys, sorted, names with underscores kept', () => {
    const rows = perTypeRows(usage);
    expect(rows.map((r) => r.type)).toEqual(['__DEFAULT__', 'ssd']);
    expect(rows[1]).toMatchObject({ limited: true, inUse: true, volumes: { used: 4, limit: 5, percent: 80, level: 'normal' }, gigabytes: { limit: null, used: 40 } });
    expect(rows[0]).toMatchObject({ limited: false, inUse: false });
  });

  it('overview: gigabytes above 80 % warn; a reservation marks the figures as moving', () => {
    const overview = quotaOverview(usage);
    expect(overview.gigabytes).toMatchObject({ percent: 85, level: 'warning' });
    expect(overview.snapshots.used).toBe(4);
    expect(overview.pending).toBe(true);
    expect(quotaOverview({ ...usage, snapshots: entry(50, 3) }).pending).toBe(false);
  });

  it('a type with only some keys has null gauges for the others', () => {
    const partial = parseQuotaSet({ id: 'p', volumes: { limit: 1, in_use: 0, reserved: 0 }, gigabytes: { limit: 1, in_use: 0, reserved: 0 }, snapshots: { limit: 1, in_use: 0, reserved: 0 }, gigabytes_gold: { limit: 100, in_use: 0, reserved: 0 } });
    expect(perTypeRows(partial)).toEqual([expect.objectContaining({ type: 'gold', volumes: null, snapshots: null, gigabytes: expect.objectContaining({ limit: 100 }) })]);
  });
});
