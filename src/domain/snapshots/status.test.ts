import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filterableStatuses, isTransitional, snapshotStatuses, snapshotStatusInfo } from './status';

const locale = (language: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../features/snapshots/locales', `${language}.json`), 'utf8')) as { status: Record<string, string> };

describe('snapshot status table', () => {
  it('treats exactly the in-progress statuses as transitional', () => {
    const transitional = Object.keys(snapshotStatuses).filter(isTransitional).sort();
    expect(transitional).toEqual(['backing-up', 'creating', 'deleting', 'restoring', 'unmanaging', 'updating']);
  });

  it('covers every status of Cinder SnapshotStatus', () => {
    const cinder = ['creating', 'available', 'deleting', 'error', 'error_deleting', 'unmanaging', 'backing-up', 'restoring', 'updating', 'deleted'];
    expect(Object.keys(snapshotStatuses).sort()).toEqual([...cinder].sort());
  });

  it('marks error statuses and leaves unknown ones stable', () => {
    expect(snapshotStatusInfo('error').isError).toBe(true);
    expect(snapshotStatusInfo('error_deleting').isError).toBe(true);
    expect(snapshotStatusInfo('available').isError).toBe(false);
    expect(snapshotStatusInfo('something-new')).toMatchObject({ labelKey: 'status.unknown', transitional: false });
    expect(snapshotStatusInfo('toString').labelKey).toBe('status.unknown');
  });

  it.each(['en-US', 'zh-CN'])('has a %s label for every status', (language) => {
    const labels = locale(language).status;
    for (const info of Object.values(snapshotStatuses)) expect(labels[info.labelKey.replace('status.', '')]).toBeTruthy();
  });

  it('offers only known statuses as filters', () => {
    for (const status of filterableStatuses) expect(snapshotStatuses[status]).toBeDefined();
  });
});
