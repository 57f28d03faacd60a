import { describe, expect, it } from 'vitest';
import en from '../../features/volumes/locales/en-US.json';
import zh from '../../features/volumes/locales/zh-CN.json';
import { CHANGING_VOLUME_STATUSES, filterableStatuses, isTransitional, pollSpeed, volumeStatuses, volumeStatusInfo } from './status';

// Cinder's VolumeStatus enum (cinder/objects/fields.py) plus the two statuses the code also sets.
const ENUM = [
  'creating', 'available', 'deleting', 'error', 'error_deleting', 'error_managing', 'managing', 'attaching', 'in-use',
  'detaching', 'maintenance', 'restoring-backup', 'error_restoring', 'reserved', 'awaiting-transfer', 'backing-up',
  'error_backing-up', 'error_extending', 'downloading', 'uploading', 'retyping', 'extending',
];
const ALSO_SET = ['reverting', 'unmanaging'];
// The facts file's groups.
const FAST = ['creating', 'downloading', 'deleting', 'reserved', 'attaching', 'detaching', 'extending', 'retyping', 'reverting', 'uploading', 'backing-up', 'restoring-backup', 'maintenance', 'unmanaging'];
const SLOW = ['awaiting-transfer'];
const STABLE = ['available', 'in-use', 'error', 'error_deleting', 'error_extending', 'error_restoring', 'error_backing-up'];

describe('volume status table', () => {
  it('maps every Cinder volume status', () => {
    for (const status of [...ENUM, ...ALSO_SET]) expect(Object.keys(volumeStatuses), status).toContain(status);
  });

  it('polls fast exactly for the transitional group, slowly for waiting ones, never for stable ones', () => {
    for (const status of FAST) expect(pollSpeed(status), status).toBe('fast');
    for (const status of SLOW) expect(pollSpeed(status), status).toBe('slow');
    for (const status of STABLE) {
      expect(pollSpeed(status), status).toBe(false);
      expect(isTransitional(status), status).toBe(false);
    }
    const fastInTable = Object.keys(volumeStatuses).filter((s) => pollSpeed(s) === 'fast');
    // managing is the internal name of creating (Cinder renames it); everything else matches the facts.
    expect(fastInTable.filter((s) => s !== 'managing').sort()).toEqual([...FAST].sort());
  });

  it('marks error statuses so their reason is looked up', () => {
    expect(volumeStatusInfo('error').isError).toBe(true);
    expect(volumeStatusInfo('error_extending').isError).toBe(true);
    expect(volumeStatusInfo('available').isError).toBe(false);
    expect(volumeStatusInfo('creating').isError).toBe(false);
  });

  it('treats an unknown status as stable and labels it unknown', () => {
    expect(isTransitional('frobnicating')).toBe(false);
    expect(volumeStatusInfo('frobnicating').labelKey).toBe('status.unknown');
    expect(isTransitional('__proto__')).toBe(false);
  });

  it('has a label in both languages for every status, with zh-CN terms', () => {
    for (const info of Object.values(volumeStatuses)) {
      const key = info.labelKey.slice('status.'.length) as keyof typeof en.status;
      expect(en.status[key], info.labelKey).toBeTruthy();
      expect(zh.status[key], info.labelKey).toBeTruthy();
    }
    expect(zh.status.available).toBe('可用');
    expect(zh.status['in-use']).toBe('使用中');
    expect(zh.status.extending).toBe('扩容中');
    expect(zh.status.reverting).toBe('回滚中');
  });

  it('offers only known statuses in the filter', () => {
    for (const status of filterableStatuses) expect(volumeStatuses).toHaveProperty([status]);
  });
});

function keysOf(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe('volumes strings', () => {
  it('zh-CN holds exactly the en-US keys, with the same placeholders', () => {
    expect(keysOf(zh).sort()).toEqual(keysOf(en).sort());
    const at = (root: unknown, key: string) => String(key.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], root));
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of keysOf(en)) expect(placeholders(at(zh, key)), key).toEqual(placeholders(at(en, key)));
  });

  it('uses the vendor terms', () => {
    expect(zh.list.title).toBe('云硬盘');
    expect(zh.detail.tabs.qos).toBe('QoS规则');
    expect(zh.detail.tabs.snapshots).toBe('云硬盘快照');
  });
});

describe('CHANGING_VOLUME_STATUSES (the activity center)', () => {
  it('is the fast-polling group plus the leaked internal name (a Nova attach\'s reserved too), not the slow waiting ones', () => {
    expect([...CHANGING_VOLUME_STATUSES].sort()).toEqual(
      [...Object.keys(volumeStatuses).filter((s) => pollSpeed(s) === 'fast'), 'error_managing_deleting'].sort(),
    );
    expect(CHANGING_VOLUME_STATUSES.has('reserved')).toBe(true);
    expect(CHANGING_VOLUME_STATUSES.has('awaiting-transfer')).toBe(false);
  });
});
