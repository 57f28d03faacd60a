import { describe, expect, it } from 'vitest';
import { createBackupBlock, deleteBackupBlock, incrementalParent, restoreBlock, restoreTargets } from './rules';

const volume = { id: 'v1', status: 'available' };

describe('createBackupBlock (backup/api.py create)', () => {
  it('allows an available volume, and an in-use one only with force', () => {
    expect(createBackupBlock(volume, { force: false })).toBeNull();
    expect(createBackupBlock({ ...volume, status: 'in-use' }, { force: false })).toMatchObject({
      key: 'needsForce',
      cinderText: 'Invalid volume: Backing up an in-use volume must use the force flag.',
    });
    expect(createBackupBlock({ ...volume, status: 'in-use' }, { force: true })).toBeNull();
  });

  it('refuses other statuses with Cinder’s text', () => {
    expect(createBackupBlock({ ...volume, status: 'extending' }, { force: true })?.cinderText).toBe(
      'Invalid volume: Volume to be backed up must be available or in-use, but the current status is "extending".',
    );
  });

  it('from a snapshot: it must be this volume’s and available; the volume status then does not matter', () => {
    expect(createBackupBlock({ ...volume, status: 'in-use' }, { force: false, snapshot: { volume_id: 'v1', status: 'available' } })).toBeNull();
    expect(createBackupBlock(volume, { force: false, snapshot: { volume_id: 'v2', status: 'available' } })?.key).toBe('snapshotOfOtherVolume');
    expect(createBackupBlock(volume, { force: false, snapshot: { volume_id: 'v1', status: 'creating' } })?.cinderText).toBe(
      'Invalid snapshot: Snapshot to be backed up must be available, but the current status is "creating".',
    );
  });
});

describe('incrementalParent', () => {
  const b = (id: string, status: string, time: string, volume_id = 'v1') => ({ id, volume_id, status, data_timestamp: time, created_at: time });
  it('refuses without an available backup of the volume', () => {
    expect(incrementalParent([b('x', 'error', '2025-01-01T00:00:00.000000'), b('y', 'available', '2025-01-01T00:00:00.000000', 'v2')], 'v1')).toEqual({
      key: 'noFullBackup',
      cinderText: 'Invalid backup: No backups available to do an incremental backup.',
    });
  });
  it('builds on the available backup with the newest data (older than the snapshot for a snapshot source)', () => {
    const list = [b('old', 'available', '2025-01-01T08:00:00.000000'), b('new', 'available', '2025-01-01T08:20:00.000000'), b('busy', 'creating', '2025-01-01T09:00:00.000000')];
    expect(incrementalParent(list, 'v1')).toEqual({ parentId: 'new' });
    expect(incrementalParent(list, 'v1', { created_at: '2025-01-01T08:10:00.000000' })).toEqual({ parentId: 'old' });
  });
});

describe('deleteBackupBlock', () => {
  it.each(['available', 'error'])('allows %s', (status) => expect(deleteBackupBlock({ status, has_dependent_backups: false })).toBeNull());
  it.each(['creating', 'restoring', 'deleting', 'error_deleting'])('refuses %s', (status) =>
    expect(deleteBackupBlock({ status, has_dependent_backups: false })?.cinderText).toBe('Invalid backup: Backup status must be available or error'),
  );
  it('refuses a backup with dependent incrementals, even forced', () => {
    expect(deleteBackupBlock({ status: 'available', has_dependent_backups: true })?.cinderText).toBe('Invalid backup: Incremental backups exist for this backup.');
    expect(deleteBackupBlock({ status: 'creating', has_dependent_backups: true }, true)?.key).toBe('dependents');
    expect(deleteBackupBlock({ status: 'creating', has_dependent_backups: false }, true)).toBeNull();
  });
});

describe('restoreBlock', () => {
  it('needs an available backup and an available target at least its size', () => {
    expect(restoreBlock({ status: 'restoring', size: 5 })?.cinderText).toBe('Invalid backup: Backup status must be available');
    expect(restoreBlock({ status: 'available', size: 5 })).toBeNull();
    expect(restoreBlock({ status: 'available', size: 5 }, { status: 'in-use', size: 10 })?.cinderText).toBe('Invalid volume: Volume to be restored to must be available');
    expect(restoreBlock({ status: 'available', size: 5 }, { status: 'available', size: 2 })?.cinderText).toBe(
      'Invalid volume: volume size 2 is too small to restore backup of size 5.',
    );
    expect(restoreBlock({ status: 'available', size: 5 }, { status: 'available', size: 5 })).toBeNull();
  });
  it('offers only volumes it would accept', () => {
    const volumes = [{ status: 'available', size: 4 }, { status: 'available', size: 5 }, { status: 'in-use', size: 50 }];
    expect(restoreTargets({ size: 5 }, volumes)).toEqual([{ status: 'available', size: 5 }]);
  });
});
