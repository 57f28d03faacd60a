import { describe, expect, it } from 'vitest';
import type { Image, Snapshot, Volume } from '../../../../api/models';
import { parseQuotaSet } from '../../../../api/quotas';
import { maxSizeFor, minSizeFor, sizeBounds, sizeProblem, volumesLeft } from './size-bounds';

const GiB = 1024 ** 3;
const image = (patch: Partial<Image>): Image => ({ id: 'i', name: 'img', status: 'active', size: 0, min_disk: 0, visibility: 'public', ...patch });

const quota = parseQuotaSet({
  id: 'p',
  volumes: { limit: 10, in_use: 4, reserved: 1 },
  gigabytes: { limit: 100, in_use: 60, reserved: 5 },
  snapshots: { limit: 10, in_use: 0, reserved: 0 },
  per_volume_gigabytes: { limit: -1, in_use: 0, reserved: 0 },
  volumes_ssd: { limit: 2, in_use: 2, reserved: 0 },
  gigabytes_ssd: { limit: 20, in_use: 8, reserved: 0 },
  snapshots_ssd: { limit: -1, in_use: 0, reserved: 0 },
  gigabytes_standard: { limit: -1, in_use: 10, reserved: 0 },
});

describe('minimum size from the source', () => {
  it('blank is 1 GiB', () => expect(minSizeFor('blank', {})).toEqual({ min: 1, reason: 'default' }));
  it('image: the largest of min_disk, size and virtual size, rounded up', () => {
    expect(minSizeFor('image', { image: image({ min_disk: 3, size: 600 * 1024 ** 2 }) }).min).toBe(3);
    expect(minSizeFor('image', { image: image({ min_disk: 1, size: 21430272, virtual_size: 117440512 }) }).min).toBe(1);
    expect(minSizeFor('image', { image: image({ min_disk: 0, size: 629145600, virtual_size: 2361393152 }) }).min).toBe(3);
    expect(minSizeFor('image', { image: image({ min_disk: 0, size: 5 * GiB + 1 }) }).min).toBe(6);
  });
  it('snapshot and source volume: their size', () => {
    expect(minSizeFor('snapshot', { snapshot: { size: 20 } as Snapshot })).toEqual({ min: 20, reason: 'snapshot' });
    expect(minSizeFor('volume', { volume: { size: 50 } as Volume })).toEqual({ min: 50, reason: 'volume' });
  });
  it('VM snapshot image: the BDM volume size', () => {
    const vm = image({ size: 0, bdm_v2: 'True', block_device_mapping: JSON.stringify([{ source_type: 'snapshot', boot_index: 0, snapshot_id: 's', volume_size: 8 }]) });
    expect(minSizeFor('vmSnapshot', { image: vm })).toEqual({ min: 8, reason: 'vmSnapshot' });
  });
});

describe('maximum size from quota', () => {
  it('project gigabytes: limit − in use − reserved', () => {
    expect(maxSizeFor(quota, undefined)).toEqual({ max: 35, reason: 'gigabytes' });
  });
  it('the type limit wins when smaller', () => {
    expect(maxSizeFor(quota, 'ssd')).toEqual({ max: 12, reason: 'typeGigabytes' });
  });
  it('an unlimited type falls back to the project', () => {
    expect(maxSizeFor(quota, 'standard')).toEqual({ max: 35, reason: 'gigabytes' });
  });
  it('per_volume_gigabytes caps a single volume', () => {
    const capped = { ...quota, perVolumeGigabytes: { limit: 8, in_use: 0, reserved: 0, remaining: 8 } };
    expect(maxSizeFor(capped, undefined)).toEqual({ max: 8, reason: 'perVolume' });
  });
  it('unknown quota = no client-side maximum', () => {
    expect(maxSizeFor(undefined, 'ssd')).toEqual({ max: null, reason: null });
  });
  it('counts volumes left per type', () => {
    expect(volumesLeft(quota, undefined)).toBe(5);
    expect(volumesLeft(quota, 'ssd')).toBe(0);
  });
});

describe('size validation', () => {
  const bounds = sizeBounds('snapshot', { snapshot: { size: 20 } as Snapshot }, quota, undefined);
  it.each([
    [null, 'required'],
    [19, 'belowMin'],
    [20, null],
    [35, null],
    [36, 'aboveMax'],
    [20.5, 'notInteger'],
  ] as const)('%s → %s', (size, problem) => {
    expect(sizeProblem(size, bounds)).toBe(problem);
  });
});
