import { describe, expect, test } from 'vitest';
import { call, SEED, setup } from './helpers';

describe('odds and ends', () => {
  test('OPTIONS preflight: 200 without CORS headers; Glance needs a token', async () => {
    const { emu } = await setup();
    const pre = await emu.handle(new Request('http://emu.test/volume/v3/volumes', { method: 'OPTIONS' }));
    expect(pre.status).toBe(200);
    expect(pre.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const glance = await call(emu, 'GET', '/image/v2/images', { headers: { Accept: 'application/json' } });
    expect(glance.status).toBe(401);
    expect(glance.body.code).toBe('401 Unauthorized');
    const img = await call(emu, 'GET', `/image/v2/images/${SEED.images.ubuntu}`, { token: (await setup()).demo.token });
    expect(img.status).toBe(401); // token from another emulator
  });

  test('metadata keys that differ only in case: kept apart, deleted together (as on MySQL)', async () => {
    const { demo } = await setup();
    const path = `/volumes/${SEED.volumes.scratch03}/metadata`;
    expect((await demo.post(path, { metadata: { tier: 'gold', Tier: 'silver' } })).body.metadata).toMatchObject({ tier: 'gold', Tier: 'silver' });
    expect((await demo.del(`${path}/TIER`)).status).toBe(404);
    expect((await demo.del(`${path}/Tier`)).status).toBe(200);
    const after = (await demo.get(path)).body.metadata as Record<string, string>;
    expect(Object.keys(after).filter((key) => key.toLowerCase() === 'tier')).toEqual([]);
  });

  test('admin snapshot actions: reset-status enum, force delete', async () => {
    const { admin, demo, clock } = await setup();
    const bad = await admin.post(`/snapshots/${SEED.snapshots.withSnapshotSnap}/action`, { 'os-reset_status': { status: 'broken' } });
    expect(bad.body.badRequest.message).toMatch(/^Snapshot status: broken is invalid, valid statuses are: \('error', 'available'/);
    expect((await admin.post(`/snapshots/${SEED.snapshots.withSnapshotSnap}/action`, { 'os-reset_status': { status: 'error' } })).status).toBe(202);
    expect((await demo.get(`/snapshots/${SEED.snapshots.withSnapshotSnap}`)).body.snapshot.status).toBe('error');
    expect((await admin.post(`/snapshots/${SEED.snapshots.dbPrimarySnap}/action`, { 'os-force_delete': {} })).status).toBe(202);
    clock.advance(2000);
    expect((await demo.get(`/snapshots/${SEED.snapshots.dbPrimarySnap}`)).status).toBe(404);
  });

  test('volume and snapshot update, type update and rename conflict', async () => {
    const { demo, admin } = await setup();
    const v = await demo.put(`/volumes/${SEED.volumes.webData}`, { volume: { name: ' renamed ', description: 'd', metadata: { k: 'v' } } });
    expect(v.status).toBe(200);
    expect(v.body.volume).toMatchObject({ name: 'renamed', description: 'd', metadata: { k: 'v' } });
    expect((await demo.put(`/volumes/${SEED.volumes.webData}`, { volume: {} })).status).toBe(400);
    expect((await demo.put(`/volumes/${SEED.volumes.webData}`, { volume: {} }, '3.52')).status).toBe(200);
    const s = await demo.put(`/snapshots/${SEED.snapshots.withSnapshotSnap}`, { snapshot: { name: 'snap-renamed' } });
    expect(s.body.snapshot.name).toBe('snap-renamed');
    const t = await admin.put(`/types/${SEED.volumeTypes.standard}`, { volume_type: { description: 'spinning rust', is_public: true } });
    expect(t.body.volume_type).toMatchObject({ name: 'standard', description: 'spinning rust' });
    const clash = await admin.put(`/types/${SEED.volumeTypes.standard}`, { volume_type: { name: 'ssd' } });
    expect(clash.status).toBe(409);
    expect((await admin.put(`/types/${SEED.volumeTypes.standard}`, { volume_type: {} })).body.badRequest.message).toBe(
      'Specify volume type name, description, is_public or a combination thereof.',
    );
  });

  test('set bootable (200, empty body) and readonly flag (202, shown in metadata)', async () => {
    const { demo } = await setup();
    const b = await demo.action(SEED.volumes.scratch05, { 'os-set_bootable': { bootable: true } });
    expect(b.status).toBe(200);
    expect(b.text).toBe('');
    expect((await demo.get(`/volumes/${SEED.volumes.scratch05}`)).body.volume.bootable).toBe('true');
    expect((await demo.action(SEED.volumes.scratch05, { 'os-update_readonly_flag': { readonly: true } })).status).toBe(202);
    expect((await demo.get(`/volumes/${SEED.volumes.scratch05}`)).body.volume.metadata).toEqual({ readonly: 'True' });
    const bad = await demo.action(SEED.volumes.scratch05, { 'os-set_bootable': { bootable: 'maybe' } });
    expect(bad.status).toBe(400);
  });

  test('volumes from a snapshot and a clone inherit type, bootable and backend', async () => {
    const { demo, admin } = await setup({ delays: 'instant' });
    const fromSnap = await demo.post('/volumes', { volume: { snapshot_id: SEED.snapshots.bootCirrosSnap } });
    expect(fromSnap.body.volume).toMatchObject({ size: 1, volume_type: 'standard', snapshot_id: SEED.snapshots.bootCirrosSnap, bootable: 'true' });
    const clone = await demo.post('/volumes', { volume: { source_volid: SEED.volumes.dbPrimary } });
    expect(clone.status).toBe(202);
    const c = (await admin.get(`/volumes/${clone.body.volume.id}`)).body.volume;
    expect(c).toMatchObject({ size: 50, volume_type: 'ssd', source_volid: SEED.volumes.dbPrimary, 'os-vol-host-attr:host': 'cinder@lvm-ssd#ssd' });
    const both = await demo.post('/volumes', { volume: { size: 1, snapshot_id: SEED.snapshots.bootCirrosSnap, imageRef: SEED.images.cirros } });
    expect(both.body.badRequest.message).toBe('Invalid input received: May specify only one of backup, imageRef, snapshot, source volume');
    const privateType = await demo.post('/volumes', { volume: { size: 1, volume_type: 'gold-private' } });
    expect(privateType.status).toBe(404);
  });
});
