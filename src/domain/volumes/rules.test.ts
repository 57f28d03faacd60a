import { describe, expect, it } from 'vitest';
import type { Snapshot, Volume } from '../../api/models';
import { adminActions, canSetReadonly, cascadeBlockers, extendProblem, isReadonly, latestSnapshot, RESET_STATUSES, rules, type VolumeAction } from './rules';
import { canAttachTo, canForceDetach, DEVICE_NAME_PATTERN } from './attach-rules';

function volume(patch: Partial<Volume> = {}): Volume {
  return {
    id: 'v1',
    name: 'data',
    description: null,
    status: 'available',
    size: 10,
    availability_zone: 'nova',
    created_at: '2024-05-01T08:00:00.000000',
    updated_at: null,
    volume_type: 'standard',
    snapshot_id: null,
    source_volid: null,
    metadata: {},
    user_id: 'u',
    bootable: 'false',
    encrypted: false,
    multiattach: false,
    replication_status: null,
    consistencygroup_id: null,
    attachments: [],
    ...patch,
  };
}

function snapshot(patch: Partial<Snapshot> = {}): Snapshot {
  return { id: 's1', name: 'snap', description: null, status: 'available', size: 10, volume_id: 'v1', created_at: '2024-05-02T08:00:00Z', updated_at: null, metadata: {}, ...patch };
}

const attached = { attachments: [{ id: 'a', attachment_id: 'a', volume_id: 'v1', server_id: 's', host_name: null, device: '/dev/vdb', attached_at: '' }] };

const judge = (action: VolumeAction, v: Partial<Volume>, version = '3.70', snapshots?: Snapshot[]) => rules[action]({ volume: volume(v), version, snapshots });

describe('delete', () => {
  it.each(['available', 'error', 'error_restoring', 'error_extending', 'error_managing'])('is allowed when %s', (status) => {
    expect(judge('delete', { status })).toEqual({ allowed: true });
  });
  it.each(['in-use', 'creating', 'deleting', 'extending', 'error_deleting', 'reserved', 'awaiting-transfer', 'maintenance'])('is refused when %s, naming the allowed statuses', (status) => {
    expect(judge('delete', { status })).toEqual({
      allowed: false,
      reason: { key: 'reasons.status', values: { allowed: ['available', 'error', 'error_restoring', 'error_extending', 'error_managing'], status } },
    });
  });
  it('is refused while attached, even if the status says available; the reason points at Detach only where Nova is there', () => {
    expect(rules.delete({ volume: volume({ status: 'available', ...attached }), version: '3.70', compute: true })).toMatchObject({ allowed: false, reason: { key: 'reasons.attached' } });
    expect(judge('delete', { status: 'available', ...attached })).toMatchObject({ allowed: false, reason: { key: 'reasons.attachedNoCompute' } });
  });
  it('is refused while migrating but not after a finished migration', () => {
    expect(judge('delete', { migration_status: 'migrating' })).toMatchObject({ reason: { key: 'reasons.migrating' } });
    expect(judge('delete', { migration_status: 'success' })).toEqual({ allowed: true });
    expect(judge('delete', { migration_status: null })).toEqual({ allowed: true });
  });
  it('is refused for a volume in a group', () => {
    expect(judge('delete', { group_id: 'g' })).toMatchObject({ reason: { key: 'reasons.inGroup' } });
  });
  it('is not disabled by snapshots (the dialog offers cascade)', () => {
    expect(judge('delete', {}, '3.70', [snapshot()])).toEqual({ allowed: true });
  });
});

