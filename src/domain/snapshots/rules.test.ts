import { describe, expect, it } from 'vitest';
import { canCreateVolumeFrom, changedFields, deleteBlock, metadataProblems, newVolumeSizeProblem, parseProgress, revertBlock, type RevertContext } from './rules';

describe('deleteBlock', () => {
  it.each(['available', 'error'])('allows %s', (status) => {
    expect(deleteBlock({ status, group_snapshot_id: null })).toBeNull();
  });
  it.each(['creating', 'deleting', 'error_deleting', 'restoring', 'backing-up', 'updating', 'unmanaging'])('refuses %s', (status) => {
    expect(deleteBlock({ status })).toBe('status');
  });
  it('refuses a member of a group snapshot', () => {
    expect(deleteBlock({ status: 'available', group_snapshot_id: 'g1' })).toBe('group');
  });
});

describe('revertBlock', () => {
  const ok: RevertContext = {
    supportsRevert: true,
    snapshot: { id: 's2', status: 'available', size: 10 },
    volume: { status: 'available', size: 10 },
    latestSnapshotId: 's2',
  };
  it('allows the latest snapshot of an available volume of the same size', () => {
    expect(revertBlock(ok)).toBeNull();
  });
  it('needs microversion 3.40 first of all', () => {
    expect(revertBlock({ ...ok, supportsRevert: false })).toBe('microversion');
  });
  it('needs the volume to exist', () => {
    expect(revertBlock({ ...ok, volume: null })).toBe('volumeMissing');
  });
  it('needs an available snapshot', () => {
    expect(revertBlock({ ...ok, snapshot: { ...ok.snapshot, status: 'creating' } })).toBe('snapshotStatus');
  });
  it('refuses an attached volume (Cinder wants available, not in-use)', () => {
    expect(revertBlock({ ...ok, volume: { status: 'in-use', size: 10 } })).toBe('volumeStatus');
  });
  it('refuses an older snapshot', () => {
    expect(revertBlock({ ...ok, latestSnapshotId: 's3' })).toBe('notLatest');
  });
  it('refuses after the volume was extended', () => {
    expect(revertBlock({ ...ok, volume: { status: 'available', size: 20 } })).toBe('sizeMismatch');
  });
});

describe('newVolumeSizeProblem', () => {
  it('accepts the snapshot size and more', () => {
    expect(newVolumeSizeProblem(5, 5)).toBeNull();
    expect(newVolumeSizeProblem(8, 5)).toBeNull();
  });
  it('refuses smaller, fractional and missing sizes', () => {
    expect(newVolumeSizeProblem(4, 5)).toBe('tooSmall');
    expect(newVolumeSizeProblem(5.5, 5)).toBe('integer');
    expect(newVolumeSizeProblem(null, 5)).toBe('required');
    expect(newVolumeSizeProblem(0, 0)).toBe('tooSmall');
  });
});

describe('canCreateVolumeFrom', () => {
  it('only from available snapshots', () => {
    expect(canCreateVolumeFrom({ status: 'available' })).toBe(true);
    expect(canCreateVolumeFrom({ status: 'creating' })).toBe(false);
    expect(canCreateVolumeFrom({ status: 'error' })).toBe(false);
  });
});

describe('metadataProblems', () => {
  it('accepts Cinder-valid keys and values', () => {
    expect(metadataProblems([{ key: 'backup:policy', value: 'daily' }, { key: 'a b/c.d-e_f', value: '' }]).size).toBe(0);
  });
  it('reports each row problem by index', () => {
    const problems = metadataProblems([
      { key: '', value: 'x' },
      { key: 'bad*key', value: 'x' },
      { key: 'long', value: 'v'.repeat(256) },
      { key: 'dup', value: '1' },
      { key: 'dup', value: '2' },
      { key: 'DUP', value: '3' },
    ]);
    expect([...problems.entries()]).toEqual([
      [0, 'keyRequired'],
      [1, 'keyInvalid'],
      [2, 'valueTooLong'],
      [4, 'duplicateKey'],
      [5, 'duplicateKey'],
    ]);
  });
});

describe('changedFields', () => {
  it('sends only what changed, trimmed', () => {
    expect(changedFields({ name: 'a', description: null }, { name: ' a ', description: '' })).toEqual({});
    expect(changedFields({ name: 'a', description: 'old' }, { name: 'b', description: '' })).toEqual({ name: 'b', description: '' });
  });
});

describe('parseProgress', () => {
  it('reads Cinder progress strings', () => {
    expect(parseProgress('42%')).toBe(42);
    expect(parseProgress('100%')).toBe(100);
    expect(parseProgress(undefined)).toBeNull();
    expect(parseProgress('n/a')).toBeNull();
  });
});
