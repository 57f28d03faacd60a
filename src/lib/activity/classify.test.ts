import { describe, expect, it } from 'vitest';
import { classifyCall } from './classify';

const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, data?: unknown) => ({
  method,
  service: 'blockStorage' as const,
  path,
  body,
  data,
});

describe('classifyCall', () => {
  it('takes a created volume id and name from the 202 body', () => {
    expect(classifyCall(call('POST', '/volumes', { volume: { size: 1 } }, { volume: { id: 'v1', name: 'db', status: 'creating' } }))).toEqual({
      kind: 'volume',
      action: 'create',
      tracking: 'watch',
      resourceId: 'v1',
      resourceName: 'db',
    });
  });

  it('reads the volume action by the body key, with what "done" looks like', () => {
    expect(classifyCall(call('POST', '/volumes/v1/action', { 'os-extend': { new_size: 5 } }))).toMatchObject({ action: 'extend', tracking: 'watch', resourceId: 'v1', expect: { size: 5 } });
    expect(classifyCall(call('POST', '/volumes/v1/action', { 'os-retype': { new_type: 'gold', migration_policy: 'on-demand' } }))).toMatchObject({
      action: 'retype',
      expect: { type: 'gold' },
    });
    expect(classifyCall(call('POST', '/volumes/v1/action', { revert: { snapshot_id: 's' } }))).toMatchObject({ action: 'revert', tracking: 'watch' });
    expect(classifyCall(call('POST', '/volumes/v1/action', { 'os-migrate_volume': { host: 'h@b#p' } }))).toMatchObject({ action: 'migrate', detail: 'h@b#p' });
    expect(classifyCall(call('POST', '/volumes/v1/action', { 'os-force_delete': {} }))).toMatchObject({ action: 'forceDelete', tracking: 'watch' });
  });

  it('treats status resets and bootable flags as instant', () => {
    expect(classifyCall(call('POST', '/volumes/v1/action', { 'os-reset_status': { status: 'error' } }))).toMatchObject({ action: 'resetStatus', tracking: 'instant', detail: 'error' });
    expect(classifyCall(call('POST', '/volumes/v1/action', { 'os-set_bootable': { bootable: true } }))).toMatchObject({ action: 'setBootable', tracking: 'instant' });
  });

  it('follows deletes of volumes and snapshots, and snapshot creation', () => {
    expect(classifyCall(call('DELETE', '/volumes/v1'))).toMatchObject({ kind: 'volume', action: 'delete', tracking: 'watch', resourceId: 'v1' });
    expect(classifyCall(call('DELETE', '/snapshots/s1'))).toMatchObject({ kind: 'snapshot', action: 'delete', tracking: 'watch' });
    expect(classifyCall(call('POST', '/snapshots', { snapshot: {} }, { snapshot: { id: 's2', name: 'n' } }))).toMatchObject({ kind: 'snapshot', action: 'create', resourceId: 's2' });
  });

  it('records type, extra spec, QoS and quota writes as instant operations', () => {
    expect(classifyCall(call('POST', '/types', {}, { volume_type: { id: 't1', name: 'gold' } }))).toMatchObject({ kind: 'volumeType', action: 'create', tracking: 'instant', resourceId: 't1' });
    expect(classifyCall(call('DELETE', '/types/t1/extra_specs/volume_backend_name'))).toMatchObject({ action: 'extraSpecs', detail: 'volume_backend_name' });
    expect(classifyCall(call('PUT', '/qos-specs/q1/delete_keys', { keys: ['a'] }))).toMatchObject({ kind: 'qosSpec', action: 'specs' });
    expect(classifyCall(call('GET', '/qos-specs/q1/associate'))).toMatchObject({ action: 'associate' });
    expect(classifyCall(call('PUT', '/os-quota-sets/p1', {}))).toMatchObject({ kind: 'quota', resourceId: 'p1' });
  });

  it('ignores reads, other services and unknown paths', () => {
    expect(classifyCall(call('GET', '/volumes/detail'))).toBeNull();
    expect(classifyCall(call('GET', '/volumes/v1'))).toBeNull();
    expect(classifyCall(call('POST', '/volumes/v1/action'))).toBeNull();
    expect(classifyCall({ method: 'POST', service: 'identity', path: '/auth/tokens', body: { auth: { identity: { password: 'secret' } } } })).toBeNull();
  });

  it('keeps nothing of a body but the action name and harmless arguments', () => {
    const init = classifyCall(call('POST', '/volumes/v1/action', { 'os-extend': { new_size: 3, secret: 'x' } }));
    expect(JSON.stringify(init)).not.toContain('secret');
  });
});