describe('extend', () => {
  it('allows available at any version', () => {
    expect(judge('extend', { status: 'available' }, '3.0')).toEqual({ allowed: true });
  });
  it('allows in-use from 3.42 only', () => {
    expect(judge('extend', { status: 'in-use' }, '3.42')).toEqual({ allowed: true });
    expect(judge('extend', { status: 'in-use' }, '3.41')).toEqual({
      allowed: false,
      reason: { key: 'reasons.inUseNeedsVersion', values: { version: '3.42', current: '3.41' } },
    });
  });
  it.each(['reserved', 'error_extending', 'extending', 'error'])('refuses %s', (status) => {
    expect(judge('extend', { status })).toMatchObject({ allowed: false, reason: { key: 'reasons.status', values: { allowed: ['available', 'in-use'], status } } });
  });
  it('names only available below 3.42', () => {
    expect(judge('extend', { status: 'error' }, '3.30')).toMatchObject({ reason: { values: { allowed: ['available'] } } });
  });
  it('checks the new size', () => {
    expect(extendProblem(10, 10, null)).toBe('notLarger');
    expect(extendProblem(10, 9, null)).toBe('notLarger');
    expect(extendProblem(10, 10.5, null)).toBe('notInteger');
    expect(extendProblem(10, 15, 4)).toBe('overQuota');
    expect(extendProblem(10, 14, 4)).toBeNull();
    expect(extendProblem(10, 500, null)).toBeNull();
  });
});

describe('revert', () => {
  const older = snapshot({ id: 'old', name: 'old', created_at: '2024-05-01T09:00:00Z' });
  const newer = snapshot({ id: 'new', name: 'new', created_at: '2024-05-03T09:00:00Z' });
  it('needs 3.40', () => {
    expect(judge('revert', {}, '3.39')).toEqual({ allowed: false, reason: { key: 'reasons.needsVersion', values: { version: '3.40', current: '3.39' } } });
    expect(judge('revert', {}, '3.40')).toEqual({ allowed: true });
  });
  it('needs an available volume (in-use is refused)', () => {
    expect(judge('revert', { status: 'in-use' })).toMatchObject({ reason: { key: 'reasons.status', values: { allowed: ['available'] } } });
  });
  it('uses the latest snapshot, which must be available and the same size', () => {
    expect(latestSnapshot([older, newer])?.id).toBe('new');
    expect(judge('revert', {}, '3.70', [older, newer])).toEqual({ allowed: true });
    expect(judge('revert', {}, '3.70', [older, { ...newer, status: 'creating' }])).toMatchObject({ reason: { key: 'reasons.latestNotAvailable', values: { name: 'new', status: 'creating' } } });
    expect(judge('revert', { size: 20 }, '3.70', [older, newer])).toMatchObject({ reason: { key: 'reasons.latestSizeDiffers', values: { snapshotSize: 10, size: 20 } } });
    expect(judge('revert', {}, '3.70', [])).toMatchObject({ reason: { key: 'reasons.noSnapshots' } });
  });
});

describe('retype', () => {
  it.each(['available', 'in-use'])('allows %s', (status) => expect(judge('retype', { status })).toEqual({ allowed: true }));
  it.each(['error', 'creating', 'retyping', 'reserved'])('refuses %s', (status) => expect(judge('retype', { status })).toMatchObject({ allowed: false }));
  it('refuses while migrating', () => expect(judge('retype', { migration_status: 'starting' })).toMatchObject({ reason: { key: 'reasons.migrating' } }));
});

describe('create snapshot', () => {
  it('allows in-use (the dialog asks for force below 3.66)', () => {
    expect(judge('createSnapshot', { status: 'in-use' }, '3.65')).toEqual({ allowed: true });
  });
  it.each(['error', 'maintenance', 'creating'])('refuses %s', (status) => expect(judge('createSnapshot', { status })).toMatchObject({ allowed: false }));
  it('refuses while migrating', () => expect(judge('createSnapshot', { migration_status: 'migrating' })).toMatchObject({ allowed: false }));
});

