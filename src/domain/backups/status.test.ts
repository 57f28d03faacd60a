import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupStatuses, backupStatusInfo, CHANGING_BACKUP_STATUSES, filterableBackupStatuses } from './status';

const locale = (language: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../features/backups/locales', `${language}.json`), 'utf8')) as { status: Record<string, string> };

describe('backup status table', () => {
  it('covers Cinder’s BackupStatus enum exactly', () => {
    const cinder = ['error', 'error_deleting', 'creating', 'available', 'deleting', 'deleted', 'restoring'];
    expect(Object.keys(backupStatuses).sort()).toEqual([...cinder].sort());
  });
  it('polls only while creating, restoring or deleting', () => {
    expect([...CHANGING_BACKUP_STATUSES].sort()).toEqual(['creating', 'deleting', 'restoring']);
    expect(backupStatusInfo('something-new')).toMatchObject({ labelKey: 'status.unknown', transitional: false, poll: false });
    expect(backupStatusInfo('error').isError).toBe(true);
  });
  it.each(['en-US', 'zh-CN'])('has a %s label for every status', (language) => {
    const labels = locale(language).status;
    for (const info of Object.values(backupStatuses)) expect(labels[info.labelKey.replace('status.', '')]).toBeTruthy();
    expect(labels.unknown).toBeTruthy();
  });
  it('offers only known statuses as filters', () => {
    for (const status of filterableBackupStatuses) expect(backupStatuses[status]).toBeDefined();
  });
});
