import { describe, expect, it } from 'vitest';
import { CINDER_OPS, type RequestDescriptor } from '../../api/descriptor';
import { qosCalls } from '../../api/qos-specs';
import { serverCalls } from '../../api/servers';
import { snapshotCalls } from '../../api/snapshots';
import { volumeActionCalls } from '../../api/volume-actions';
import { volumeTypeCalls } from '../../api/volume-types';
import { volumeCalls } from '../../api/volumes';
import { sampleCalls } from '../../test/cinder-calls';
import { transferCalls } from '../../api/volume-transfers';
import { uploadCalls } from '../../api/volume-upload';
import { classifyCall } from './classify';

/** An observed call as the http layer reports it: the descriptor it sent plus the response body. */
const call = (request: RequestDescriptor, data?: unknown) => ({ ...request, data });

describe('classifyCall', () => {
  it('takes a created volume id and name from the 202 body', () => {
    expect(classifyCall(call(volumeActionCalls.create({ size: 1 }), { volume: { id: 'v1', name: 'db', status: 'creating' } }))).toEqual({
      kind: 'volume',
      action: 'create',
      tracking: 'watch',
      resourceId: 'v1',
      resourceName: 'db',
    });
  });

  it('reads the volume action by its op, with what "done" looks like', () => {
    expect(classifyCall(call(volumeActionCalls.extend('v1', 5)))).toEqual({ kind: 'volume', action: 'extend', tracking: 'watch', resourceId: 'v1', expect: { size: 5 } });
    expect(classifyCall(call(volumeActionCalls.retype('v1', 'gold', 'on-demand')))).toMatchObject({ action: 'retype', expect: { type: 'gold' } });
    expect(classifyCall(call(volumeActionCalls.revert('v1', 's')))).toMatchObject({ action: 'revert', tracking: 'watch' });
    expect(classifyCall(call(volumeActionCalls.migrate('v1', { host: 'h@b#p', force_host_copy: false, lock_volume: false })))).toMatchObject({
      action: 'migrate',
      tracking: 'watch',
      detail: 'h@b#p',
      expect: { host: 'h@b#p' },
    });
    expect(classifyCall(call(volumeActionCalls.forceDelete('v1')))).toMatchObject({ action: 'forceDelete', tracking: 'watch' });
  });

  it('follows a Nova attach / detach on the volume it moves; a force detach is done when answered', () => {
    expect(classifyCall(call(serverCalls.addVolume('s1', 'v1'), { volumeAttachment: { device: '/dev/vdb' } }))).toEqual({ kind: 'volume', action: 'attach', tracking: 'watch', resourceId: 'v1' });
    expect(classifyCall(call(serverCalls.removeVolume('s1', 'v1')))).toEqual({ kind: 'volume', action: 'detach', tracking: 'watch', resourceId: 'v1' });
    expect(classifyCall(call(volumeActionCalls.forceDetach('v1', 'a1')))).toMatchObject({ action: 'forceDetach', tracking: 'instant', resourceId: 'v1' });
  });

  it('treats status resets and bootable flags as instant', () => {
    expect(classifyCall(call(volumeActionCalls.resetStatus('v1', { status: 'error' })))).toMatchObject({ action: 'resetStatus', tracking: 'instant', detail: 'error' });
    expect(classifyCall(call(volumeActionCalls.resetStatus('v1', { attach_status: 'detached' })))).not.toHaveProperty('detail');
    expect(classifyCall(call(volumeActionCalls.setBootable('v1', true)))).toMatchObject({ action: 'setBootable', tracking: 'instant' });
  });

  it('follows deletes of volumes and snapshots, and snapshot creation', () => {
    expect(classifyCall(call(volumeActionCalls.remove('v1', { cascade: true })))).toEqual({ kind: 'volume', action: 'delete', tracking: 'watch', resourceId: 'v1' });
    expect(classifyCall(call(snapshotCalls.remove('s1')))).toMatchObject({ kind: 'snapshot', action: 'delete', tracking: 'watch', resourceId: 's1' });
    expect(classifyCall(call(snapshotCalls.create({ volume_id: 'v1' }), { snapshot: { id: 's2', name: 'n' } }))).toMatchObject({
      kind: 'snapshot',
      action: 'create',
      resourceId: 's2',
      resourceName: 'n',
    });
    expect(classifyCall(call(snapshotCalls.resetStatus('s1', 'error')))).toMatchObject({ kind: 'snapshot', action: 'resetStatus', tracking: 'instant', detail: 'error' });
  });

  it('names the metadata or spec key from the params, not from the encoded path', () => {
    expect(classifyCall(call(volumeCalls.deleteMetadataKey('v1', 'a/b c')))).toMatchObject({ action: 'metadata', resourceId: 'v1', detail: 'a/b c' });
    expect(classifyCall(call(volumeCalls.replaceMetadata('v1', { a: '1' })))?.detail).toBeUndefined();
    expect(classifyCall(call(volumeTypeCalls.deleteExtraSpec('t1', 'volume_backend_name')))).toMatchObject({ action: 'extraSpecs', detail: 'volume_backend_name' });
  });

  it('records type, access and QoS writes as instant operations', () => {
    expect(classifyCall(call(volumeTypeCalls.create({ name: 'gold', isPublic: true }), { volume_type: { id: 't1', name: 'gold' } }))).toMatchObject({
      kind: 'volumeType',
      action: 'create',
      tracking: 'instant',
      resourceId: 't1',
    });
    expect(classifyCall(call(volumeTypeCalls.removeAccess('t1', 'p1')))).toMatchObject({ action: 'access', detail: 'removeProjectAccess' });
    expect(classifyCall(call(qosCalls.unsetKeys('q1', ['a'])))).toMatchObject({ kind: 'qosSpec', action: 'specs', resourceId: 'q1' });
    expect(classifyCall(call(qosCalls.associate('q1', 't1')))).toMatchObject({ action: 'associate' });
    expect(classifyCall(call(qosCalls.disassociateAll('q1')))).toMatchObject({ action: 'disassociate' });
  });

  it('makes an operation of every op, on the resource its params name', () => {
    for (const op of CINDER_OPS) {
      const request = sampleCalls[op];
      const answer = { volume: { id: 'new' }, snapshot: { id: 'new' }, volume_type: { id: 'new' }, qos_specs: { id: 'new' }, backup: { id: 'new' }, transfer: { id: 't-new', volume_id: 'new' }, 'os-volume_upload_image': { image_id: 'new' } };
      const init = classifyCall(call(request, answer));
      expect(init, op).not.toBeNull();
      // A transfer is about its volume (named in the create body, in the accept answer); an upload follows its new image.
      // A service is named by its body (binary@host), not by an id in the path.
      const expected = op.startsWith('service.') ? null : op === 'transfer.create' ? 'v-1' : op === 'volume.uploadImage' || op === 'transfer.accept' ? 'new' : (request.params.id ?? 'new');
      expect(init!.resourceId, op).toBe(expected);
    }
  });

  it('names a service by binary@host and never records the disabled reason', () => {
    const init = classifyCall(call(sampleCalls['service.disable'], { disabled: true }));
    expect(init).toMatchObject({ kind: 'service', action: 'disable', resourceName: 'cinder-volume@h@b' });
    expect(JSON.stringify(init)).not.toContain('disk swap');
  });

  it('ignores calls sent without a descriptor (reads, Keystone)', () => {
    expect(classifyCall({ body: undefined, data: { volumes: [] } })).toBeNull();
    expect(classifyCall({ body: { auth: { identity: { password: 'secret' } } } })).toBeNull();
  });

  it('never keeps a transfer auth key, from the create answer or the accept body', () => {
    const created = classifyCall(call(transferCalls.create({ volumeId: 'v1' }), { transfer: { id: 't1', volume_id: 'v1', auth_key: 'deadbeefdeadbeef' } }));
    expect(created).toEqual({ kind: 'volume', action: 'transfer', tracking: 'instant', resourceId: 'v1' });
    const accepted = classifyCall(call(transferCalls.accept('t1', 'deadbeefdeadbeef'), { transfer: { id: 't1', volume_id: 'v1', name: null } }));
    expect(accepted).toEqual({ kind: 'volume', action: 'acceptTransfer', tracking: 'instant', resourceId: 'v1' });
    expect(JSON.stringify([created, accepted])).not.toContain('deadbeef');
  });

  it('follows the Glance image an upload creates', () => {
    const upload = uploadCalls.upload('v1', { imageName: 'golden', diskFormat: 'qcow2', containerFormat: 'bare', visibility: 'private', protected: false, force: false });
    expect(classifyCall(call(upload, { 'os-volume_upload_image': { id: 'v1', image_id: 'i1', status: 'uploading' } }))).toEqual({
      kind: 'image',
      action: 'uploadImage',
      tracking: 'watch',
      resourceId: 'i1',
      resourceName: 'golden',
    });
  });

  it('keeps nothing of a body but harmless arguments', () => {
    const request = volumeActionCalls.extend('v1', 3);
    const init = classifyCall(call({ ...request, body: { 'os-extend': { new_size: 3, secret: 'x' } } }));
    expect(JSON.stringify(init)).not.toContain('secret');
  });
});