describe('admin actions', () => {
  it('are reset status, migrate, force delete and unmanage', () => {
    expect([...adminActions].sort()).toEqual(['forceDelete', 'migrate', 'resetStatus', 'unmanage']);
  });
  it('reset status is always possible and never offers deleting', () => {
    expect(judge('resetStatus', { status: 'error_deleting' })).toEqual({ allowed: true });
    expect(RESET_STATUSES).not.toContain('deleting');
    expect(RESET_STATUSES).toContain('available');
  });
  it('force delete skips the status check but not attachments or snapshots', () => {
    expect(judge('forceDelete', { status: 'creating' })).toEqual({ allowed: true });
    expect(judge('forceDelete', { status: 'in-use', ...attached })).toMatchObject({ reason: { key: 'reasons.attachedNoCompute' } });
    expect(rules.forceDelete({ volume: volume({ status: 'in-use', ...attached }), version: '3.70', compute: true })).toMatchObject({ reason: { key: 'reasons.attached' } });
    expect(judge('forceDelete', {}, '3.70', [snapshot()])).toMatchObject({ reason: { key: 'reasons.hasSnapshots', values: { count: 1 } } });
  });
  it('migrate needs available or in-use, no migration running and no snapshots', () => {
    expect(judge('migrate', {})).toEqual({ allowed: true });
    expect(judge('migrate', { status: 'error' })).toMatchObject({ allowed: false });
    expect(judge('migrate', { migration_status: 'migrating' })).toMatchObject({ reason: { key: 'reasons.migrating' } });
    expect(judge('migrate', {}, '3.70', [snapshot()])).toMatchObject({ reason: { key: 'reasons.hasSnapshots' } });
  });
});

describe('edit and clone', () => {
  it('edit is refused only during maintenance', () => {
    expect(judge('edit', { status: 'error' })).toEqual({ allowed: true });
    expect(judge('edit', { status: 'maintenance' })).toMatchObject({ reason: { key: 'reasons.maintenance' } });
  });
  it('clone needs an available or in-use source', () => {
    expect(judge('clone', { status: 'in-use' })).toEqual({ allowed: true });
    expect(judge('clone', { status: 'error' })).toMatchObject({ allowed: false });
  });
});

describe('cascade', () => {
  it('blocks on snapshots that are not available, error or deleting', () => {
    const list = [snapshot({ id: 'a' }), snapshot({ id: 'b', status: 'creating' }), snapshot({ id: 'c', status: 'error' }), snapshot({ id: 'd', status: 'deleting' })];
    expect(cascadeBlockers(list).map((s) => s.id)).toEqual(['b']);
  });
});

describe('transfers, upload and the read-only flag', () => {
  const context = (patch: Partial<Volume>) => ({ volume: volume(patch), version: '3.70' });
  it('transfer only an available volume (transfer/api.py: "status must be available")', () => {
    expect(rules.transfer(context({ status: 'available' })).allowed).toBe(true);
    expect(rules.transfer(context({ status: 'in-use' }))).toEqual({ allowed: false, reason: { key: 'reasons.status', values: { allowed: ['available'], status: 'in-use' } } });
    expect(rules.moveToProject(context({ status: 'awaiting-transfer' })).allowed).toBe(false);
  });
  it('cancel only while the volume awaits a transfer', () => {
    expect(rules.cancelTransfer(context({ status: 'awaiting-transfer' })).allowed).toBe(true);
    expect(rules.cancelTransfer(context({ status: 'available' })).allowed).toBe(false);
  });
  it('upload from available or in-use (force), nothing else', () => {
    expect(rules.uploadImage(context({ status: 'available' })).allowed).toBe(true);
    expect(rules.uploadImage(context({ status: 'in-use' })).allowed).toBe(true);
    expect(rules.uploadImage(context({ status: 'uploading' })).allowed).toBe(false);
  });
  it('read-only: read from admin metadata, changeable only when available', () => {
    expect(isReadonly(volume({ metadata: { readonly: 'True' } }))).toBe(true);
    expect(isReadonly(volume({ metadata: { readonly: 'False' } }))).toBe(false);
    expect(isReadonly(volume({ metadata: {} }))).toBe(false);
    expect(canSetReadonly(context({ status: 'in-use' })).allowed).toBe(false);
    expect(canSetReadonly(context({ status: 'available' })).allowed).toBe(true);
  });
});

