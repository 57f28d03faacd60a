import { describe, expect, test } from 'vitest';
import { call, setup, SEED } from './helpers';

const GIB = 1024 ** 3;

describe('upload to image', () => {
  test('volume uploading → available while the Glance image goes queued → saving → active', async () => {
    const { demo, clock, emu } = await setup();
    const r = await demo.action(SEED.volumes.scratch02, { 'os-volume_upload_image': { image_name: 'scratch-image', disk_format: 'qcow2', container_format: 'bare', visibility: 'shared', protected: false } });
    expect(r.status).toBe(202);
    const body = r.body['os-volume_upload_image'];
    expect(body).toMatchObject({ id: SEED.volumes.scratch02, status: 'uploading', size: 2, image_name: 'scratch-image', disk_format: 'qcow2', container_format: 'bare', visibility: 'shared', protected: false });
    expect((await demo.get(`/volumes/${SEED.volumes.scratch02}`)).body.volume.status).toBe('uploading');
    const image = () => call(emu, 'GET', `/image/v2/images/${body.image_id}`, { token: demo.token, headers: { Accept: 'application/json' } });
    expect((await image()).body).toMatchObject({ status: 'queued', name: 'scratch-image', owner: SEED.projects.demo, size: null });
    clock.advance(1500);
    expect((await image()).body.status).toBe('saving');
    clock.advance(3000);
    expect((await image()).body).toMatchObject({ status: 'active', size: 2 * GIB, disk_format: 'qcow2', visibility: 'shared' });
    expect((await demo.get(`/volumes/${SEED.volumes.scratch02}`)).body.volume.status).toBe('available');
    // Metadata writes are refused while uploading (checked in metadata.ts); the image can be deleted by its owner.
    const del = await call(emu, 'DELETE', `/image/v2/images/${body.image_id}`, { token: demo.token });
    expect(del.status).toBe(204);
    expect((await image()).status).toBe(404);
  });

  test('preconditions: available only (force is dropped), public needs admin, formats are checked', async () => {
    const { demo, admin } = await setup({ delays: 'instant' });
    const inUse = await demo.action(SEED.volumes.dbPrimary, { 'os-volume_upload_image': { image_name: 'x', force: true } });
    expect(inUse.status).toBe(400);
    expect(inUse.body.badRequest.message).toBe(`Invalid volume: Volume ${SEED.volumes.dbPrimary} status must be available`);
    const pub = await demo.action(SEED.volumes.scratch01, { 'os-volume_upload_image': { image_name: 'x', visibility: 'public' } });
    expect(pub.status).toBe(403);
    expect(pub.body.forbidden.message).toBe("Policy doesn't allow volume_extension:volume_actions:upload_public to be performed.");
    const fmt = await demo.action(SEED.volumes.scratch01, { 'os-volume_upload_image': { image_name: 'x', disk_format: 'iso' } });
    expect(fmt.status).toBe(400);
    const old = await demo.action(SEED.volumes.scratch01, { 'os-volume_upload_image': { image_name: 'x', protected: true } }, '3.0');
    expect(old.status).toBe(400);
    const adminPublic = await admin.action(SEED.volumes.adminTools, { 'os-volume_upload_image': { image_name: 'tools', visibility: 'public' } });
    expect(adminPublic.status).toBe(202);
  });

  test('a failed upload returns the volume, deletes the image and leaves a user message', async () => {
    const { demo, emu } = await setup({ delays: 'instant' });
    emu.scenarios.failNext({ action: 'upload', resourceId: SEED.volumes.scratch03 });
    const r = await demo.action(SEED.volumes.scratch03, { 'os-volume_upload_image': { image_name: 'doomed' } });
    const imageId = r.body['os-volume_upload_image'].image_id;
    expect((await demo.get(`/volumes/${SEED.volumes.scratch03}`)).body.volume.status).toBe('available');
    expect((await call(emu, 'GET', `/image/v2/images/${imageId}`, { token: demo.token })).status).toBe(404);
    const messages = (await demo.get(`/messages?resource_uuid=${SEED.volumes.scratch03}`)).body.messages;
    expect(messages[0].user_message).toBe('copy volume to image:Failed to upload volume to image at backend.');
  });
});

describe('read-only flag', () => {
  test('once set, the admin metadata shows it even when cleared (readonly False), as Cinder does', async () => {
    const { demo } = await setup({ delays: 'instant' });
    expect((await demo.get(`/volumes/${SEED.volumes.scratch05}`)).body.volume.metadata).toEqual({});
    await demo.action(SEED.volumes.scratch05, { 'os-update_readonly_flag': { readonly: true } });
    await demo.action(SEED.volumes.scratch05, { 'os-update_readonly_flag': { readonly: false } });
    expect((await demo.get(`/volumes/${SEED.volumes.scratch05}`)).body.volume.metadata).toEqual({ readonly: 'False' });
    const inUse = await demo.action(SEED.volumes.dbPrimary, { 'os-update_readonly_flag': { readonly: true } });
    expect(inUse.body.badRequest.message).toBe(`Invalid volume: Volume ${SEED.volumes.dbPrimary} status must be available to update readonly flag, but current status is: in-use.`);
  });
});
