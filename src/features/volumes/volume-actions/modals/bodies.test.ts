import { describe, expect, it } from 'vitest';
import type { Volume } from '../../../../api/models';
import { buildResetStatusBody, buildRetypeBody } from '../../../../api/volume-actions';
import { editCalls, editChanges } from './edit-volume-modal';
import { migrationTargets } from './migrate-volume-modal';
import { retypeVendorOptions } from './retype-volume-modal';
import { confirmationMatches } from './typed-confirmation';

const volume = { id: 'v1', name: 'data', description: 'old', bootable: 'false', status: 'in-use' } as Volume;

describe('edit', () => {
  it('sends only what changed', () => {
    expect(editChanges(volume, { name: 'data', description: 'old', bootable: false, readonly: false })).toEqual({ update: null, bootable: null, readonly: null });
    expect(editChanges(volume, { name: ' new ', description: 'old', bootable: true, readonly: false })).toEqual({ update: { name: 'new' }, bootable: true, readonly: null });
    expect(editChanges(volume, { name: 'data', description: '', bootable: false, readonly: false })).toEqual({ update: { description: '' }, bootable: null, readonly: null });
  });
  it('reads the read-only flag from the admin metadata Cinder shows, and sends it only when it changed', () => {
    const readonlyVolume = { ...volume, metadata: { readonly: 'True' } } as Volume;
    expect(editChanges(readonlyVolume, { name: 'data', description: 'old', bootable: false, readonly: true }).readonly).toBeNull();
    const changes = editChanges(readonlyVolume, { name: 'data', description: 'old', bootable: true, readonly: false });
    expect(editCalls(readonlyVolume, changes).map((c) => [c.op, c.body])).toEqual([
      ['volume.setBootable', { 'os-set_bootable': { bootable: true } }],
      ['volume.setReadonly', { 'os-update_readonly_flag': { readonly: false } }],
    ]);
  });
});

describe('retype', () => {
  it('upstream body: new_type and migration_policy only', () => {
    expect(buildRetypeBody('ssd', 'on-demand', retypeVendorOptions({ newType: 'ssd', migrationPolicy: 'on-demand', qosBpsLimit: 100, deleteOld: true }, false))).toEqual({
      'os-retype': { new_type: 'ssd', migration_policy: 'on-demand' },
    });
  });
  it('vendor fields only when enabled', () => {
    expect(buildRetypeBody('ssd', 'never', retypeVendorOptions({ newType: 'ssd', migrationPolicy: 'never', qosBpsLimit: 100, forceHostCopy: true, deleteOld: false }, true))).toEqual({
      'os-retype': { new_type: 'ssd', migration_policy: 'never', qos_bps_limit: 100, force_host_copy: true },
    });
  });
});

describe('reset status', () => {
  it('keeps only the chosen fields', () => {
    expect(buildResetStatusBody({ status: 'available', attach_status: undefined, migration_status: 'none' })).toEqual({ status: 'available', migration_status: 'none' });
  });
});

describe('migrate', () => {
  it('offers every pool but the current one', () => {
    const pools = [{ name: 'cinder@lvm-hdd#hdd', capabilities: {} }, { name: 'cinder@lvm-ssd#ssd', capabilities: {} }];
    expect(migrationTargets(pools, 'cinder@lvm-hdd#hdd').map((p) => p.name)).toEqual(['cinder@lvm-ssd#ssd']);
  });
});

describe('typed confirmation', () => {
  it('accepts the name or the id, nothing else', () => {
    expect(confirmationMatches(volume, 'data')).toBe(true);
    expect(confirmationMatches(volume, ' v1 ')).toBe(true);
    expect(confirmationMatches(volume, 'Data')).toBe(false);
    expect(confirmationMatches(volume, '')).toBe(false);
    expect(confirmationMatches({ id: 'v2', name: null }, 'v2')).toBe(true);
    expect(confirmationMatches({ id: 'v2', name: '' }, '')).toBe(false);
  });
});