describe('unmanage (delete’s checks, snapshots, encryption)', () => {
  it('follows delete and also refuses snapshots and encrypted volumes', () => {
    expect(judge('unmanage', { status: 'available' })).toEqual({ allowed: true });
    expect(judge('unmanage', { status: 'in-use' }).allowed).toBe(false);
    expect(judge('unmanage', { status: 'available', encrypted: true })).toEqual({ allowed: false, reason: { key: 'reasons.encryptedUnmanage', values: undefined } });
    const snap = { id: 's', status: 'available', size: 1, created_at: '2024-01-01T00:00:00' } as Snapshot;
    expect(judge('unmanage', { status: 'available' }, '3.70', [snap])).toEqual({ allowed: false, reason: { key: 'reasons.hasSnapshots', values: { count: 1 } } });
  });
});

describe('attach and detach (Cinder reserves / begins detaching, Nova picks the server)', () => {
  it('attach: an available volume, or an in-use one only when multiattach', () => {
    expect(judge('attach', { status: 'available' })).toEqual({ allowed: true });
    expect(judge('attach', { status: 'in-use', multiattach: true, ...attached })).toEqual({ allowed: true });
    expect(judge('attach', { status: 'in-use', ...attached })).toEqual({ allowed: false, reason: { key: 'reasons.notMultiattach', values: undefined } });
    for (const status of ['creating', 'reserved', 'attaching', 'detaching', 'error', 'extending', 'maintenance']) {
      expect(judge('attach', { status }), status).toEqual({ allowed: false, reason: { key: 'reasons.attachStatus', values: { status } } });
    }
  });
  it('detach: only from in-use, and only with an attachment', () => {
    expect(judge('detach', { status: 'in-use', ...attached })).toEqual({ allowed: true });
    expect(judge('detach', { status: 'available' })).toMatchObject({ reason: { key: 'reasons.notAttached' } });
    expect(judge('detach', { status: 'extending', ...attached })).toMatchObject({ reason: { key: 'reasons.detachStatus', values: { status: 'extending' } } });
  });
  it('a server takes the volume when Nova accepts its state and it does not hold the volume already', () => {
    const v = volume({ status: 'in-use', multiattach: true, ...attached });
    expect(canAttachTo({ id: 's', status: 'ACTIVE' }, v)).toMatchObject({ reason: { key: 'reasons.alreadyOnServer' } });
    for (const status of ['ACTIVE', 'SHUTOFF', 'PAUSED', 'SHELVED_OFFLOADED']) expect(canAttachTo({ id: 'x', status }, v), status).toEqual({ allowed: true });
    for (const status of ['BUILD', 'ERROR', 'SUSPENDED', 'RESCUE', 'MIGRATING']) {
      expect(canAttachTo({ id: 'x', status }, v), status).toEqual({ allowed: false, reason: { key: 'reasons.serverState', values: { status } } });
    }
  });
  it('force detach only where Cinder offers it: not while Nova still knows the server', () => {
    const a = attached.attachments[0]!;
    expect(canForceDetach(a, true)).toMatchObject({ reason: { key: 'reasons.novaUsesAttachment' } });
    expect(canForceDetach(a, false)).toEqual({ allowed: true });
    expect(canForceDetach(a, undefined)).toEqual({ allowed: true });
  });
  it("Nova's device-name rule", () => {
    for (const d of ['/dev/vdb', '/dev/sdc', '/dev/xvdb', '/dev/vdb1']) expect(DEVICE_NAME_PATTERN.test(d), d).toBe(true);
    for (const d of ['vdb', '/dev/', '/dev/VDB', '/mnt/data']) expect(DEVICE_NAME_PATTERN.test(d), d).toBe(false);
  });
});
